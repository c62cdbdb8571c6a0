namespace PixazoTts.Client;

/// <summary>The gateway still answered 429 Too Many Requests after the retries (<c>PTTS3005</c>).</summary>
public sealed class PixazoRateLimitedException : PixazoTtsException
{
    internal PixazoRateLimitedException(string detail, TimeSpan? retryAfter, string? requestId = null)
        : base(TtsDiagnosticDescriptors.GatewayRateLimited, detail, 429, requestId)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>The wait the gateway asked for in its last <c>Retry-After</c> header, if it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}
