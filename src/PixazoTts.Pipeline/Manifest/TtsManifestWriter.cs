using System.Text;
using System.Text.Json;

namespace PixazoTts.Pipeline.Manifest;

/// <summary>
/// Writes <c>pixazo-tts.manifest.json</c>: <c>{"version": 1, "lines": [...]}</c>, one object per line with exactly the
/// members id, script, path, text, voice, prompt, language_code, key, duration_ms, loudness_lufs, true_peak_dbtp,
/// bytes (absent values are null), lines in path order. The build task and the CLI's <c>sync</c> both use it. The file
/// is rewritten only when its content changes, so an unchanged build copies nothing.
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
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>Writes the manifest into <paramref name="directory"/> unless it is already identical; true when written.</summary>
    public static bool Write(string directory, IEnumerable<TtsManifestLine> lines)
    {
        byte[] bytes = Serialize(lines);
        string path = System.IO.Path.Combine(directory, FileName);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
        {
            return false;
        }

        Directory.CreateDirectory(directory);
        string temporary = path + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
        return true;
    }

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
