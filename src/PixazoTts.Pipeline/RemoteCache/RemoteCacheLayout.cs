namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// Object names below the remote's URL or prefix (contract, DESIGN.md "Team cache"): the local cache's layout,
/// <c>v1/&lt;key[0..2]&gt;/&lt;key&gt;.wav</c> and <c>.json</c>, so a synced folder is a valid cache and the other way round.
/// </summary>
public static class RemoteCacheLayout
{
    /// <summary>The WAV's name: <c>v1/ab/ab…​.wav</c>.</summary>
    /// <param name="key">A well-formed cache key.</param>
    public static string WavName(string key) => Folder(key) + key + ".wav";

    /// <summary>The metadata's name: <c>v1/ab/ab…​.json</c>.</summary>
    /// <param name="key">A well-formed cache key.</param>
    public static string MetadataName(string key) => Folder(key) + key + ".json";

    private static string Folder(string key)
    {
        if (!TtsCacheKey.IsWellFormed(key))
        {
            // Keys become object names: anything but the hex digest could address something else on the server.
            throw new ArgumentException("A cache key is 64 lowercase hex digits.", nameof(key));
        }

        return "v1/" + key[..2] + "/";
    }
}
