using System.Text.Json;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>The <c>&lt;key&gt;.json</c> of a finished entry.</summary>
internal sealed class FinishedMetadata
{
    public string SourceKey { get; set; } = string.Empty;

    /// <summary>The settings in words, for people reading the cache; the key is what counts.</summary>
    public string Settings { get; set; } = string.Empty;

    /// <summary>True when the source WAV is the audio (finishing changed nothing); no audio file then.</summary>
    public bool SameAsSource { get; set; }

    public long Bytes { get; set; }

    public long DurationMs { get; set; }

    public double? LoudnessLufs { get; set; }

    public double? TruePeakDbtp { get; set; }

    public double LoudnessShortfallLu { get; set; }

    /// <summary>
    /// The entry's JSON, indented, in the order of the properties above. A writer rather than the serializer, for the
    /// same reason as <see cref="TryParse"/>: a build that finishes new lines would otherwise pay the serializer's first
    /// use (about 70 ms of a cold synthesis of 200 lines, docs/benchmarks.md) for a few hundred bytes a line.
    /// </summary>
    public byte[] ToUtf8Json()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteString("source_key", SourceKey);
            writer.WriteString("settings", Settings);
            writer.WriteBoolean("same_as_source", SameAsSource);
            writer.WriteNumber("bytes", Bytes);
            writer.WriteNumber("duration_ms", DurationMs);
            WriteNumberOrNull(writer, "loudness_lufs", LoudnessLufs);
            WriteNumberOrNull(writer, "true_peak_dbtp", TruePeakDbtp);
            writer.WriteNumber("loudness_shortfall_lu", LoudnessShortfallLu);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

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

    private static void WriteNumberOrNull(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } number)
        {
            writer.WriteNumber(name, number);
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}

