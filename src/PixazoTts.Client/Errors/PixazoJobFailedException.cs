namespace PixazoTts.Client;

/// <summary>
/// The job ended with status FAILED (<c>PTTS3006</c>). FAILED jobs are charged, and the same text
/// is likely to fail again, so the client does not resubmit.
/// </summary>
public sealed class PixazoJobFailedException : PixazoTtsException
{
    internal PixazoJobFailedException(string detail, string? reason, string requestId)
        : base(TtsDiagnosticDescriptors.GatewayJobFailed, detail, requestId: requestId)
    {
        Reason = reason;
    }

    /// <summary>The gateway's <c>error</c> text for the job, if it gave one.</summary>
    public string? Reason { get; }
}
