using System.Text.Json;

namespace PixazoTts.Pipeline.Manifest;

/// <summary>
/// Writes and reads <c>pixazo-tts.manifest.json</c>: <c>{"version": 1, "lines": [...]}</c>, one object per line with
/// exactly the members id, script, path, text, voice, prompt, language_code, key, duration_ms, loudness_lufs,
/// true_peak_dbtp, bytes, placeholder (absent values are null), lines in path order. The one writer of the format: the
/// build task writes it into its audio folder, <c>pixazo-tts sync</c> into its output folder (and reads its previous one:
/// the files it lists are the only ones a rerun may delete). The file is rewritten only when its content changes.
/// </summary>
public static class TtsManifestWriter
{
    /// <summary>The manifest's file name, at the root of the output folder.</summary>
    public const string FileName = "pixazo-tts.manifest.json";

    /// <summary>The manifest's bytes (UTF-8, indented, '\n' line ends).</summary>
    public static byte[] Serialize(IEnumerable<TtsManifestLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("lines");
            foreach (var line in lines.OrderBy(l => l.Path, StringComparer.Ordinal))
            {
                json.WriteStartObject();
                json.WriteString("id", line.Id);
                json.WriteString("script", line.Script);
                json.WriteString("path", line.Path);
                json.WriteString("text", line.Text);
                json.WriteString("voice", line.Voice);
                json.WriteString("prompt", line.Prompt);
                json.WriteString("language_code", line.LanguageCode);
                json.WriteString("key", line.Key);
                json.WriteNumber("duration_ms", line.DurationMs);
                WriteNumberOrNull(json, "loudness_lufs", line.LoudnessLufs);
                WriteNumberOrNull(json, "true_peak_dbtp", line.TruePeakDbtp);
                json.WriteNumber("bytes", line.Bytes);
                json.WriteBoolean("placeholder", line.Placeholder);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes the manifest into <paramref name="directory"/> unless it is already identical; true when written.
    /// Whole or not at all: a temporary file of its own, then a rename.</summary>
    public static bool Write(string directory, IEnumerable<TtsManifestLine> lines)
    {
        byte[] bytes = Serialize(lines);
        string path = System.IO.Path.Combine(directory, FileName);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Directory.CreateDirectory(directory);
        string temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }

    /// <summary>The manifest in <paramref name="directory"/>, or null when there is none.</summary>
    /// <exception cref="JsonException">It is not a manifest of this format.</exception>
    /// <exception cref="IOException">It cannot be read.</exception>
    public static IReadOnlyList<TtsManifestLine>? Read(string directory)
    {
        string path = System.IO.Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.GetInt32() != 1)
            {
                throw new JsonException("not a version 1 manifest");
            }

            var lines = new List<TtsManifestLine>();
            foreach (var line in root.GetProperty("lines").EnumerateArray())
            {
                lines.Add(new TtsManifestLine(
                    Text(line, "id") ?? string.Empty,
                    Text(line, "script") ?? string.Empty,
                    Text(line, "path") ?? throw new JsonException("a line has no path"),
                    Text(line, "text") ?? string.Empty,
                    Text(line, "voice"),
                    Text(line, "prompt"),
                    Text(line, "language_code"),
                    Text(line, "key") ?? string.Empty,
                    Number(line, "duration_ms") is { } duration ? (long)duration : 0,
                    Number(line, "loudness_lufs"),
                    Number(line, "true_peak_dbtp"),
                    Number(line, "bytes") is { } bytes ? (long)bytes : 0,
                    line.TryGetProperty("placeholder", out var placeholder) && placeholder.ValueKind == JsonValueKind.True));
            }

            return lines;
        }
        catch (Exception exception) when (exception is InvalidOperationException or KeyNotFoundException or FormatException)
        {
            // A member of the wrong kind (GetInt32 of a string, no "lines"): not a manifest this version can trust.
            throw new JsonException(exception.Message, exception);
        }
    }

    private static string? Text(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static double? Number(JsonElement line, string name) =>
        line.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
