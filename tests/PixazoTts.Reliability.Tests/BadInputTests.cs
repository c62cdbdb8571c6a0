using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Tests.Shared;
using Xunit.Abstractions;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// Suite 4, bad input at build level: over a hundred malformed scripts in one project. The task alone and the full
/// build (the compiler, with the packed generator) each give every file a PTTS error in that file, with no crash and
/// no request; odd but valid files build. (The generator's own view: tests/PixazoTts.SourceGenerator.Tests/
/// BadInputCorpusTests.cs; the parser's: <see cref="TtsScriptParserPropertyTests"/>.)
/// </summary>
public sealed class BadInputTests(PackageFeedFixture feed, ITestOutputHelper output) : ReliabilityTest(feed)
{
    [Fact]
    public async Task Every_malformed_script_is_a_PTTS_error_from_the_task_and_from_the_compiler()
    {
        var corpus = MalformedScriptCorpus.Broken();
        Assert.True(corpus.Count >= 100, "the corpus has only " + corpus.Count + " files");
        Assert.Contains(corpus, c => c.Content.Length >= 10 * 1024 * 1024);
        var project = NewProject();
        Directory.CreateDirectory(project.PathOf("Voice/bad"));
        foreach (var (name, content) in corpus)
        {
            await File.WriteAllBytesAsync(project.PathOf($"Voice/bad/{name}.tts.json"), content);
        }

        // The task on its own (the synthesis target without compiling), then the whole build.
        var taskOnly = await BuildScannedAsync(project, Environment, "-t:PixazoTtsSynthesize", "-p:BuildingProject=true");
        var fullBuild = await BuildScannedAsync(project, Environment);

        foreach (var (view, result) in new[] { ("task", taskOnly), ("compiler", fullBuild) })
        {
            AssertFailed(result);
            AssertNoCrash(result);
            var errors = ConsumerProject.Diagnostics(result).Where(d => d.Severity == "error").ToList();
            var missing = corpus.Where(c => !errors.Any(e => e.File == project.PathOf($"Voice/bad/{c.Name}.tts.json"))).Select(c => c.Name).ToList();
            Assert.True(missing.Count == 0, $"{view}: no PTTS error for {string.Join(", ", missing)}");
            output.WriteLine($"{view}: {corpus.Count} malformed files, {errors.Count} PTTS errors, codes {string.Join(" ", errors.Select(e => e.Code).Distinct().Order())}");
        }

        Assert.Equal(0, Emulator.Stats.Generate);
    }

    [Fact]
    public async Task Odd_but_valid_scripts_build_and_every_line_gets_its_wav()
    {
        var corpus = MalformedScriptCorpus.OddButValid();
        var project = NewProject();
        Directory.CreateDirectory(project.PathOf("Voice/odd"));
        foreach (var (name, content) in corpus)
        {
            await File.WriteAllBytesAsync(project.PathOf($"Voice/odd/{name}.tts.json"), content);
        }

        var result = await BuildScannedAsync(project, Environment.WithoutKey());

        AssertSucceeded(result);
        Assert.DoesNotContain(ConsumerProject.Diagnostics(result), d => d.Severity == "error");
        int lines = corpus.Sum(c => TtsScriptParser.Parse(c.Name, c.Content).Script!.Lines.Count);
        var wavs = Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice", "odd"), "*.wav", SearchOption.AllDirectories).ToList();
        Assert.Equal(lines, wavs.Count);
        Assert.All(wavs, AssertValidWav);
        output.WriteLine($"{corpus.Count} odd but valid files ({string.Join(", ", corpus.Select(c => c.Name))}), {lines} lines, all built");
    }
}
