namespace PixazoTts.Client;

/// <summary>
/// The document the gateway POSTs to <c>X-Webhook-URL</c> when a job ends (the same shape as the
/// status endpoint's answer). Download <see cref="MediaUrls"/> WITHOUT the API key: they are on a CDN
/// on another host, and the key must only ever go to the gateway.
/// </summary>
public sealed class PixazoWebhookPayload
{
    internal PixazoWebhookPayload(string requestId, PixazoJobStatus status, string? modelId, string? error, IReadOnlyList<Uri> mediaUrls, string? mediaType, DateTimeOffset? createdAt, DateTimeOffset? updatedAt, DateTimeOffset? completedAt)
    {
        RequestId = requestId;
        Status = status;
        ModelId = modelId;
        Error = error;
        MediaUrls = mediaUrls;
        MediaType = mediaType;
        CreatedAt = createdAt;
        UpdatedAt = updatedAt;
        CompletedAt = completedAt;
    }

    /// <summary>The job's request id (as returned when it was submitted).</summary>
    public string RequestId { get; }

    /// <summary>The job's status; normally terminal (Completed, Failed or Error) in a callback.</summary>
    public PixazoJobStatus Status { get; }

    /// <summary>The model that processed the job.</summary>
    public string? ModelId { get; }

    /// <summary>The gateway's error text for Failed and Error jobs.</summary>
    public string? Error { get; }

    /// <summary>Where to download the audio (Completed jobs; empty otherwise). Fetch without the API key,
    /// and only over http(s).</summary>
    public IReadOnlyList<Uri> MediaUrls { get; }

    /// <summary>The media's MIME type (<c>audio/wav</c>).</summary>
    public string? MediaType { get; }

    /// <summary>When the job was created.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>When the job's status last changed.</summary>
    public DateTimeOffset? UpdatedAt { get; }

    /// <summary>When the job ended.</summary>
    public DateTimeOffset? CompletedAt { get; }
}
