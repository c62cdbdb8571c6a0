using Polly.Timeout;

namespace PixazoTts.Client.Resilience;

/// <summary>
/// Which failures are worth another try. 400/401/402/403 and FAILED jobs are not: the same request
/// would fail the same way (and FAILED was charged). Cancellation is never a fault.
/// </summary>
internal static class TransientFaults
{
    /// <summary>Faults of one HTTP call to the gateway: 429, 5xx and unreadable answers (already
    /// translated), dropped connections, and attempts that ran past the per-attempt timeout.</summary>
    public static bool IsTransientCallFault(Exception exception) => exception
        is PixazoRateLimitedException
        or PixazoUnavailableException { IsTransient: true }
        or HttpRequestException
        or IOException
        or TimeoutRejectedException;

    /// <summary>Faults of a media download: those of a call, plus media that is not a valid WAV (a
    /// CDN hiccup can truncate a file).</summary>
    public static bool IsTransientDownloadFault(Exception exception) =>
        IsTransientCallFault(exception) || exception is PixazoInvalidMediaException;
}
