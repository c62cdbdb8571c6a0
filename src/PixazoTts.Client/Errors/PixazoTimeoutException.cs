namespace PixazoTts.Client;

/// <summary>
/// The job did not finish within <see cref="PixazoTtsClientOptions.JobTimeout"/> (<c>PTTS3009</c>).
/// Cancellation by the caller is not a timeout: it throws <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class PixazoTimeoutException : PixazoTtsException
{
    internal PixazoTimeoutException(string detail, TimeSpan timeout, string? requestId, Exception? innerException)
        : base(TtsDiagnosticDescriptors.GatewayTimeout, detail, requestId: requestId, innerException: innerException)
    {
        Timeout = timeout;
    }

    /// <summary>The job timeout that ran out.</summary>
    public TimeSpan Timeout { get; }
}
