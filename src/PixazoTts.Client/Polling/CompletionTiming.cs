namespace PixazoTts.Client.Polling;

/// <summary>
/// Turns what one job's polling saw into a duration for the <see cref="JobDurationEstimator"/>.
/// </summary>
/// <remarks>
/// The job ended somewhere between the last check that saw it pending and the check that saw it
/// done. The gateway's own timestamps (completed_at − created_at) pin it down, but only when they
/// say it ended clearly before we looked: a server that stamps completion when it is asked would
/// otherwise report our own check time, the first check would move later by the margin with every
/// job, and the estimate would creep up for ever. Without a usable timestamp the middle of the
/// bracket is taken; when the very first check already saw the job done, only an upper bound is
/// known, and a slightly shorter guess lets the estimate come down when jobs get faster (a check
/// that then comes too early corrects it upwards).
/// </remarks>
internal static class CompletionTiming
{
    /// <param name="reportedCreated">The gateway's created_at.</param>
    /// <param name="reportedCompleted">The gateway's completed_at.</param>
    /// <param name="lastPendingCheck">Time from submission to the last check that saw the job pending, if any.</param>
    /// <param name="completedCheck">Time from submission to the check that saw it done.</param>
    /// <param name="trustMargin">How much earlier than our check the gateway's completion must be to be believed.</param>
    public static TimeSpan ObservedDuration(DateTimeOffset? reportedCreated, DateTimeOffset? reportedCompleted, TimeSpan? lastPendingCheck, TimeSpan completedCheck, TimeSpan trustMargin)
    {
        if (reportedCreated is { } created && reportedCompleted is { } completed)
        {
            var reported = completed - created;
            var lowerBound = (lastPendingCheck ?? TimeSpan.Zero) - trustMargin;
            if (reported >= TimeSpan.Zero && reported >= lowerBound && reported <= completedCheck - trustMargin)
            {
                return reported;
            }
        }

        return lastPendingCheck is { } pending
            ? pending + ((completedCheck - pending) / 2)
            : completedCheck * 0.9;
    }
}
