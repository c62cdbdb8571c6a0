namespace PixazoTts.Client;

/// <summary>
/// The gateway stayed unavailable after the retries: 5xx answers, dropped connections, per-attempt
/// timeouts, or jobs ending in ERROR (<c>PTTS3007</c>).
/// </summary>
public sealed class PixazoUnavailableException : PixazoTtsException
{
    internal PixazoUnavailableException(string detail, int? httpStatus = null, string? requestId = null, Exception? innerException = null, TimeSpan? retryAfter = null, bool isTransient = true)
        : base(TtsDiagnosticDescriptors.GatewayUnavailable, detail, httpStatus, requestId, innerException)
    {
        RetryAfter = retryAfter;
        IsTransient = isTransient;
    }

    /// <summary>The <c>Retry-After</c> the failing answer carried (a 503 may), honoured by the retry delay.</summary>
    internal TimeSpan? RetryAfter { get; }

    /// <summary>False when another try could do harm (a submission the gateway may already have
    /// accepted and will charge), so the retry pipeline lets it through.</summary>
    internal bool IsTransient { get; }
}
