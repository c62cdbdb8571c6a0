namespace PixazoTts.Client.Polling;

/// <summary>
/// When to check a job's status, as a pure function of how long jobs usually take.
/// </summary>
/// <remarks>
/// Why not the documented "every 5–10 s": a build submits hundreds of short jobs (a TTS line takes a
/// couple of seconds). Polling every 5 s would add up to 5 s of lag to each, and polling every
/// 250 ms would spend a dozen status calls on each. Instead the first check is made when the job is
/// expected to be done (the <see cref="JobDurationEstimator"/>'s running median of past jobs, or
/// <see cref="PollScheduleSettings.FirstCheckWithoutHistory"/> before there is one); then checks
/// follow at short intervals that grow geometrically up to <see cref="PollScheduleSettings.MaxInterval"/>
/// (5 s); without history they stay short until 2 s after the submission (a first wave of short
/// jobs), so a job that runs long backs off to the documented pace while a typical job is seen
/// done within a fraction of a second of finishing, in one or two checks.
/// </remarks>
internal sealed class PollSchedule
{
    private readonly TimeSpan firstDelay;
    private readonly int denseChecks;
    private readonly PollScheduleSettings settings;

    /// <param name="expectedDuration">The usual submit-to-completion time, or null without history.</param>
    /// <param name="settings">The intervals.</param>
    public PollSchedule(TimeSpan? expectedDuration, PollScheduleSettings settings)
    {
        this.settings = settings;
        firstDelay = expectedDuration is { } expected
            ? Clamp(expected + settings.FirstCheckMargin, TimeSpan.Zero, settings.MaxFirstDelay)
            : settings.FirstCheckWithoutHistory;

        // Without history: this many checks after the first keep the base interval (see DenseWithoutHistoryUntil).
        denseChecks = expectedDuration is null && settings.Interval > TimeSpan.Zero && settings.DenseWithoutHistoryUntil > firstDelay
            ? (int)((settings.DenseWithoutHistoryUntil - firstDelay).Ticks / settings.Interval.Ticks)
            : 0;
    }

    /// <summary>
    /// The wait before status check number <paramref name="checkNumber"/> (1-based): for the first
    /// check it is counted from the submission, for later ones from the previous check.
    /// </summary>
    public TimeSpan DelayBefore(int checkNumber)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(checkNumber);
        if (checkNumber == 1)
        {
            return firstDelay;
        }

        // The dense checks without history, then Interval × Growth^k (k from 0 with history, from 1 after dense
        // checks), computed in doubles and capped before it can overflow.
        int beyondDense = checkNumber - 2 - denseChecks;
        if (beyondDense < 0)
        {
            return settings.Interval;
        }

        var ticks = settings.Interval.Ticks * Math.Pow(settings.Growth, beyondDense + (denseChecks > 0 ? 1 : 0));
        return ticks >= settings.MaxInterval.Ticks ? settings.MaxInterval : TimeSpan.FromTicks((long)ticks);
    }

    /// <summary>The first <paramref name="count"/> delays, for tests and diagnostics.</summary>
    public IReadOnlyList<TimeSpan> Take(int count) =>
        Enumerable.Range(1, count).Select(DelayBefore).ToArray();

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;
}
