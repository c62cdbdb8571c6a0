using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Pipeline.RemoteCache;
using PixazoTts.Pipeline.Tests.Servers;
using PixazoTts.Pipeline.Tests.TeamCache;

namespace PixazoTts.Pipeline.Tests.EndToEnd;

/// <summary>
/// Real 'dotnet build's of consumer projects from the packed feed, with a team cache on real servers: CI builds in
/// readwrite with the signing key, a developer's fresh machine builds in read mode and makes no gateway request.
/// Every build writes a binary log that must hold none of the secrets.
/// </summary>
public sealed class TeamCacheBuildTests(PackageFeedFixture feed, NginxDavServer nginx) : EndToEndTest(feed), IClassFixture<NginxDavServer>
{
    private readonly string _signingKey = "sk-e2e-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task Ci_fills_the_remote_and_a_fresh_developer_machine_builds_with_zero_gateway_requests()
    {
        var space = new NginxSpace(nginx);
        var ci = NewProject("Game");
        ci.WriteFile("Voice/intro.tts.json", IntroScript);
        var ciEnvironment = TeamEnvironment(space, "ci-cache", "readwrite");

        var first = await BuildScannedAsync(ci, ciEnvironment, space);
        AssertSucceeded(first);
        Assert.Equal(2, Emulator.Stats.Generate);
        Assert.Contains("2 uploaded", first.Output);
        Assert.Equal(4, (await space.ListAsync()).Count);

        var developer = NewProject("GameOnLaptop");
        developer.WriteFile("Voice/intro.tts.json", IntroScript);
        var second = await BuildScannedAsync(developer, TeamEnvironment(space, "dev-cache", "read"), space);
        AssertSucceeded(second);
        Assert.Equal(2, Emulator.Stats.Generate);
        Assert.Contains("2 from the remote, 0 uploaded", second.Output);
        Assert.Equal(
            File.ReadAllBytes(Path.Combine(ci.BinDirectory, "Voice", "intro", "greeting.wav")),
            File.ReadAllBytes(Path.Combine(developer.BinDirectory, "Voice", "intro", "greeting.wav")));

        // A no-op build never touches the remote.
        int requests = nginx.Requests(pathPrefix: space.PathPrefix);
        var third = await BuildScannedAsync(developer, TeamEnvironment(space, "dev-cache", "read"), space);
        AssertSucceeded(third);
        Assert.False(SynthesisRan(third), third.Output);
        Assert.Equal(requests, nginx.Requests(pathPrefix: space.PathPrefix));
    }

    [Fact]
    public async Task Locked_mode_consults_the_remote_and_a_tampered_entry_is_refused_then_an_error()
    {
        var space = new NginxSpace(nginx);
        var ci = NewProject("Game");
        ci.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await BuildScannedAsync(ci, TeamEnvironment(space, "ci-cache", "readwrite"), space));

        string tampered = Key("Stay back!", "Fenrir", "en-US", "Shout it, urgently");
        byte[] wav = (await space.ReadRawAsync(RemoteCacheLayout.WavName(tampered)))!;
        wav[^2] ^= 0x7F;
        await space.WriteRawAsync(RemoteCacheLayout.WavName(tampered), wav);

        var developer = NewProject("GameOnCi2");
        developer.WriteFile("Voice/intro.tts.json", IntroScript);
        var result = await BuildScannedAsync(developer, TeamEnvironment(space, "dev-cache", "read"), space, "-p:TtsLockedMode=true");

