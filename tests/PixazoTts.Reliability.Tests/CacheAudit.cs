using System.Security.Cryptography;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Caching;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// Checks a whole cache folder the way a suspicious reader would: every entry a valid WAV (TtsCache's own lookup and a
/// full WavFile inspection), with metadata that hashes to its key and whose length and SHA-256 match the WAV; lists
/// what a writer leaves only while it works (temporary files, lock files), and the job journal's records (accepted
/// gateway jobs whose audio is not stored yet).
/// </summary>
public static class CacheAudit
{
    /// <param name="Entries">WAV files in the cache.</param>
    /// <param name="Problems">Entries a reader must not trust, with the reason.</param>
    /// <param name="TemporaryFiles">Half-written files (<c>*.tmp</c>): a writer's work in progress, or a killed writer's.</param>
    /// <param name="LockFiles">Per-key lock files (<c>*.lock</c>) present.</param>
    /// <param name="HeldLockFiles">Lock files some process still holds (an exclusive open fails).</param>
    /// <param name="JournalRecords">Keys with a record in <c>v1/journal/</c>: jobs a next build resumes.</param>
    public sealed record Report(int Entries, IReadOnlyList<string> Problems, IReadOnlyList<string> TemporaryFiles, IReadOnlyList<string> LockFiles, IReadOnlyList<string> HeldLockFiles, IReadOnlyList<string> JournalRecords)
    {
        /// <summary>Everything a writer leaves only while it works: once every build has ended, none should remain.</summary>
        public IReadOnlyList<string> Leftovers => [.. TemporaryFiles, .. LockFiles];

        public override string ToString() => $"{Entries} entries, {Problems.Count} problems, {TemporaryFiles.Count} temp files, {LockFiles.Count} lock files ({HeldLockFiles.Count} held), {JournalRecords.Count} journalled jobs";
    }

    public static Report Inspect(string cacheDirectory)
    {
        var problems = new List<string>();
        string root = Path.Combine(cacheDirectory, "v1");
        if (!Directory.Exists(root))
        {
            return new Report(0, problems, [], [], [], []);
        }

        var cache = new TtsCache(cacheDirectory);
        var wavs = Directory.EnumerateFiles(root, "*.wav", SearchOption.AllDirectories).ToList();
        foreach (string wav in wavs)
        {
            string key = Path.GetFileNameWithoutExtension(wav);
            if (!cache.Lookup(key).Found)
            {
                problems.Add(key + ": the cache itself does not trust this entry");
                continue;
            }

            byte[] bytes = File.ReadAllBytes(wav);
            if (!WavFile.TryInspect(bytes, out _, out string? problem))
            {
                problems.Add(key + ": " + problem);
                continue;
            }

            string metadataPath = Path.ChangeExtension(wav, ".json");
            if (!File.Exists(metadataPath))
            {
                problems.Add(key + ": no metadata");
                continue;
            }

            using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
            var m = metadata.RootElement;
            string? Text(string name) => m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            int take = m.TryGetProperty("take", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : 1;
            string recomputed = TtsCacheKey.Compute(Text("model")!, new TtsUtterance(Text("text")!, voice: Text("voice"), prompt: Text("prompt"), languageCode: Text("language_code"), take: take));
            if (recomputed != key)
            {
                problems.Add(key + ": metadata hashes to " + recomputed);
            }

            if (!string.Equals(Text("sha256"), Convert.ToHexStringLower(SHA256.HashData(bytes)), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(key + ": sha256 in metadata does not match the WAV");
            }

            if (!m.TryGetProperty("byte_length", out var length) || length.GetInt64() != bytes.LongLength)
            {
                problems.Add(key + ": byte_length in metadata does not match the WAV");
            }
        }

        var temporary = Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories).ToList();
        var locks = Directory.EnumerateFiles(root, "*.lock", SearchOption.AllDirectories).ToList();
        return new Report(wavs.Count, problems, temporary, locks, locks.Where(IsHeld).ToList(), JournalRecords(cacheDirectory));
    }

    /// <summary>How many WAV files the cache holds, without checking them (cheap enough to poll while a build runs).</summary>
    public static int CountEntries(string cacheDirectory)
    {
        string root = Path.Combine(cacheDirectory, "v1");
        return Directory.Exists(root) ? Directory.EnumerateFiles(root, "*.wav", SearchOption.AllDirectories).Count() : 0;
    }

    /// <summary>The keys with a record in the cache's job journal (<c>v1/journal/&lt;key&gt;.json</c>).</summary>
    public static IReadOnlyList<string> JournalRecords(string cacheDirectory)
    {
        string journal = new TtsJobJournal(cacheDirectory).Directory;
        return Directory.Exists(journal)
            ? Directory.EnumerateFiles(journal, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal).ToList()
            : [];
    }

    /// <summary>True when another process holds the lock (.NET takes an exclusive flock for FileShare.None on Unix).</summary>
    private static bool IsHeld(string lockFile)
    {
        try
        {
            using var stream = new FileStream(lockFile, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
            return false;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
        catch (IOException)
        {
            return true;
        }
    }
}
