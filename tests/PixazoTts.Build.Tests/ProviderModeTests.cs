using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>Locked mode (CI) and building without a key (offline placeholder voice).</summary>
public sealed class ProviderModeTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task Locked_mode_fails_with_PTTS2001_at_each_uncached_line_and_requests_nothing()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);

        var result = await project.BuildAsync(Environment, "-p:TtsLockedMode=true");

        AssertFailed(result);
        Assert.Equal(0, Emulator.Stats.Generate);
        var errors = ConsumerProject.Diagnostics(result).Where(d => d.Code == "PTTS2001").ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.EndsWith("intro.tts.json", e.File, StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 6 && e.Message.Contains("'greeting'", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Line == 7 && e.Message.Contains("'warning'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Locked_mode_succeeds_from_a_filled_cache_without_requests()
    {
        var filler = NewProject("Filler");
        filler.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await filler.BuildAsync(Environment));
        Assert.Equal(2, Emulator.Stats.Generate);

        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        var result = await project.BuildAsync(Environment.WithoutKey(), "-p:TtsLockedMode=true");

        AssertSucceeded(result);
        Assert.Equal(2, Emulator.Stats.Generate);
        Assert.Equal(0, ConsumerProject.CountCode(result, "PTTS2002"));
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav"));
    }

    [Fact]
    public async Task A_build_whose_new_lines_cost_more_than_TtsMaxCostUsd_stops_before_the_first_request()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);

        var result = await project.BuildAsync(Environment, "-p:TtsMaxCostUsd=0.05");

        AssertFailed(result);
        Assert.Equal(0, Emulator.Stats.Generate);
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS2010");
        Assert.EndsWith(".csproj", error.File, StringComparison.Ordinal);
        Assert.Contains("2 new line(s) would cost $0.08 ($0.04 each), more than TtsMaxCostUsd ($0.05); nothing was requested; raise TtsMaxCostUsd", error.Message, StringComparison.Ordinal);

        // The default limit ($10) lets these two lines through.
        AssertSucceeded(await project.BuildAsync(Environment));
        Assert.Equal(2, Emulator.Stats.Generate);
    }

    [Fact]
    public async Task Without_a_key_placeholders_are_used_with_one_warning_and_the_next_build_with_a_key_replaces_them()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);

        var offline = await project.BuildAsync(Environment.WithoutKey());

        AssertSucceeded(offline);
        Assert.Equal(0, Emulator.Stats.Generate);
        Assert.Equal(1, ConsumerProject.CountCode(offline, "PTTS2002"));
        Assert.Contains("2 line(s) use the offline placeholder voice", offline.Output, StringComparison.Ordinal);
        string greeting = Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav");
        AssertValidWav(greeting);
        string placeholderKey = Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator", model: "placeholder");
        Assert.Equal(File.ReadAllBytes(CachedWav(placeholderKey)), File.ReadAllBytes(greeting));

        // Still no key: a no-op build (the stamp records that no key was set, never a key), with the warning again.
        var again = await project.BuildAsync(Environment.WithoutKey());

        AssertSucceeded(again);
        Assert.False(SynthesisRan(again), again.Output);
        Assert.Equal(1, ConsumerProject.CountCode(again, "PTTS2002"));
        Assert.Contains("2 line(s) use the offline placeholder voice", again.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, File.ReadAllText(Path.Combine(project.Directory, "obj", "Debug", "net10.0", "pixazotts", "synthesized.stamp")), StringComparison.Ordinal);

        // A key appears: the next build synthesizes and replaces the placeholders.
        var online = await project.BuildAsync(Environment);

        AssertSucceeded(online);
        Assert.Equal(2, Emulator.Stats.Generate);
        Assert.Equal(0, ConsumerProject.CountCode(online, "PTTS2002"));
        string gatewayKey = Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator");
        Assert.Equal(File.ReadAllBytes(CachedWav(gatewayKey)), File.ReadAllBytes(greeting));
    }

    [Fact]
    public async Task Pixazo_provider_without_a_key_fails_with_PTTS2003()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);

        var result = await project.BuildAsync(Environment.WithoutKey(), "-p:TtsProvider=Pixazo");

        AssertFailed(result);
        Assert.Equal(1, ConsumerProject.CountCode(result, "PTTS2003"));
        Assert.Equal(0, Emulator.Stats.Generate);
    }
}
