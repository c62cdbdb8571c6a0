namespace PixazoTts.Client.Polling;

/// <summary>The intervals of a <see cref="PollSchedule"/>.</summary>
internal sealed record PollScheduleSettings
{
    /// <summary>The defaults: first check after 1 s without history, then 250 ms × 1.6ⁿ up to 5 s.</summary>
    public static PollScheduleSettings Default { get; } = new();

    /// <summary>First check when no job has completed yet: short jobs are seen early, long ones cost a
    /// few cheap checks before the backoff reaches its cap.</summary>
    public TimeSpan FirstCheckWithoutHistory { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Added to the expected duration for the first check, so a job that takes exactly the
    /// usual time is already done when it is checked (the median is hit about half the time).</summary>
    public TimeSpan FirstCheckMargin { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Upper bound of the first wait, so one very long job cannot make later short ones wait.</summary>
    public TimeSpan MaxFirstDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait between the first and the second check.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Each later wait is this many times the one before.</summary>
    public double Growth { get; init; } = 1.6;

    /// <summary>The documented pace: never wait longer than this between checks.</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(5);
}
