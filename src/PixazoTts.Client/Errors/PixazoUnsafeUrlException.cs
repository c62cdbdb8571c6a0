namespace PixazoTts.Client;

/// <summary>The gateway pointed at a media URL the client refuses to fetch: not http(s), a redirect to such a target, or too many redirects (<c>PTTS3010</c>).</summary>
public sealed class PixazoUnsafeUrlException : PixazoTtsException
{
    internal PixazoUnsafeUrlException(string detail, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(TtsDiagnosticDescriptors.GatewayUnsafeUrl, detail, httpStatus, requestId, innerException)
    {
    }
}
