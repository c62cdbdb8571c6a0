using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PixazoTts.SourceGenerator.Tests.Infrastructure;
using PixazoTts.Tests.Shared;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// The bad-input corpus (shared with the build's reliability suite) through the generator: every malformed file is a
/// PTTS error in that file and produces no code, nothing throws, and the odd but valid files generate and compile.
/// </summary>
public sealed class BadInputCorpusTests
{
    [Fact]
    public void Every_malformed_file_is_a_PTTS_error_in_that_file_and_generates_only_the_lines_Core_accepted()
    {
        var corpus = MalformedScriptCorpus.Broken();
        var scripts = corpus.Select(c => new ScriptFile($"Voice/bad/{c.Name}.tts.json", DecodeLikeTheCompiler(c.Content))).ToList();

        var run = GeneratorHarness.Run(scripts);

        Assert.Null(run.Exception);
        var missing = scripts
            .Where(s => !run.Diagnostics.Any(d => d.Id.StartsWith("PTTS", StringComparison.Ordinal) && d.DefaultSeverity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == s.Path))
            .Select(s => s.RelativePath)
            .ToList();
        Assert.True(missing.Count == 0, "no PTTS error for " + string.Join(", ", missing));

        // A file that cannot be read at all generates nothing; any other keeps exactly the lines Core accepted (minus
        // names the validator refused), so code that uses its good lines still compiles while one line is broken.
        foreach (var script in scripts)
        {
            var parsed = TtsScriptParser.Parse(script.Path, script.GetText().ToString());
            string hintName = "TtsAssets." + string.Join(".", TtsNaming.GetClassPath(script.RelativePath)) + ".g.cs";
            var generated = run.Sources.Where(s => s.HintName == hintName).Select(s => s.SourceText.ToString()).SingleOrDefault();
            if (parsed.Script is null)
            {
                Assert.True(generated is null, script.RelativePath + " cannot be read but generated " + hintName);
                continue;
            }

            var accepted = parsed.Script.Lines.Select(l => SymbolDisplay.FormatLiteral(l.Id, quote: true)).ToHashSet(StringComparer.Ordinal);
            var emitted = (generated ?? string.Empty)
                .Split('\n')
                .Zip((generated ?? string.Empty).Split('\n').Skip(1))
                .Where(pair => pair.First.Contains("new global::PixazoTts.TtsLine(", StringComparison.Ordinal))
                .Select(pair => pair.Second.Trim().TrimEnd(','));
            Assert.All(emitted, id => Assert.True(accepted.Contains(id), script.RelativePath + " generated a line Core did not accept: " + id));
        }

        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Odd_but_valid_files_generate_code_that_compiles_without_errors()
    {
        var corpus = MalformedScriptCorpus.OddButValid();
        var scripts = corpus.Select(c => new ScriptFile($"Voice/odd/{c.Name}.tts.json", DecodeLikeTheCompiler(c.Content))).ToList();

        var run = GeneratorHarness.Run(scripts);

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.Diagnostics, d => d.DefaultSeverity == DiagnosticSeverity.Error);
        Assert.Equal(corpus.Count, run.Sources.Count(s => s.HintName.StartsWith("TtsAssets.Voice.Odd.", StringComparison.Ordinal)));
        Assert.Empty(run.CompilationDiagnostics);
    }

    /// <summary>
    /// What the compiler hands a generator for a file's bytes: a BOM picks the encoding; otherwise UTF-8, with
    /// U+FFFD where bytes are not UTF-8 (as the .NET 10 SDK's compiler does; the generator also handles a compiler
    /// that falls back to a code page instead, see DiagnosticAgreementTests).
    /// </summary>
    private static SourceText DecodeLikeTheCompiler(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return SourceText.From(stream, Encoding.UTF8);
    }
}
