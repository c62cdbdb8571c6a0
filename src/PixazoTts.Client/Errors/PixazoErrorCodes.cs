namespace PixazoTts.Client;

/// <summary>
/// The <c>PTTS30xx</c> codes of gateway failures (docs/diagnostics.md). The MSBuild task reports an
/// exception's <see cref="PixazoTtsException.Code"/> as the diagnostic code, so these never change.
/// </summary>
public static class PixazoErrorCodes
{
    /// <summary>401: the gateway rejected the API key.</summary>
    public const string Unauthorized = "PTTS3001";

    /// <summary>402: the wallet cannot pay for the request.</summary>
    public const string InsufficientBalance = "PTTS3002";

    /// <summary>403: the key may not use this model or request.</summary>
    public const string Forbidden = "PTTS3003";

    /// <summary>400: bad request, or the model is not found or disabled.</summary>
    public const string BadRequest = "PTTS3004";

    /// <summary>429: still rate limited after the retries.</summary>
    public const string RateLimited = "PTTS3005";

    /// <summary>The job ended FAILED (charged; not retried).</summary>
    public const string JobFailed = "PTTS3006";

    /// <summary>The gateway stayed unavailable (5xx, network faults, ERROR status) after the retries.</summary>
    public const string Unavailable = "PTTS3007";

    /// <summary>The downloaded media is not a valid WAV file after the retries.</summary>
    public const string InvalidMedia = "PTTS3008";

    /// <summary>The job did not finish within the job timeout.</summary>
    public const string Timeout = "PTTS3009";

    /// <summary>The gateway pointed at a URL the client refuses to fetch.</summary>
    public const string UnsafeUrl = "PTTS3010";

    /// <summary>The media is larger than the download cap.</summary>
    public const string MediaTooLarge = "PTTS3011";
}
