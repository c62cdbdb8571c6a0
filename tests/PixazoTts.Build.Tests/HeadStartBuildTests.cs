using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>
/// The synthesis that starts before the compiler and is joined after it, in real builds: a project that does not
/// compile requests nothing, and what the head start found is reported once, by the join.
/// </summary>
public sealed class HeadStartBuildTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    private const string BrokenCode = "namespace Consumer; public static class Broken { public static int Value() => ; }";

    [Fact]
    public async Task A_project_that_does_not_compile_requests_nothing_and_makes_its_lines_once_it_compiles()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        project.WriteFile("Broken.cs", BrokenCode);

        var broken = await project.BuildAsync(Environment);

        AssertFailed(broken);
        Assert.Contains("error CS", broken.Output, StringComparison.Ordinal);
        Assert.Equal(0, Emulator.Stats.Generate);
        Assert.False(File.Exists(Path.Combine(project.ObjAudioDirectory, "Voice", "intro", "greeting.wav")));

        project.WriteFile("Broken.cs", "namespace Consumer; public static class Broken { public static int Value() => 1; }");
        var fixedBuild = await project.BuildAsync(Environment);

        AssertSucceeded(fixedBuild);
        Assert.Equal(2, Emulator.Stats.Generate);
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav"));
    }

    [Fact]
    public async Task A_clean_build_from_the_cache_is_prepared_beside_the_compiler_and_reported_once()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.BuildAsync(Environment));
        Directory.Delete(Path.Combine(project.Directory, "bin"), recursive: true);
        Directory.Delete(Path.Combine(project.Directory, "obj"), recursive: true);

        var clean = await project.BuildAsync(Environment, "-v:d");

        AssertSucceeded(clean);
        Assert.Equal(2, Emulator.Stats.Generate);
        int started = clean.Output.IndexOf("PixazoTts: reading the scripts and the local cache while the compiler runs.", StringComparison.Ordinal);
        int compiled = clean.Output.IndexOf("Target \"CoreCompile\"", StringComparison.Ordinal);
        int summary = clean.Output.IndexOf("PixazoTts: 2 lines, 2 distinct: 2 cache hits", StringComparison.Ordinal);
        Assert.True(started >= 0 && compiled > started && summary > compiled, clean.Output);
        Assert.Equal(summary, clean.Output.LastIndexOf("PixazoTts: 2 lines, 2 distinct", StringComparison.Ordinal));
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "warning.wav"));

        // And the next build is a no-op: the join wrote the stamp.
        var noOp = await project.BuildAsync(Environment, "-v:n");
        Assert.Contains("Skipping target \"PixazoTtsSynthesize\" because all output files are up-to-date", noOp.Output, StringComparison.Ordinal);
    }
}
