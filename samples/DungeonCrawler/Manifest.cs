using System.Text.Json;

namespace DungeonCrawler;

/// <summary>Reads pixazo-tts.manifest.json: each line's path, duration and loudness, without decoding any audio.</summary>
internal static class Manifest
{
    public static IReadOnlyDictionary<string, Entry> Read(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, Entry>();
        }

        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("lines").EnumerateArray().ToDictionary(
            line => line.GetProperty("path").GetString()!,
            line => new Entry(line.GetProperty("duration_ms").GetInt64(), line.GetProperty("loudness_lufs").ValueKind == JsonValueKind.Number ? line.GetProperty("loudness_lufs").GetDouble() : null));
    }

    internal sealed record Entry(long DurationMs, double? LoudnessLufs);
}
