using System.Security.Cryptography;
using PixazoTts.Audio;
using PixazoTts.Caching;

namespace PixazoTts.Cli.CacheTools;

/// <summary>One entry of the local cache as found on disk: <c>&lt;root&gt;/v1/&lt;key[0..2]&gt;/&lt;key&gt;.wav</c> and its metadata.</summary>
internal sealed record CacheItem(string Key, string WavPath, string MetadataPath, long Bytes, DateTime LastUsedUtc, TtsCacheMetadata? Metadata)
{
    /// <summary>The model named by the metadata, or "unknown" when it cannot be read.</summary>
    public string Model => Metadata?.Model ?? "unknown";
}

/// <summary>
/// Walks the local cache (the contract layout, docs/contracts.md "Cache layout") and checks entries as a team-cache
/// entry is checked: the WAV's length and SHA-256 equal the metadata's, the metadata gives back the key it is stored
/// under, and the WAV is valid audio.
/// </summary>
internal static class CacheInventory
{
    public static IEnumerable<CacheItem> Enumerate(TtsCache cache)
    {
        string v1 = Path.Combine(cache.RootDirectory, "v1");
        if (!Directory.Exists(v1))
        {
            yield break;
        }

        // Only the two-digit prefix folders: v1/journal holds the job journal's records, not entries.
        foreach (string folder in Directory.EnumerateDirectories(v1).Where(d => IsPrefix(Path.GetFileName(d))).Order(StringComparer.Ordinal))
        {
            var keys = Directory.EnumerateFiles(folder)
                .Select(f => Path.GetFileName(f))
                .Where(n => n.EndsWith(".wav", StringComparison.Ordinal) || n.EndsWith(".json", StringComparison.Ordinal))
                .Select(n => n[..n.IndexOf('.', StringComparison.Ordinal)])
                .Where(IsKey)
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            foreach (string key in keys)
            {
                var wav = new FileInfo(cache.GetWavPath(key));
                var json = new FileInfo(cache.GetMetadataPath(key));
                DateTime lastUsed = wav.Exists ? Max(wav.LastWriteTimeUtc, wav.LastAccessTimeUtc) : json.Exists ? json.LastWriteTimeUtc : DateTime.MinValue;
                yield return new CacheItem(key, wav.FullName, json.FullName, (wav.Exists ? wav.Length : 0) + (json.Exists ? json.Length : 0), lastUsed, cache.ReadMetadata(key));
            }
        }
    }

    /// <summary>Null when the entry checks out, else what is wrong with it.</summary>
    public static string? Check(CacheItem item)
    {
        if (!File.Exists(item.WavPath))
        {
            return "the WAV is missing";
        }

        if (item.Metadata is not { } metadata)
        {
            return File.Exists(item.MetadataPath) ? "the metadata cannot be read" : "the metadata is missing";
        }

        byte[] wav = File.ReadAllBytes(item.WavPath);
        if (wav.LongLength != metadata.ByteLength)
        {
            return $"the WAV is {wav.LongLength} bytes, the metadata says {metadata.ByteLength}";
        }

        string sha = Convert.ToHexString(SHA256.HashData(wav)).ToLowerInvariant();
        if (!string.Equals(sha, metadata.Sha256, StringComparison.Ordinal))
        {
            return "the WAV's SHA-256 differs from the metadata's";
        }

        if (!string.Equals(metadata.ComputeKey(), item.Key, StringComparison.Ordinal))
        {
            return "the metadata describes another line than the key it is stored under";
        }

        return WavFile.TryInspect(wav, out _, out string? problem) ? null : "not valid audio: " + problem;
    }

    private static bool IsPrefix(string name) => name.Length == 2 && name.All(IsHexDigit);

    private static bool IsHexDigit(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f';

    private static bool IsKey(string name) => name.Length == 64 && name.All(c => c is >= '0' and <= '9' or >= 'a' and <= 'f');

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
