namespace PixazoTts.Emulator.Jobs;

/// <summary>The documented status values: <c>QUEUED → PROCESSING → COMPLETED | FAILED | ERROR</c>.</summary>
internal enum JobStatus
{
    Queued,
    Processing,
    Completed,
    Failed,
    Error,
}

/// <summary>The wire names of <see cref="JobStatus"/>.</summary>
internal static class JobStatusNames
{
    public static string ToWire(this JobStatus status) => status switch
    {
        JobStatus.Queued => "QUEUED",
        JobStatus.Processing => "PROCESSING",
        JobStatus.Completed => "COMPLETED",
        JobStatus.Failed => "FAILED",
        _ => "ERROR",
    };

    public static bool IsTerminal(this JobStatus status) => status is JobStatus.Completed or JobStatus.Failed or JobStatus.Error;
}
