using PixazoTts.Audio;
using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tests;

/// <summary>The cache is verified before use and shared safely between builds running at once.</summary>
public sealed class CacheTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task A_truncated_cache_entry_is_discarded_with_PTTS2005_and_synthesized_again()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.BuildAsync(Environment));
        string entry = CachedWav(Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator"));
        using (var stream = new FileStream(entry, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.SetLength(stream.Length / 2);
        }

        // Any change to the scripts makes the synthesis target run again.
        File.SetLastWriteTimeUtc(project.PathOf("Voice/intro.tts.json"), DateTime.UtcNow);
        var result = await project.BuildAsync(Environment);

        AssertSucceeded(result);
        var warning = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS2005");
        Assert.Equal("warning", warning.Severity);
        Assert.Equal(6, warning.Line);
        Assert.Equal(3, Emulator.Stats.Generate);
        Assert.True(WavFile.QuickCheck(entry, out string? problem), problem);
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav"));
    }

    [Fact]
    public async Task Two_builds_at_once_on_one_cache_request_each_line_once()
    {
        // Slow jobs, so the two builds certainly want the same keys at the same time.
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 1500 });
        var first = NewProject("First");
        var second = NewProject("Second");
        foreach (var project in new[] { first, second })
        {
            project.WriteFile("Voice/intro.tts.json", IntroScript);
            project.WriteFile("Voice/npc/innkeeper.tts.json", """{ "voice": "Sulafat", "lines": { "welcome": "Welcome!", "rooms": "A room is five silver." } }""");
        }

        var results = await Task.WhenAll(first.BuildAsync(Environment), second.BuildAsync(Environment));

        AssertSucceeded(results[0]);
        AssertSucceeded(results[1]);
        Assert.Equal(4, Emulator.Stats.Generate);
        Assert.Equal(4, CachedKeys().Count);
        foreach (var project in new[] { first, second })
        {
            AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "npc", "innkeeper", "rooms.wav"));
        }
    }
}
