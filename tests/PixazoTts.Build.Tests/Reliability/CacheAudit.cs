using System.Security.Cryptography;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Caching;

namespace PixazoTts.Build.Tests.Reliability;

/// <summary>Checks a whole cache folder: every entry a valid WAV whose metadata hashes to its key and matches its bytes.</summary>
public static class CacheAudit
{
    public sealed record Report(int Entries, IReadOnlyList<string> Problems, IReadOnlyList<string> TemporaryFiles);

    public static Report Inspect(string cacheDirectory)
    {
        var problems = new List<string>();
        string root = Path.Combine(cacheDirectory, "v1");
        if (!Directory.Exists(root))
        {
            return new Report(0, problems, []);
        }

        var wavs = Directory.EnumerateFiles(root, "*.wav", SearchOption.AllDirectories).ToList();
        foreach (string wav in wavs)
        {
            string key = Path.GetFileNameWithoutExtension(wav);
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
            string recomputed = TtsCacheKey.Compute(Text("model")!, Text("voice"), Text("language_code"), Text("prompt"), Text("text")!);
            if (recomputed != key)
            {
                problems.Add(key + ": metadata hashes to " + recomputed);
            }

            if (!string.Equals(Text("sha256"), Convert.ToHexStringLower(SHA256.HashData(bytes)), StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(key + ": sha256 in metadata does not match the WAV");
            }
        }

        var temporary = Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories).ToList();
        return new Report(wavs.Count, problems, temporary);
    }
}
