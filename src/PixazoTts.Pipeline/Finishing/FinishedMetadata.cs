using System.Text.Json.Serialization;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>The <c>&lt;key&gt;.json</c> of a finished entry.</summary>
internal sealed class FinishedMetadata
{
    [JsonPropertyName("source_key")]
    public string SourceKey { get; set; } = string.Empty;

    /// <summary>The settings in words, for people reading the cache; the key is what counts.</summary>
    [JsonPropertyName("settings")]
    public string Settings { get; set; } = string.Empty;

    /// <summary>True when the source WAV is the audio (finishing changed nothing); no audio file then.</summary>
    [JsonPropertyName("same_as_source")]
    public bool SameAsSource { get; set; }

    [JsonPropertyName("bytes")]
    public long Bytes { get; set; }

    [JsonPropertyName("duration_ms")]
    public long DurationMs { get; set; }

    [JsonPropertyName("loudness_lufs")]
    public double? LoudnessLufs { get; set; }

    [JsonPropertyName("true_peak_dbtp")]
    public double? TruePeakDbtp { get; set; }

    [JsonPropertyName("loudness_shortfall_lu")]
    public double LoudnessShortfallLu { get; set; }
}

[JsonSerializable(typeof(FinishedMetadata))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class FinishedMetadataJson : JsonSerializerContext
{
}
