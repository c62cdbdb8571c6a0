using System.Text.Json;
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

    /// <summary>
    /// Reads an entry's metadata, or null when it is not valid JSON of this shape (the entry is then finished again).
    /// A reader rather than the serializer: a clean build reads one per line, and the serializer's first use in a
    /// fresh MSBuild process cost more than all the reads together (docs/benchmarks.md).
    /// </summary>
    public static FinishedMetadata? TryParse(ReadOnlySpan<byte> json)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            var metadata = new FinishedMetadata();
            bool hasBytes = false, hasDuration = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = reader.GetString()!;
                reader.Read();
                switch (name)
                {
                    case "source_key": metadata.SourceKey = reader.GetString() ?? string.Empty; break;
                    case "settings": metadata.Settings = reader.GetString() ?? string.Empty; break;
                    case "same_as_source": metadata.SameAsSource = reader.GetBoolean(); break;
                    case "bytes": metadata.Bytes = reader.GetInt64(); hasBytes = true; break;
                    case "duration_ms": metadata.DurationMs = reader.GetInt64(); hasDuration = true; break;
                    case "loudness_lufs": metadata.LoudnessLufs = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble(); break;
                    case "true_peak_dbtp": metadata.TruePeakDbtp = reader.TokenType == JsonTokenType.Null ? null : reader.GetDouble(); break;
                    case "loudness_shortfall_lu": metadata.LoudnessShortfallLu = reader.GetDouble(); break;
                    default: reader.Skip(); break;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject && hasBytes && hasDuration ? metadata : null;
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(FinishedMetadata))]
[JsonSourceGenerationOptions(WriteIndented = true)]
internal sealed partial class FinishedMetadataJson : JsonSerializerContext
{
}