        AssertFailed(result);
        var diagnostics = ConsumerProject.Diagnostics(result);
        Assert.Contains(diagnostics, d => d.Code == "PTTS2103" && d.Message.Contains("'warning'", StringComparison.Ordinal) && d.Message.Contains("SHA-256", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == "PTTS2001" && d.Message.Contains("'warning'", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.Code == "PTTS2001" && d.Message.Contains("'greeting'", StringComparison.Ordinal));
        Assert.Equal(2, Emulator.Stats.Generate);
    }

    [Fact]
    public async Task A_remote_that_is_down_is_one_warning_and_with_TtsRemoteCacheRequired_an_error()
    {
        int closedPort = LoopbackPort.Free();
        var project = NewProject("Game");
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        var environment = Environment with
        {
            Extra = new Dictionary<string, string?>
            {
                [RemoteCacheOptions.UrlVariable] = $"http://127.0.0.1:{closedPort}/cache",
                [RemoteCacheOptions.TokenVariable] = "tok-" + _signingKey,
            },
        };

        var required = await project.BuildAsync(environment, "-p:TtsRemoteCacheRequired=true");
        AssertFailed(required);
        Assert.Equal(1, ConsumerProject.CountCode(required, "PTTS2102"));
        Assert.Equal(0, Emulator.Stats.Generate);

        var tolerant = await project.BuildAsync(environment);
        AssertSucceeded(tolerant);
        Assert.Equal(1, ConsumerProject.CountCode(tolerant, "PTTS2101"));
        Assert.Contains($"127.0.0.1:{closedPort}", tolerant.Output);
        Assert.DoesNotContain(_signingKey, tolerant.Output);
        Assert.Equal(2, Emulator.Stats.Generate);
    }

    private BuildEnvironment TeamEnvironment(NginxSpace space, string cacheFolder, string mode)
    {
        var variables = new Dictionary<string, string?>(space.Environment)
        {
            [RemoteCacheOptions.UrlVariable] = space.Url,
            [RemoteCacheOptions.ModeVariable] = mode,
            [RemoteCacheOptions.SigningKeyVariable] = _signingKey,
        };
        return Environment with { CacheDirectory = Path.Combine(WorkDirectory, cacheFolder), Extra = variables };
    }

    /// <summary>Builds with <c>-bl</c>; no secret (API key, password, signing key) may be in the output or the log.</summary>
    private async Task<DotNetResult> BuildScannedAsync(ConsumerProject project, BuildEnvironment environment, RemoteSpace space, params string[] arguments)
    {
        string binlog = Path.Combine(WorkDirectory, project.Name + "-" + Guid.NewGuid().ToString("N")[..6] + ".binlog");
        var result = await project.BuildAsync(environment, [.. arguments, "-bl:" + binlog]);
        Assert.True(File.Exists(binlog), "no binary log at " + binlog);
        foreach (string secret in space.Secrets.Append(_signingKey).Append(ApiKey))
        {
            Assert.DoesNotContain(secret, result.Output, StringComparison.Ordinal);
            Assert.False(BinaryLogScanner.Contains(binlog, secret), "a secret is in the binary log " + binlog);
        }

        return result;
    }
}

/// <summary>The same two machines on s3rver and Azurite: the AWS and Azure assemblies load in MSBuild's task context.</summary>
public sealed class CloudStoreBuildTests(PackageFeedFixture feed, S3rverServer s3, AzuriteServer azurite)
    : EndToEndTest(feed), IClassFixture<S3rverServer>, IClassFixture<AzuriteServer>
{
    [Fact]
    public async Task Two_machines_share_an_S3_bucket()
    {
        var space = new S3Space(s3, await s3.NewBucketAsync());
        await TwoMachinesAsync(space);
    }

    [Fact]
    public async Task Two_machines_share_an_Azure_blob_container()
    {
        var space = new AzureSpace(azurite, await azurite.NewContainerAsync());
        await TwoMachinesAsync(space);
    }

    private async Task TwoMachinesAsync(RemoteSpace space)
    {
        var ci = NewProject("Game");
        ci.WriteFile("Voice/intro.tts.json", IntroScript);
        var ciResult = await ci.BuildAsync(Environment with { CacheDirectory = Path.Combine(WorkDirectory, "ci"), Extra = Variables(space) }, "-p:TtsRemoteCacheMode=readwrite");
        AssertSucceeded(ciResult);
        Assert.Contains("2 uploaded", ciResult.Output);

        var developer = NewProject("Laptop");
        developer.WriteFile("Voice/intro.tts.json", IntroScript);
        var devResult = await developer.BuildAsync(Environment with { CacheDirectory = Path.Combine(WorkDirectory, "dev"), Extra = Variables(space) });
        AssertSucceeded(devResult);
        Assert.Contains("2 from the remote", devResult.Output);
        Assert.Equal(2, Emulator.Stats.Generate);
        AssertValidWav(Path.Combine(developer.BinDirectory, "Voice", "intro", "warning.wav"));
    }

    private static Dictionary<string, string?> Variables(RemoteSpace space) =>
        new(space.Environment) { [RemoteCacheOptions.UrlVariable] = space.Url };
}
