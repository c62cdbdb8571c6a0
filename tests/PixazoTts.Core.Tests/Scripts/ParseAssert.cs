using System.Text;

namespace PixazoTts.Tests.Scripts;

/// <summary>Parses through both entry points (they must agree) and checks diagnostics as users see them (1-based).</summary>
internal static class ParseAssert
{
    public const string FilePath = "Voice/test.tts.json";

    public static TtsScriptParseResult Parse(string json)
    {
        var fromText = TtsScriptParser.Parse(FilePath, json);
        var fromBytes = TtsScriptParser.Parse(FilePath, Encoding.UTF8.GetBytes(json));
        Assert.Equal(fromText, fromBytes);
        return fromText;
    }

    /// <summary>Asserts exactly one diagnostic and that it has this code at this 1-based line and column.</summary>
    public static TtsDiagnostic Single(string json, string code, int line, int column)
    {
        var result = Parse(json);
        var diagnostic = Assert.Single(result.Diagnostics);
        At(diagnostic, code, line, column);
        return diagnostic;
    }

    public static void At(TtsDiagnostic diagnostic, string code, int line, int column)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.NotNull(diagnostic.Span);
        var span = diagnostic.Span!.Value;
        Assert.True((line, column) == (span.StartLine + 1, span.StartColumn + 1), $"{diagnostic} expected at ({line},{column})");
    }

    /// <summary>The text a span covers.</summary>
    public static string Covered(string json, TtsDiagnostic diagnostic) =>
        json.Substring(diagnostic.Span!.Value.Start, diagnostic.Span!.Value.Length);
}
