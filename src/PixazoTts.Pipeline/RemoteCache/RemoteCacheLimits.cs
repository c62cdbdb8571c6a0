namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// How long and how much the team cache may cost a build. A remote that is down or slow must cost seconds, not
/// minutes: connecting is bounded, so is waiting for an answer and one entry as a whole, and the first failure turns
/// the remote off for the rest of the build.
/// </summary>
public sealed class RemoteCacheLimits
{
    /// <summary>Connect ≤ 5 s, answer ≤ 5 s, one entry ≤ 30 s, 2 quick retries of 429/5xx, 16 requests at once.</summary>
    public static RemoteCacheLimits Default { get; } = new();

    /// <summary>Opening a connection.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>From sending a request to the answer's headers (HTTP) or the whole answer (S3, Azure SDK calls).</summary>
    public TimeSpan ResponseTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>One entry's download or upload as a whole, retries included.</summary>
    public TimeSpan EntryTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries of a 429, a 5xx or a dropped connection (never of 401/403).</summary>
    public int MaxRetries { get; init; } = 2;

    /// <summary>The first retry's delay (then doubled, with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Lookups or uploads in flight at once.</summary>
    public int MaxConcurrency { get; init; } = 16;

    /// <summary>The largest WAV accepted from the remote (a line's audio is far smaller).</summary>
    public long MaxWavBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>The largest metadata file accepted.</summary>
    public long MaxMetadataBytes { get; init; } = 1024L * 1024;
}
