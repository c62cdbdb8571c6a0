namespace PixazoTts.Client.Resilience;

/// <summary>
/// Signals, inside the client, that a job ended in ERROR: a system error that is not charged, so the
/// job is resubmitted. Turned into <see cref="PixazoUnavailableException"/> when resubmissions run out.
/// </summary>
internal sealed class JobSystemErrorException : Exception
{
    public JobSystemErrorException(string requestId, string? reason)
        : base("The job ended in ERROR.")
    {
        RequestId = requestId;
        Reason = reason;
    }

    public string RequestId { get; }

    public string? Reason { get; }
}
