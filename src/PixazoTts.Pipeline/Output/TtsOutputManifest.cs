using System.Text.Json;
using System.Text.Json.Serialization;

namespace PixazoTts.Pipeline.Output;

/// <summary>
/// <c>pixazo-tts.manifest.json</c> at an output root: every line with DESIGN.md's field names (docs/contracts.md,
/// "Manifest"). <c>sync</c> also reads its previous one: the files it lists are the only ones a rerun may delete.
/// </summary>
internal sealed class TtsOutputManifest
{
    /// <summary>The manifest's file name at the output root.</summary>
    public const string FileName = "pixazo-tts.manifest.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    [JsonPropertyName("version")]
    public int Version { get; init; } = 1;

    [JsonPropertyName("lines")]
    public IReadOnlyList<TtsManifestLine> Lines { get; init; } = [];

    /// <summary>Writes the manifest whole or not at all (temporary file, then rename).</summary>
    public void Write(string outputDirectory)
    {
        string path = Path.Combine(outputDirectory, FileName);
        string temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllBytes(temporary, JsonSerializer.SerializeToUtf8Bytes(this, Options));
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>The manifest in <paramref name="outputDirectory"/>, or null when there is none.</summary>
    /// <exception cref="JsonException">It is not a manifest.</exception>
    /// <exception cref="IOException">It cannot be read.</exception>
    public static TtsOutputManifest? Read(string outputDirectory)
    {
        string path = Path.Combine(outputDirectory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        return JsonSerializer.Deserialize<TtsOutputManifest>(File.ReadAllBytes(path), Options)
            ?? throw new JsonException("the file holds null");
    }
}

/// <summary>One line of the manifest (DESIGN.md, "Finishing": id, script, path, text, voice, prompt, language_code, key,
/// duration_ms, loudness_lufs, true_peak_dbtp, bytes), plus whether its audio is the placeholder voice.</summary>
internal sealed record TtsManifestLine
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The script's relative path, '/'-separated: <c>Voice/intro.tts.json</c>.</summary>
    [JsonPropertyName("script")]
    public required string Script { get; init; }

    /// <summary>The audio file's path relative to the output root, '/'-separated: <c>Voice/intro/greeting.wav</c>.</summary>
    [JsonPropertyName("path")]
    public required string Path { get; init; }

    [JsonPropertyName("text")]
    public required string Text { get; init; }

    [JsonPropertyName("voice")]
    public string? Voice { get; init; }

    [JsonPropertyName("prompt")]
    public string? Prompt { get; init; }

    [JsonPropertyName("language_code")]
    public string? LanguageCode { get; init; }

    /// <summary>The cache key of the audio (the placeholder model's key for placeholder audio).</summary>
    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("duration_ms")]
    public long DurationMs { get; init; }

    /// <summary>Null until finishing measures loudness.</summary>
    [JsonPropertyName("loudness_lufs")]
    public double? LoudnessLufs { get; init; }

    /// <summary>Null until finishing measures the true peak.</summary>
    [JsonPropertyName("true_peak_dbtp")]
    public double? TruePeakDbtp { get; init; }

    [JsonPropertyName("bytes")]
    public long Bytes { get; init; }

    [JsonPropertyName("placeholder")]
    public bool Placeholder { get; init; }
}
