namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>What looking one key up in the remote gave.</summary>
public enum RemoteFetchOutcome
{
    /// <summary>Verified and stored in the local cache: <see cref="RemoteFetch.WavPath"/> is the local entry.</summary>
    Downloaded,

    /// <summary>Not in the remote (or only half of it: a WAV without metadata, or the other way round).</summary>
    Missing,

    /// <summary>In the remote but refused by verification (<see cref="RemoteFetch.Reason"/>); nothing was stored.</summary>
    Refused,

    /// <summary>Not looked up: the remote failed earlier in this build and is skipped (<see cref="TeamCache.Failure"/>).</summary>
    Skipped,
}

/// <summary>The result of looking one key up.</summary>
/// <param name="Key">The cache key.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="WavPath">The local cache's WAV for <see cref="RemoteFetchOutcome.Downloaded"/>.</param>
/// <param name="Reason">Why it was refused.</param>
public sealed record RemoteFetch(string Key, RemoteFetchOutcome Outcome, string? WavPath, string? Reason)
{
    /// <summary>The verified download on its way into the local cache (internal hand-over).</summary>
    internal PixazoTts.Caching.TtsCacheProduction? Verified { get; init; }
}

/// <summary>What offering one key to the remote gave.</summary>
public enum RemoteUploadOutcome
{
    /// <summary>Written (WAV and metadata).</summary>
    Uploaded,

    /// <summary>The remote already had it (write-once: nothing was overwritten).</summary>
    AlreadyPresent,

    /// <summary>Not offered: placeholder audio, or a local entry that does not match its metadata (<see cref="RemoteUpload.Reason"/>).</summary>
    NotShared,

    /// <summary>Not offered: the remote failed earlier in this build.</summary>
    Skipped,
}

/// <summary>The result of offering one key.</summary>
/// <param name="Key">The cache key.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Reason">Why it was not shared or not overwritten.</param>
public sealed record RemoteUpload(string Key, RemoteUploadOutcome Outcome, string? Reason);

/// <summary>The first failure of the remote in a build: after it the remote is skipped.</summary>
/// <param name="Remote">The remote as named in messages (never with credentials).</param>
/// <param name="Message">What failed.</param>
public sealed record RemoteCacheFailure(string Remote, string Message);
