using System.Diagnostics;
using System.Globalization;

namespace PixazoTts.Client;

/// <summary>
/// Settings of a <see cref="PixazoTtsClient"/>. The client copies them when it is created; later
/// changes do not affect it. <see cref="ToString"/> and the debugger never show the API key.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PixazoTtsClientOptions
{
    /// <summary>The gateway's origin (the emulator's URL for offline work). The API key is sent only
    /// to this scheme, host and port.</summary>
    public Uri BaseUrl { get; set; } = new("https://gateway.pixazo.ai");

    /// <summary>The Pixazo subscription key (<c>PIXAZO_API_KEY</c>). Required.</summary>
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Overall bound for one <see cref="PixazoTtsClient.SynthesizeAsync(TtsSynthesisRequest, CancellationToken)"/> (or <see cref="PixazoTtsClient.ResumeAsync"/>) call, retries
    /// and resubmissions included; past it the call throws <see cref="PixazoTimeoutException"/>.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often a transient failure of one step (submit, status check) is retried, and how
    /// often a job ending in ERROR is resubmitted. Downloads are retried at most 3 times within it.
    /// 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 6;

    /// <summary>The largest media file the client downloads, in bytes.</summary>
    public long MaxDownloadBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>When set, sent as <c>X-Webhook-URL</c> so the gateway also POSTs the final status
    /// there (parse it with <see cref="PixazoWebhook.Parse"/>). The client still polls.</summary>
    public Uri? WebhookUrl { get; set; }

    /// <summary>The first retry delay; later ones grow exponentially (with jitter) up to
    /// <see cref="MaxRetryDelay"/>. A <c>Retry-After</c> from the gateway takes precedence.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two retries, <c>Retry-After</c> included.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Bound for one HTTP attempt (a submit, a status check, a download); an attempt that
    /// takes longer is abandoned and retried.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>Describes the settings without the API key.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"PixazoTtsClientOptions {{ BaseUrl = {BaseUrl}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "(set)")}, JobTimeout = {JobTimeout}, MaxRetryAttempts = {MaxRetryAttempts}, MaxDownloadBytes = {MaxDownloadBytes}, WebhookUrl = {WebhookUrl?.ToString() ?? "(none)"}, RetryBaseDelay = {RetryBaseDelay}, MaxRetryDelay = {MaxRetryDelay}, AttemptTimeout = {AttemptTimeout} }}");

    internal PixazoTtsClientOptions Validated()
    {
        if (BaseUrl is null || !BaseUrl.IsAbsoluteUri || (BaseUrl.Scheme != Uri.UriSchemeHttp && BaseUrl.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException("BaseUrl must be an absolute http(s) URL, e.g. https://gateway.pixazo.ai (check PIXAZO_BASE_URL).", nameof(BaseUrl));
        }

        if (string.IsNullOrWhiteSpace(ApiKey))
        {
            throw new ArgumentException("ApiKey is required: set PIXAZO_API_KEY to your Pixazo subscription key.", nameof(ApiKey));
        }

        // A key with control characters would be refused by the HTTP stack with a less helpful error.
        if (ApiKey.Any(char.IsControl))
        {
            throw new ArgumentException("ApiKey contains control characters (a stray newline?): check PIXAZO_API_KEY.", nameof(ApiKey));
        }

        if (WebhookUrl is not null && (!WebhookUrl.IsAbsoluteUri || (WebhookUrl.Scheme != Uri.UriSchemeHttp && WebhookUrl.Scheme != Uri.UriSchemeHttps)))
        {
            throw new ArgumentException("WebhookUrl must be an absolute http(s) URL.", nameof(WebhookUrl));
        }

        RequirePositive(JobTimeout, nameof(JobTimeout), allowInfinite: true);
        RequirePositive(AttemptTimeout, nameof(AttemptTimeout), allowInfinite: true);
        RequirePositive(RetryBaseDelay, nameof(RetryBaseDelay), allowInfinite: false);
        RequirePositive(MaxRetryDelay, nameof(MaxRetryDelay), allowInfinite: false);
        // The resilience library's own bounds for a timeout and a retry delay.
        if (AttemptTimeout != Timeout.InfiniteTimeSpan && (AttemptTimeout < TimeSpan.FromMilliseconds(10) || AttemptTimeout > TimeSpan.FromDays(1)))
        {
            throw new ArgumentOutOfRangeException(nameof(AttemptTimeout), AttemptTimeout, "AttemptTimeout must be between 10 ms and 1 day, or infinite.");
        }

        if (RetryBaseDelay > TimeSpan.FromDays(1) || MaxRetryDelay > TimeSpan.FromDays(1))
        {
            throw new ArgumentOutOfRangeException(RetryBaseDelay > TimeSpan.FromDays(1) ? nameof(RetryBaseDelay) : nameof(MaxRetryDelay), "Retry delays must not exceed 1 day.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(MaxRetryAttempts, nameof(MaxRetryAttempts));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(MaxDownloadBytes, nameof(MaxDownloadBytes));

        return new PixazoTtsClientOptions
        {
            BaseUrl = WithTrailingSlash(BaseUrl),
            ApiKey = ApiKey,
            JobTimeout = JobTimeout,
            MaxRetryAttempts = MaxRetryAttempts,
            MaxDownloadBytes = MaxDownloadBytes,
            WebhookUrl = WebhookUrl,
            RetryBaseDelay = RetryBaseDelay,
            MaxRetryDelay = MaxRetryDelay < RetryBaseDelay ? RetryBaseDelay : MaxRetryDelay,
            AttemptTimeout = AttemptTimeout,
        };
    }

    private static void RequirePositive(TimeSpan value, string name, bool allowInfinite)
    {
        if (value == Timeout.InfiniteTimeSpan ? !allowInfinite : value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
        }
    }

    // The generated client builds relative URLs; without the trailing slash a base path would lose
    // its last segment.
    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsolutePath.EndsWith('/') ? url : new Uri(url.GetLeftPart(UriPartial.Path) + "/" + url.Query);
}
