using PixazoTts.Pipeline.RemoteCache;
using PixazoTts.Pipeline.Tests.Servers;

namespace PixazoTts.Pipeline.Tests.TeamCache;

/// <summary>The scenarios on nginx with WebDAV (basic auth, create_full_put_path on).</summary>
public sealed class NginxTeamCacheTests(NginxDavServer server) : TeamCacheScenarios, IClassFixture<NginxDavServer>
{
    protected override Task<RemoteSpace> NewSpaceAsync() => Task.FromResult<RemoteSpace>(new NginxSpace(server));

    protected override RemoteCacheOptions PointedAt(RemoteSpace space, string endpoint, RemoteCacheLimits limits) =>
        space.Options(RemoteCacheMode.ReadWrite, limits: limits, url: endpoint + "/dav/elsewhere");

    protected override (RemoteCacheOptions Options, string Secret) WithWrongCredentials(RemoteSpace space)
    {
        string wrong = "wrong-" + Guid.NewGuid().ToString("N");
        return (space.Options(RemoteCacheMode.Read, overrides: new Dictionary<string, string?> { [RemoteCacheOptions.PasswordVariable] = wrong }), wrong);
    }

    [Fact]
    public async Task A_webdav_server_without_create_full_put_path_gets_its_folders_made_with_MKCOL()
    {
        var space = new NginxSpace(server, "plain");
        using var ci = NewMachine("ci");
        string key = await ci.AddGatewayEntryAsync("Needs parent folders.");
        using (var team = ci.Connect(space.Options(RemoteCacheMode.ReadWrite)))
        {
            var upload = Assert.Single(await team.UploadAsync([key], CancellationToken.None));
            Assert.True(upload.Outcome == RemoteUploadOutcome.Uploaded, upload.Outcome + ": " + team.Failure);
        }

        Assert.True(server.Requests("MKCOL", space.PathPrefix) >= 2, "no MKCOL was needed, so this test does not test it");
        using var developer = NewMachine("dev");
        using var reader = developer.Connect(space.Options(RemoteCacheMode.Read));
        Assert.Equal(RemoteFetchOutcome.Downloaded, Assert.Single(await reader.FetchAsync([key], CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_bearer_token_is_sent_and_a_wrong_one_is_a_401()
    {
        var space = new NginxSpace(server, "bearer");
        using var ci = NewMachine("ci");
        string key = await ci.AddGatewayEntryAsync("Behind a token.");
        var withToken = new Dictionary<string, string?> { [RemoteCacheOptions.TokenVariable] = server.Token };
        using (var team = ci.Connect(space.Options(RemoteCacheMode.ReadWrite, overrides: withToken)))
        {
            Assert.Equal(RemoteUploadOutcome.Uploaded, Assert.Single(await team.UploadAsync([key], CancellationToken.None)).Outcome);
        }

        using var developer = NewMachine("dev");
        string wrong = "tok-wrong-" + Guid.NewGuid().ToString("N");
        using (var team = developer.Connect(space.Options(RemoteCacheMode.Read, overrides: new Dictionary<string, string?> { [RemoteCacheOptions.TokenVariable] = wrong })))
        {
            Assert.Equal(RemoteFetchOutcome.Skipped, Assert.Single(await team.FetchAsync([key], CancellationToken.None)).Outcome);
            Assert.Contains("401", team.Failure!.Message);
            Assert.DoesNotContain(wrong, team.Failure.Message);
        }

        using (var team = developer.Connect(space.Options(RemoteCacheMode.Read, overrides: withToken)))
        {
            Assert.Equal(RemoteFetchOutcome.Downloaded, Assert.Single(await team.FetchAsync([key], CancellationToken.None)).Outcome);
        }
    }

    [Fact]
    public async Task Nginx_answering_500_is_a_failure_naming_the_remote()
    {
        var space = new NginxSpace(server, "broken");
        using var developer = NewMachine("dev");
        using var team = developer.Connect(space.Options(RemoteCacheMode.Read, limits: QuickLimits));
        var fetch = Assert.Single(await team.FetchAsync([TestEntries.Key(TtsModels.Gateway, "x", "Kore", "en-US")], CancellationToken.None));

        Assert.Equal(RemoteFetchOutcome.Skipped, fetch.Outcome);
        Assert.Contains("500", team.Failure!.Message);
        Assert.Equal(space.Url, team.Failure.Remote);
        Assert.Equal(QuickLimits.MaxRetries + 1, server.Requests("GET", space.PathPrefix));
    }
}

/// <summary>The scenarios on s3rver through AWSSDK.S3, path-style via AWS_ENDPOINT_URL_S3.</summary>
public sealed class S3TeamCacheTests(S3rverServer server) : TeamCacheScenarios, IClassFixture<S3rverServer>
{
    protected override async Task<RemoteSpace> NewSpaceAsync() => new S3Space(server, await server.NewBucketAsync());

    protected override bool ConcurrentWritesOfOneObjectAreSafe => false;

    protected override RemoteCacheOptions PointedAt(RemoteSpace space, string endpoint, RemoteCacheLimits limits) =>
        space.Options(RemoteCacheMode.ReadWrite, limits: limits, overrides: new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = endpoint });

    protected override (RemoteCacheOptions Options, string Secret) WithWrongCredentials(RemoteSpace space)
    {
        // s3rver checks the access key id (InvalidAccessKeyId, 403); AWS checks the secret as well.
        string wrong = "wrong" + Guid.NewGuid().ToString("N");
        return (space.Options(RemoteCacheMode.Read, overrides: new Dictionary<string, string?> { ["AWS_ACCESS_KEY_ID"] = "AKIAWRONG", ["AWS_SECRET_ACCESS_KEY"] = wrong }), wrong);
    }

    [Fact]
    public async Task AWS_ENDPOINT_URL_is_used_when_the_S3_specific_one_is_not_set()
    {
        var space = (S3Space)await NewSpaceAsync();
        using var ci = NewMachine("ci");
        string key = await ci.AddGatewayEntryAsync("Through the generic endpoint variable.");
        var generic = new Dictionary<string, string?> { ["AWS_ENDPOINT_URL_S3"] = null, ["AWS_ENDPOINT_URL"] = server.Endpoint };
        using var team = ci.Connect(space.Options(RemoteCacheMode.ReadWrite, overrides: generic));

        Assert.Equal(RemoteUploadOutcome.Uploaded, Assert.Single(await team.UploadAsync([key], CancellationToken.None)).Outcome);
        Assert.Contains("v1/" + key[..2] + "/" + key + ".json", await space.ListAsync());
    }
}

/// <summary>The scenarios on Azurite through Azure.Storage.Blobs.</summary>
public sealed class AzureBlobTeamCacheTests(AzuriteServer server) : TeamCacheScenarios, IClassFixture<AzuriteServer>
{
    protected override async Task<RemoteSpace> NewSpaceAsync() => new AzureSpace(server, await server.NewContainerAsync());

    protected override RemoteCacheOptions PointedAt(RemoteSpace space, string endpoint, RemoteCacheLimits limits) =>
        space.Options(RemoteCacheMode.ReadWrite, limits: limits, overrides: new Dictionary<string, string?>
        {
            [RemoteCacheOptions.AzureConnectionStringVariable] = server.ConnectionString.Replace($"http://127.0.0.1:{server.Port}", endpoint, StringComparison.Ordinal),
        });

    protected override (RemoteCacheOptions Options, string Secret) WithWrongCredentials(RemoteSpace space)
    {
        string wrong = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(64));
        return (space.Options(RemoteCacheMode.Read, overrides: new Dictionary<string, string?> { [RemoteCacheOptions.AzureConnectionStringVariable] = server.ConnectionStringWithKey(wrong) }), wrong);
    }

    [Fact]
    public async Task Two_writers_of_different_takes_race_and_the_service_keeps_exactly_one()
    {
        var space = await NewSpaceAsync();
        using var a = NewMachine("ci-a");
        using var b = NewMachine("ci-b");
        var keys = new List<string>();
        for (int i = 0; i < 8; i++)
        {
            keys.Add(await a.AddGatewayEntryAsync("Raced line " + i, take: 1));
            await b.AddGatewayEntryAsync("Raced line " + i, take: 2);
        }

        using var teamA = a.Connect(space.Options(RemoteCacheMode.ReadWrite));
        using var teamB = b.Connect(space.Options(RemoteCacheMode.ReadWrite));
        var results = await Task.WhenAll(teamA.UploadAsync(keys, CancellationToken.None), teamB.UploadAsync(keys, CancellationToken.None));

        for (int i = 0; i < keys.Count; i++)
        {
            Assert.Equal(1, results.Count(r => r[i].Outcome == RemoteUploadOutcome.Uploaded));
        }

        using var reader = NewMachine("dev");
        using var team = reader.Connect(space.Options(RemoteCacheMode.Read));
        Assert.All(await team.FetchAsync(keys, CancellationToken.None), f => Assert.Equal(RemoteFetchOutcome.Downloaded, f.Outcome));
    }
}
