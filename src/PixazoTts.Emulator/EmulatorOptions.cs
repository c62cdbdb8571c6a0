namespace PixazoTts.Emulator;

/// <summary>
/// How the emulator behaves: its key rule, latency, wallet, limits and fault injection. The command line's knobs
/// map one to one onto these properties (see docs/emulator.md).
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>When set, only this subscription key is accepted (any other: 401); when null, any non-empty key is.</summary>
    public string? ApiKey { get; set; }

    /// <summary>A key that is answered 403 Forbidden (a valid key without access to the model).</summary>
    public string? ForbiddenKey { get; set; }

    /// <summary>Time from submit to the terminal status, in ms; the first 20 % is QUEUED, the rest PROCESSING.</summary>
    public int LatencyMs { get; set; } = 1500;

    /// <summary>Seed of every random decision (faults, job outcomes), so a run is repeatable.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Unfinished jobs allowed at once; a generate request beyond it is answered 429 with Retry-After. 0: unlimited.</summary>
    public int MaxInFlight { get; set; }

    /// <summary>The wallet's balance in USD; null: unlimited.</summary>
    public decimal? BalanceUsd { get; set; }

    /// <summary>The price of one request in USD, charged when a job COMPLETES or FAILS (ERROR is not charged).</summary>
    public decimal PriceUsd { get; set; } = 0.04m;

    /// <summary>Probability (0..1) that a gateway request is answered 429 Too Many Requests.</summary>
    public double Rate429 { get; set; }

    /// <summary>Probability (0..1) that a gateway request is answered 500 Internal Server Error.</summary>
    public double Rate500 { get; set; }

    /// <summary>Probability (0..1) that a gateway request's connection is closed without an answer.</summary>
    public double RateDrop { get; set; }

    /// <summary>Probability (0..1) that an accepted job ends FAILED (charged).</summary>
    public double RateFailed { get; set; }

    /// <summary>Probability (0..1) that an accepted job ends ERROR (not charged).</summary>
    public double RateError { get; set; }

    /// <summary>Probability (0..1) that a media download is cut short (a WAV prefix).</summary>
    public double RateTruncated { get; set; }

    /// <summary>Probability (0..1) that a media download is an HTML page (answered 200) instead of a WAV.</summary>
    public double RateNotWav { get; set; }

    /// <summary>Extra delay in ms before every gateway answer (generate and status).</summary>
    public int SlowMs { get; set; }

    /// <summary>Seconds in the Retry-After header of a random 429 (an in-flight 429 says when a slot frees up).</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Answer every generate request 400 "Model not found" (the model is disabled).</summary>
    public bool ModelDisabled { get; set; }

    /// <summary>Origin (or any absolute base) of <c>media_url</c>; default: the origin the status request came to.</summary>
    public Uri? MediaBaseUrl { get; set; }

    /// <summary>Origin of <c>polling_url</c>; default: the origin the generate request came to.</summary>
    public Uri? PollingBaseUrl { get; set; }

    /// <summary>Where jobs submitted without an <c>X-Webhook-URL</c> header POST their final status; null: nowhere.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>
    /// The "other origin" of the hostile modes (foreign media, redirect, foreign polling URL); default: this emulator
    /// under its other loopback name (<c>localhost</c> for <c>127.0.0.1</c> and the other way round, same port).
    /// </summary>
    public Uri? ForeignBaseUrl { get; set; }

    /// <summary>Hostile behaviours for security tests (see <see cref="EmulatorHostileModes"/>).</summary>
    public EmulatorHostileModes Hostile { get; set; }

    /// <summary>Size in MiB of the audio data streamed by <see cref="EmulatorHostileModes.OversizeMedia"/>.</summary>
    public int OversizeMediaMiB { get; set; } = 200;

    /// <summary>Throws <see cref="ArgumentException"/> naming the first setting that is out of range.</summary>
    public void Validate()
    {
        RequireRate(Rate429, "--rate-429");
        RequireRate(Rate500, "--rate-500");
        RequireRate(RateDrop, "--rate-drop");
        RequireRate(RateFailed, "--rate-failed");
        RequireRate(RateError, "--rate-error");
        RequireRate(RateTruncated, "--rate-truncated");
        RequireRate(RateNotWav, "--rate-not-wav");
        Require(LatencyMs >= 0, "--latency-ms must be 0 or more.");
        Require(MaxInFlight >= 0, "--max-in-flight must be 0 (unlimited) or more.");
        Require(SlowMs >= 0, "--slow-ms must be 0 or more.");
        Require(RetryAfterSeconds >= 0, "--retry-after-s must be 0 or more.");
        Require(PriceUsd >= 0, "--price-usd must be 0 or more.");
        Require(BalanceUsd is null or >= 0, "--balance-usd must be 0 or more.");
        Require(OversizeMediaMiB > 0, "--oversize-mib must be positive.");
        Require(ApiKey is null || ApiKey.Length > 0, "--api-key must not be empty.");
        Require(RateDrop + Rate500 + Rate429 <= 1, "--rate-drop + --rate-500 + --rate-429 must not exceed 1.");
        Require(RateFailed + RateError <= 1, "--rate-failed + --rate-error must not exceed 1.");
        Require(RateTruncated + RateNotWav <= 1, "--rate-truncated + --rate-not-wav must not exceed 1.");
        RequireHttp(MediaBaseUrl, "--media-base-url");
        RequireHttp(PollingBaseUrl, "--polling-base-url");
        RequireHttp(WebhookUrl, "--webhook-url");
        RequireHttp(ForeignBaseUrl, "--foreign-base-url");
    }

    private static void RequireRate(double rate, string name) =>
        Require(rate is >= 0 and <= 1, name + " must be a probability between 0 and 1.");

    private static void RequireHttp(Uri? url, string name) =>
        Require(url is null || Documents.Origins.IsHttp(url), name + " must be an absolute http(s) URL.");

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new ArgumentException(message);
        }
    }
}
