using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// The IDE and the build must never disagree on a file: the generator's diagnostics are exactly what the task gets
/// from Core for the file's bytes (same codes, same spans), plus the same naming checks.
/// </summary>
public sealed class DiagnosticAgreementTests
{
    public static TheoryData<string> BrokenScripts => new()
    {
        "",
        "{",
        "{ \"lines\": { \"a\": \"one\", } ",
        "{\n  \"lines\": {\n    \"a\": \"one\"\n    \"b\": \"two\"\n  }\n}\n",
        "\"just a string\"",
        "{ \"lines\": 5 }",
        "{ \"lines\": { \"a\": { \"text\": 5 } } }",
        "{ \"lines\": { \"a\": { \"text\": \"\" } } }",
        "{ \"lines\": { \"-bad\": \"x\", \"ok\": \"y\" } }",
        "{ \"lines\": { \"a\": \"x\" }, \"lines\": { \"b\": \"y\" } }",
        "{ \"lines\": { \"a\": { \"text\": \"x\", \"text\": \"y\" } } }",
        "{ \"voice\": \"kore\", \"lines\": { \"a\": \"x\" } }",
        "{ \"language_code\": \"en_US!\", \"lines\": { \"a\": \"x\" } }",
        "{ \"lines\": { \"a\": \"[whispers\" } }",
        "{ \"lines\": { \"a\": \"x\" }, \"extra\": true }",
        "\uFEFF{\r\n  // a comment\r\n  \"lines\": { \"a\": \"CRLF, BOM, comment\", },\r\n}",
        "{ \"lines\": { \"a\": \"x\", \"A\": \"y\", \"b-c\": \"z\", \"b_c\": \"w\" } }",
        "{ \"lines\": " + new string('[', 200) + new string(']', 200) + " }",
    };

    [Theory]
    [MemberData(nameof(BrokenScripts))]
    public void The_generator_reports_what_the_task_reports_for_the_same_file(string content)
    {
        var script = new ScriptFile("Voice/case.tts.json", content);

        var run = GeneratorHarness.Run([script]);

        Assert.Null(run.Exception);
        Assert.Equal(TaskView(script.Path, Encoding.UTF8.GetBytes(content), "Voice/case.tts.json"), GeneratorView(run));
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_PTTS1014_at_the_same_byte_as_the_task_reports()
    {
        // The compiler decodes a file that is not valid UTF-8 with a fallback code page (Latin-1 here, as on Linux).
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{ \"lines\": { \"a\": \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\" } }")];
        var script = new ScriptFile("Voice/latin1.tts.json", SourceText.From(bytes, bytes.Length, Encoding.Latin1));

        var run = GeneratorHarness.Run([script]);

        var diagnostic = Assert.Single(run.Diagnostics);
        Assert.Equal("PTTS1014", diagnostic.Id);
        Assert.Equal(TaskView(script.Path, bytes, "Voice/latin1.tts.json"), GeneratorView(run));
        Assert.DoesNotContain(run.Sources, s => s.HintName.Contains("Latin1", StringComparison.Ordinal));
    }

    [Fact]
    public void A_UTF16_file_is_PTTS1014_like_the_task_reports_it()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        string content = "{ \"lines\": { \"a\": \"x\" } }";
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes(content)];
        var script = new ScriptFile("Voice/utf16.tts.json", SourceText.From(content, encoding));

        var run = GeneratorHarness.Run([script]);

        Assert.Equal("PTTS1014", Assert.Single(run.Diagnostics).Id);
        Assert.Equal(TaskView(script.Path, bytes, "Voice/utf16.tts.json"), GeneratorView(run));
    }

    [Fact]
    public void Every_diagnostic_carries_Core_s_title_and_severity_the_PixazoTts_category_and_the_help_link()
    {
        var run = GeneratorHarness.Run(((IEnumerable<object[]>)BrokenScripts).Select((row, i) => new ScriptFile($"Voice/case{i}.tts.json", (string)row[0])));

        Assert.NotEmpty(run.Diagnostics);
        Assert.All(run.Diagnostics, d =>
        {
            var core = Assert.Single(TtsDiagnosticDescriptors.All, c => c.Code == d.Id);
            Assert.Equal(core.Title, d.Descriptor.Title.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(core.Severity == TtsSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, d.DefaultSeverity);
            Assert.Equal("PixazoTts", d.Descriptor.Category);
            Assert.Equal("docs/diagnostics.md", d.Descriptor.HelpLinkUri);
            Assert.True(d.Descriptor.IsEnabledByDefault);
        });
    }

    /// <summary>What the task reports: Core's parser on the file's bytes, then Core's naming validation.</summary>
    private static List<string> TaskView(string path, byte[] bytes, string relativePath)
    {
        var parsed = TtsScriptParser.Parse(path, bytes);
        var diagnostics = parsed.Diagnostics.ToList();
        if (parsed.Script is not null && !parsed.HasErrors)
        {
            diagnostics.AddRange(TtsCatalogValidator.Validate([new TtsCatalogFile(path, relativePath, parsed.Script.Lines)]));
        }

        return diagnostics
            .Select(d => $"{d.Code} {(d.IsError ? "Error" : "Warning")} {d.Span?.Start}+{d.Span?.Length} {d.Span?.StartLine}:{d.Span?.StartColumn}-{d.Span?.EndLine}:{d.Span?.EndColumn} {d.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> GeneratorView(GeneratorRun run) =>
        run.Diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{d.Id} {d.DefaultSeverity} {d.Location.SourceSpan.Start}+{d.Location.SourceSpan.Length} {span.StartLinePosition.Line}:{span.StartLinePosition.Character}-{span.EndLinePosition.Line}:{span.EndLinePosition.Character} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
}
