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

        // What Core accepts, worked out here without the generator: every file Core can read from its bytes (as the task
        // reads it from disk), with the lines its parser kept, through the same cross-file naming validation the task runs. A file that cannot be read, or whose class
        // the validator refused, must generate nothing; every other file exactly its accepted lines, in file order, so
        // code that uses its good lines still compiles while one line is broken.
        var readable = scripts
            .Zip(corpus, (s, c) => (Script: s, Parsed: TtsScriptParser.Parse(s.Path, c.Content)))
            .Where(p => p.Parsed.Script is not null)
            .Select(p => new TtsCatalogFile(p.Script.Path, p.Script.RelativePath, p.Parsed.Script!.Lines))
            .ToList();
        var accepted = TtsCatalogValidator.Analyze(readable).Files.ToDictionary(f => f.RelativePath, f => f.Lines.Select(l => l.Id).ToList(), StringComparer.Ordinal);
        Assert.True(accepted.Values.Sum(ids => ids.Count) >= 20, "the corpus keeps only " + accepted.Values.Sum(ids => ids.Count) + " good lines: the check below would prove little");

        var catalog = run.Catalog();
        foreach (var script in scripts)
        {
            string hintName = "TtsAssets." + string.Join(".", TtsNaming.GetClassPath(script.RelativePath)) + ".g.cs";
            var emitted = EmittedLineIds(run, catalog, script.RelativePath, hintName);
            if (!accepted.TryGetValue(script.RelativePath, out var expected))
            {
                Assert.True(emitted is null, script.RelativePath + " was not accepted by Core but generated " + hintName);
                continue;
            }

            Assert.True(emitted is not null, script.RelativePath + " has lines Core accepted (" + string.Join(", ", expected) + ") but generated no " + hintName);
            Assert.True(expected.SequenceEqual(emitted!), $"{script.RelativePath}: Core accepted [{string.Join(", ", expected)}] but the generator emitted [{string.Join(", ", emitted!)}]");
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
    /// The ids of the <c>TtsLine</c>s a generated file declares, in order, read from the compiled and loaded catalog;
    /// null when the generator emitted no such file.
    /// </summary>
    private static IReadOnlyList<string>? EmittedLineIds(GeneratorRun run, LoadedCatalog catalog, string relativePath, string hintName)
    {
        if (!run.Sources.Any(s => s.HintName == hintName))
        {
            return null;
        }

        return catalog.Members(string.Join(".", TtsNaming.GetClassPath(relativePath)))!.Select(m => LoadedCatalog.Values(m.Line).Id).ToList();
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
