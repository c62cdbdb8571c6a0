using System.Text.Json;

namespace PixazoTts.Cli.Output;

/// <summary>The --json output: snake_case members, indented, non-ASCII text as it is (scripts read it back with any JSON parser).</summary>
internal static class JsonOutput
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(CliConsole console, object value) => console.Line(JsonSerializer.Serialize(value, Options));
}
