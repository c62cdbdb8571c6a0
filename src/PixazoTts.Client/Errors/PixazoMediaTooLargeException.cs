namespace PixazoTts.Client;

/// <summary>
/// The media is larger than <see cref="PixazoTtsClientOptions.MaxDownloadBytes"/> (<c>PTTS3011</c>).
/// Detected from Content-Length before reading, or while streaming; not retried.
/// </summary>
public sealed class PixazoMediaTooLargeException : PixazoTtsException
{
    internal PixazoMediaTooLargeException(string detail, long limitBytes, string? requestId = null)
        : base(TtsDiagnosticDescriptors.GatewayMediaTooLarge, detail, requestId: requestId)
    {
        LimitBytes = limitBytes;
    }

    /// <summary>The download cap that was exceeded, in bytes.</summary>
    public long LimitBytes { get; }
}
