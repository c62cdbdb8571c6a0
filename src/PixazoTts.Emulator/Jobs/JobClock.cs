namespace PixazoTts.Emulator.Jobs;

/// <summary>
/// The clock of the jobs (a job's status is a function of time). A type of its own rather than a
/// <see cref="TimeProvider"/> in the container, so a test's clock drives the jobs and nothing else in the host.
/// </summary>
internal sealed class JobClock
{
    public JobClock(TimeProvider time)
    {
        Time = time;
    }

    public TimeProvider Time { get; }

    public DateTimeOffset Now => Time.GetUtcNow();
}
