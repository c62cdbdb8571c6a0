using System.Text.Json;

namespace PixazoTts.Tests.Diagnostics;

/// <summary>Keeps docs/diagnostics.md and spec/tts.schema.json in step with the code.</summary>
public class DiagnosticsDocumentationTests
{
    public static TheoryData<string> Codes()
    {
        var data = new TheoryData<string>();
        foreach (var descriptor in TtsDiagnosticDescriptors.All)
        {
            data.Add(descriptor.Code);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_descriptor_is_documented_with_its_severity_title_and_message(string code)
    {
        var descriptor = TtsDiagnosticDescriptors.Find(code)!;
        var rows = File.ReadAllLines(Path.Combine(RepoRoot.Path, "docs", "diagnostics.md"))
            .Where(l => l.StartsWith("| " + code + " |", StringComparison.Ordinal)).ToList();

        var cells = Assert.Single(rows).Split('|').Select(c => c.Trim()).ToArray();
        Assert.Equal(descriptor.Severity == TtsSeverity.Error ? "error" : "warning", cells[2]);
        Assert.Equal(descriptor.Title, cells[3]);
        Assert.Equal(descriptor.MessageFormat.Replace("{{", "{").Replace("}}", "}"), cells[4]);
        Assert.NotEmpty(cells[5]);
    }

    [Fact]
    public void Every_documented_code_exists()
    {
        var documented = File.ReadAllLines(Path.Combine(RepoRoot.Path, "docs", "diagnostics.md"))
            .Where(l => l.StartsWith("| PTTS", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim());
        Assert.All(documented, code => Assert.NotNull(TtsDiagnosticDescriptors.Find(code)));
    }

    [Fact]
    public void Descriptors_have_unique_well_formed_codes_and_one_line_messages()
    {
        Assert.Equal(72, TtsDiagnosticDescriptors.All.Count);
        Assert.Equal(TtsDiagnosticDescriptors.All.Count, TtsDiagnosticDescriptors.All.Select(d => d.Code).Distinct().Count());
        Assert.All(TtsDiagnosticDescriptors.All, d =>
        {
            Assert.Matches("^PTTS[123][0-3][0-9]{2}$", d.Code);
            Assert.DoesNotContain('\n', d.MessageFormat);
            Assert.DoesNotContain('|', d.MessageFormat);
        });
        Assert.Equal(TtsDiagnosticDescriptors.All.OrderBy(d => d.Code, StringComparer.Ordinal), TtsDiagnosticDescriptors.All);
    }

    [Fact]
    public void Schema_voices_and_patterns_match_the_code()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot.Path, "spec", "tts.schema.json")));
        var defs = schema.RootElement.GetProperty("$defs");

        var voiceEnum = defs.GetProperty("voice").GetProperty("anyOf")[0].GetProperty("enum").EnumerateArray().Select(e => e.GetString());
        Assert.Equal(GeminiVoices.All.Select(v => v.Name), voiceEnum);
        Assert.Equal(TtsLanguageCode.Pattern, defs.GetProperty("languageCode").GetProperty("pattern").GetString());

        string idPattern = schema.RootElement.GetProperty("properties").GetProperty("lines").GetProperty("propertyNames").GetProperty("pattern").GetString()!;
        foreach (var id in new[] { "a", "9", "Price-high_2.x", "-a", "_a", "a b", "", "é" })
        {
            Assert.Equal(TtsScriptParser.IsValidLineId(id), System.Text.RegularExpressions.Regex.IsMatch(id, idPattern));
        }
    }

    [Fact]
    public void Diagnostic_formats_arguments_and_compares_by_value()
    {
        var span = new TtsSourceSpan(3, 4, 1, 2, 1, 6);
        var a = new TtsDiagnostic(TtsDiagnosticDescriptors.DuplicateLineId, "f.tts.json", span, "x");
        var b = new TtsDiagnostic(TtsDiagnosticDescriptors.DuplicateLineId, "f.tts.json", span, "x");

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, new TtsDiagnostic(TtsDiagnosticDescriptors.DuplicateLineId, "f.tts.json", span, "y"));
        Assert.Equal("f.tts.json(2,3): error PTTS1006: Line id 'x' is already used in this file; give this line a unique id.", a.ToString());
        Assert.Equal("warning PTTS2002: 3 line(s) use the offline placeholder voice because no API key is set; set PIXAZO_API_KEY to synthesize real audio.",
            new TtsDiagnostic(TtsDiagnosticDescriptors.PlaceholderVoiceUsed, null, null, 3).ToString());
    }
}
