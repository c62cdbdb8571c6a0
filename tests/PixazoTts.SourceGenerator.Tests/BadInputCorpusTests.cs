using System.Text;
using Microsoft.CodeAnalysis;
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
    public void Every_malformed_file_is_a_PTTS_error_in_that_file_and_generates_nothing()
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

        // A file whose content is broken generates nothing; a file whose only mistake is a clashing name keeps its
        // other lines (the clashing one is left out), so the rest of the project still compiles against it.
        var namingOnly = scripts
            .Where(s => run.Diagnostics.Where(d => d.Location.GetLineSpan().Path == s.Path).All(d => d.Id is "PTTS1101" or "PTTS1102" or "PTTS1103"))
            .Select(s => "TtsAssets." + string.Join(".", TtsNaming.GetClassPath(s.RelativePath)) + ".g.cs")
            .ToHashSet();
        Assert.All(run.Sources.Where(s => s.HintName.StartsWith("TtsAssets.Voice.Bad.", StringComparison.Ordinal)), s => Assert.Contains(s.HintName, namingOnly));
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
