namespace PixazoTts.Client.Polling;

/// <summary>The intervals of a <see cref="PollSchedule"/>.</summary>
internal sealed record PollScheduleSettings
{
    /// <summary>The defaults: first check after 1 s without history (then every 250 ms up to 2 s), then 250 ms × 1.6ⁿ up to 5 s.</summary>
    public static PollScheduleSettings Default { get; } = new();

    /// <summary>First check when no job has completed yet: short jobs are seen early, long ones cost a
    /// few cheap checks before the backoff reaches its cap.</summary>
    public TimeSpan FirstCheckWithoutHistory { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Without history, the checks after the first keep <see cref="Interval"/> until this long after the submission,
    /// and only then grow: the first wave of a build is submitted together with nothing known, and growing waits from
    /// 1 s on (1.25, 1.65, 2.29 s) saw a wave of 2 s jobs 0.29 s late, a delay the whole build waits for. A few more
    /// cheap checks, once per build, for the first wave only.
    /// </summary>
    public TimeSpan DenseWithoutHistoryUntil { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Added to the expected duration for the first check, so a job that takes exactly the
    /// usual time is already done when it is checked (the median is hit about half the time). Small, because
    /// the first wait counts from the submission's answer, which leaves the gateway after its own clock for
    /// the job started: the margin only covers the timestamps' rounding and the timer's granularity. Every
    /// round of jobs waits it once (50 ms cost 2.5 % of a cold build of 2 s jobs, 20 ms costs 1 %).</summary>
    public TimeSpan FirstCheckMargin { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>Upper bound of the first wait, so one very long job cannot make later short ones wait.</summary>
    public TimeSpan MaxFirstDelay { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The wait between the first and the second check.</summary>
    public TimeSpan Interval { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Each later wait is this many times the one before.</summary>
    public double Growth { get; init; } = 1.6;

    /// <summary>The documented pace: never wait longer than this between checks.</summary>
    public TimeSpan MaxInterval { get; init; } = TimeSpan.FromSeconds(5);
}
