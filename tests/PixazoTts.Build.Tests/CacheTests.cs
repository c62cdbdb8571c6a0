using PixazoTts.Audio;
using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using PixazoTts.Emulator.Tests.Infrastructure;

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
        // The gateway's clock stands still until the test moves it, so no job can finish (and no line can reach the
        // cache) before both builds are seen synthesizing at the same time: each has its own line in flight. Both
        // therefore planned every shared line as missing, and the gateway must still hear each shared line once.
        var clock = new ManualClock(ManualClock.DocumentationStart);
        await using var gateway = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 2000 }, "http://127.0.0.1:0", configureLogging: null, clock, CancellationToken.None);
        var environment = new BuildEnvironment(CacheDirectory, gateway.BaseUrl, ApiKey);
        var first = NewProject("First");
        var second = NewProject("Second");
        foreach (var project in new[] { first, second })
        {
            project.WriteFile("Voice/intro.tts.json", IntroScript);
            project.WriteFile("Voice/npc/innkeeper.tts.json", """{ "voice": "Sulafat", "lines": { "welcome": "Welcome!", "rooms": "A room is five silver." } }""");
            project.WriteFile("Voice/own.tts.json", "{ \"lines\": { \"mine\": \"Only the " + project.Name + " project says this.\" } }");
        }

        var builds = new[] { first.BuildAsync(environment), second.BuildAsync(environment) };
        string[] own = ["Only the First project says this.", "Only the Second project says this."];
        using (var bound = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
        {
            while (!own.All(text => gateway.Requests.Any(r => r.Text == text)) || gateway.Stats.Accepted < 6)
            {
                var ended = builds.FirstOrDefault(b => b.IsCompleted);
                Assert.True(ended is null, "a build ended while the gateway held every job: " + (ended is null ? string.Empty : (await ended).ToString()));
                Assert.False(bound.IsCancellationRequested, "the gateway never had both builds' lines in flight: " + string.Join(", ", gateway.Requests.Select(r => r.Text)));
                await Task.Delay(100);
            }
        }

        var heard = gateway.Requests.Select(r => r.Text).ToList();
        Assert.True(heard.Count == 6, "the gateway heard " + string.Join(", ", heard));
        Assert.Equal(6, heard.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(0, gateway.Stats.Completed);
        Assert.Equal(6, gateway.Stats.PeakInFlight);

        clock.Advance(TimeSpan.FromSeconds(2));
        var results = await Task.WhenAll(builds);

        AssertSucceeded(results[0]);
        AssertSucceeded(results[1]);
        Assert.Equal(6, gateway.Stats.Generate);
        Assert.Equal(6, gateway.Stats.Accepted);
        Assert.Equal(6, CachedKeys().Count);
        foreach (var project in new[] { first, second })
        {
            AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "npc", "innkeeper", "rooms.wav"));
            AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "own", "mine.wav"));
        }
    }
}
