using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary><c>cache push</c> and <c>cache pull</c> through the pipeline's team cache: one machine pays, another pulls, nobody pays twice.</summary>
[Collection(CliToolGroup.Name)]
public sealed class TeamCacheTests(CliToolFixture tool)
{
    [Fact]
    public async Task Push_shares_what_one_cache_paid_for_and_pull_fills_another_cache_so_sync_asks_nothing()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 20 });
        using var store = new MemoryHttpStore();
        var alice = new CliRunner(tool.Command, tool.NewWorkDirectory("alice"));
        alice.Environment["PIXAZO_API_KEY"] = "sk-alice";
        alice.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        alice.WriteLines("Voice/intro.tts.json", 3);
        Assert.Equal(0, (await alice.RunAsync("sync", "Voice", "--out", "Out")).ExitCode);
        Assert.Equal(3, emulator.Stats.Generate);

        alice.Environment["PIXAZO_TTS_REMOTE_CACHE"] = store.BaseUrl.AbsoluteUri;
        var readOnly = await alice.RunAsync("cache", "push");
        Assert.Equal(1, readOnly.ExitCode);
        Assert.Contains("error PTTS2309", readOnly.Error, StringComparison.Ordinal);

        alice.Environment["PIXAZO_TTS_REMOTE_CACHE_MODE"] = "readwrite";
        var push = await alice.RunAsync("cache", "push", "--json");
        Assert.True(push.ExitCode == 0, push.ToString());
        Assert.Equal(3, push.Json.GetProperty("uploaded").GetInt32());
        Assert.Equal(6, store.Files.Count);
        var again = await alice.RunAsync("cache", "push", "--json");
        Assert.Equal(3, again.Json.GetProperty("already_present").GetInt32());

        // Bob: another cache, no key; pull, then a locked sync succeeds without a request.
        var bob = new CliRunner(tool.Command, tool.NewWorkDirectory("bob"));
        bob.WriteLines("Voice/intro.tts.json", 3);
        var noRemote = await bob.RunAsync("cache", "pull", "Voice");
        Assert.Equal(1, noRemote.ExitCode);
        Assert.Contains("error PTTS2309", noRemote.Error, StringComparison.Ordinal);

        bob.Environment["PIXAZO_TTS_REMOTE_CACHE"] = store.BaseUrl.AbsoluteUri;
        var pull = await bob.RunAsync("cache", "pull", "Voice", "--json");
        Assert.True(pull.ExitCode == 0, pull.ToString());
        Assert.Equal(3, pull.Json.GetProperty("downloaded").GetInt32());
        bob.Environment.Remove("PIXAZO_TTS_REMOTE_CACHE");
        var locked = await bob.RunAsync("sync", "Voice", "--out", "Out", "--locked", "--json");
        Assert.True(locked.ExitCode == 0, locked.ToString());
        Assert.Equal(3, locked.Json.GetProperty("cache_hits").GetInt32());
        Assert.Equal(3, emulator.Stats.Generate);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(alice.WorkingDirectory, "Out", "intro", "line1.wav")),
            File.ReadAllBytes(Path.Combine(bob.WorkingDirectory, "Out", "intro", "line1.wav")));
    }
}
