using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Pipeline.RemoteCache;
using PixazoTts.Pipeline.Tests.Servers;
using PixazoTts.Pipeline.Tests.TeamCache;

namespace PixazoTts.Pipeline.Tests.EndToEnd;

/// <summary>
/// Finishing and the team cache: a CI build in readwrite with loudness, trimming and Opus uploads the paid originals
/// only (the remote never holds finished audio), and a developer machine that takes them from the remote finishes
/// them itself to the same bytes, with zero gateway requests.
/// </summary>
public sealed class FinishingTeamCacheBuildTests(PackageFeedFixture feed, NginxDavServer nginx) : EndToEndTest(feed), IClassFixture<NginxDavServer>
{
    [Fact]
    public async Task The_remote_holds_only_the_paid_originals_and_every_machine_finishes_them_alike()
    {
        var space = new NginxSpace(nginx);
        string[] finishing = ["-p:TtsLoudness=-16", "-p:TtsTrimSilence=true", "-p:TtsAudioFormat=opus", "-p:TtsSampleRate=48000"];
        var ci = NewProject("Game");
        ci.WriteFile("Voice/intro.tts.json", IntroScript);

        AssertSucceeded(await ci.BuildAsync(TeamEnvironment(space, "ci-cache", "readwrite"), finishing));
        Assert.Equal(2, Emulator.Stats.Generate);
        var remote = await space.ListAsync();
        Assert.Equal(4, remote.Count);
        Assert.All(remote, name => Assert.Matches(@"^v1/[0-9a-f]{2}/[0-9a-f]{64}\.(wav|json)$", name));
        Assert.True(Directory.EnumerateFiles(Path.Combine(WorkDirectory, "ci-cache", "finished"), "*.opus", SearchOption.AllDirectories).Any());

        var developer = NewProject("GameOnLaptop");
        developer.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await developer.BuildAsync(TeamEnvironment(space, "dev-cache", "read"), finishing));
        Assert.Equal(2, Emulator.Stats.Generate);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(ci.BinDirectory, "Voice", "intro", "greeting.opus")),
            File.ReadAllBytes(Path.Combine(developer.BinDirectory, "Voice", "intro", "greeting.opus")));
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(ci.BinDirectory, "pixazo-tts.manifest.json")),
            File.ReadAllBytes(Path.Combine(developer.BinDirectory, "pixazo-tts.manifest.json")));
    }

    private BuildEnvironment TeamEnvironment(NginxSpace space, string cacheFolder, string mode)
    {
        var variables = new Dictionary<string, string?>(space.Environment)
        {
            [RemoteCacheOptions.UrlVariable] = space.Url,
            [RemoteCacheOptions.ModeVariable] = mode,
        };
        return Environment with { CacheDirectory = Path.Combine(WorkDirectory, cacheFolder), Extra = variables };
    }
}
