using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Tests.Shared;
using Xunit.Abstractions;

namespace PixazoTts.Build.Tests.Reliability;

/// <summary>
/// Over a hundred malformed scripts in one project: the task alone and the full build (the compiler, with the packed
/// generator) each give every file a PTTS error at a position in it, with no crash and no request; odd but valid
/// files build.
/// </summary>
public sealed class BadInputTests(PackageFeedFixture feed, ITestOutputHelper output) : EndToEndTest(feed)
{
    [Fact]
    public async Task Every_malformed_script_is_a_PTTS_error_from_the_task_and_from_the_compiler()
    {
        var corpus = MalformedScriptCorpus.Broken();
        Assert.True(corpus.Count >= 100, "the corpus has only " + corpus.Count + " files");
        var project = NewProject();
        foreach (var (name, content) in corpus)
        {
            Directory.CreateDirectory(project.PathOf("Voice/bad"));
            await File.WriteAllBytesAsync(project.PathOf($"Voice/bad/{name}.tts.json"), content);
        }

        // The task on its own (the synthesis target without compiling), then the whole build.
        var taskOnly = await project.BuildAsync(Environment, "-t:PixazoTtsSynthesize", "-p:BuildingProject=true");
        var fullBuild = await project.BuildAsync(Environment);

        foreach (var (view, result) in new[] { ("task", taskOnly), ("compiler", fullBuild) })
        {
            AssertFailed(result);
            Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", result.Output, StringComparison.OrdinalIgnoreCase);
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
        foreach (var (name, content) in corpus)
        {
            Directory.CreateDirectory(project.PathOf("Voice/odd"));
            await File.WriteAllBytesAsync(project.PathOf($"Voice/odd/{name}.tts.json"), content);
        }

        var result = await project.BuildAsync(Environment.WithoutKey());

        AssertSucceeded(result);
        Assert.DoesNotContain(ConsumerProject.Diagnostics(result), d => d.Severity == "error");
        int lines = corpus.Sum(c => TtsScriptParser.Parse(c.Name, c.Content).Script!.Lines.Count);
        Assert.Equal(lines, Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice", "odd"), "*.wav", SearchOption.AllDirectories).Count());
    }
}
