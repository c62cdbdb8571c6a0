using System.Security.Cryptography;
using System.Text;
using PixazoTts.Pipeline.RemoteCache;

namespace PixazoTts.Pipeline.Tests.TeamCache;

public sealed class RemoteCacheOptionsTests
{
    private static RemoteCacheOptions? Create(string? url, string? mode = null, string? required = null, Dictionary<string, string?>? environment = null, List<TtsDiagnostic>? problems = null)
    {
        environment ??= [];
        return RemoteCacheOptions.TryCreate(url, mode, required, n => environment.GetValueOrDefault(n), problems ?? []);
    }

    [Theory]
    [InlineData("https://cache.example.com/tts", RemoteStoreKind.Http, "", "", "https://cache.example.com/tts")]
    [InlineData("http://127.0.0.1:8080/a/b/", RemoteStoreKind.Http, "", "", "http://127.0.0.1:8080/a/b")]
    [InlineData("s3://my-bucket", RemoteStoreKind.S3, "my-bucket", "", "s3://my-bucket")]
    [InlineData("s3://my-bucket/team/tts/", RemoteStoreKind.S3, "my-bucket", "team/tts", "s3://my-bucket/team/tts")]
    [InlineData("azblob://voice", RemoteStoreKind.AzureBlob, "voice", "", "azblob://voice")]
    [InlineData("azblob://voice/game-a", RemoteStoreKind.AzureBlob, "voice", "game-a", "azblob://voice/game-a")]
    public void Urls_name_the_store(string url, RemoteStoreKind kind, string container, string prefix, string description)
    {
        var location = RemoteCacheLocation.TryParse(url, out string? problem);
        Assert.Null(problem);
        Assert.Equal(kind, location!.Kind);
        Assert.Equal(container, location.Container);
        Assert.Equal(prefix, location.Prefix);
        Assert.Equal(description, location.Description);
        if (kind == RemoteStoreKind.Http)
        {
            Assert.EndsWith("/", location.HttpBase!.AbsoluteUri);
        }
    }

    [Theory]
    [InlineData("ftp://host/x")]
    [InlineData("not a url")]
    [InlineData("s3:///prefix-without-bucket")]
    [InlineData("https://host/x?sig=abc")]
    public void Bad_urls_are_PTTS2004(string url)
    {
        var problems = new List<TtsDiagnostic>();
        Assert.Null(Create(url, problems: problems));
        Assert.Equal("PTTS2004", Assert.Single(problems).Code);
    }

    [Fact]
    public void Credentials_in_the_url_are_refused_without_echoing_them()
    {
        var problems = new List<TtsDiagnostic>();
        Assert.Null(Create("https://alice:hunter2secret@cache.example.com/tts", problems: problems));
        var problem = Assert.Single(problems);
        Assert.Equal("PTTS2004", problem.Code);
        Assert.DoesNotContain("hunter2secret", problem.Message);
        Assert.Contains("PIXAZO_TTS_REMOTE_CACHE_USERNAME", problem.Message);
    }

    [Fact]
    public void Mode_defaults_to_read_off_disables_and_the_property_wins_over_the_environment()
    {
        Assert.Equal(RemoteCacheMode.Read, Create("https://h/x")!.Mode);
        Assert.Null(Create("https://h/x", "off"));
        Assert.Null(Create(null));
        var environment = new Dictionary<string, string?> { ["PIXAZO_TTS_REMOTE_CACHE"] = "s3://from-env", ["PIXAZO_TTS_REMOTE_CACHE_MODE"] = "readwrite" };
        var fromEnvironment = Create(null, environment: environment)!;
        Assert.Equal("s3://from-env", fromEnvironment.Location.Description);
        Assert.Equal(RemoteCacheMode.ReadWrite, fromEnvironment.Mode);
        var fromProperties = Create("https://h/x", "READ", "true", environment)!;
        Assert.Equal(RemoteStoreKind.Http, fromProperties.Location.Kind);
        Assert.Equal(RemoteCacheMode.Read, fromProperties.Mode);
        Assert.True(fromProperties.Required);
    }

    [Theory]
    [InlineData("sometimes", null)]
    [InlineData(null, "yes")]
    public void Bad_mode_or_required_is_PTTS2004(string? mode, string? required)
    {
        var problems = new List<TtsDiagnostic>();
        Assert.Null(Create("https://h/x", mode, required, problems: problems));
        Assert.Equal("PTTS2004", Assert.Single(problems).Code);
    }

    [Fact]
    public void Azure_needs_its_connection_string()
    {
        var problems = new List<TtsDiagnostic>();
        Assert.Null(Create("azblob://c", problems: problems));
        Assert.Contains("AZURE_STORAGE_CONNECTION_STRING", Assert.Single(problems).Message);
    }

    [Fact]
    public void ToString_shows_no_secret()
    {
        var secrets = new Dictionary<string, string?>
        {
            ["PIXAZO_TTS_REMOTE_CACHE_TOKEN"] = "tok-S3CRET-1",
            ["PIXAZO_TTS_REMOTE_CACHE_USERNAME"] = "bob",
            ["PIXAZO_TTS_REMOTE_CACHE_PASSWORD"] = "pw-S3CRET-2",
            ["PIXAZO_TTS_CACHE_SIGNING_KEY"] = "sk-S3CRET-3",
        };
        string text = Create("https://h/x", environment: secrets)!.ToString();
        Assert.DoesNotContain("S3CRET", text);
        Assert.Contains("signing key set", text);
    }

    [Fact]
    public void The_signature_is_the_contract_HMAC_over_the_documented_bytes()
    {
        string key = new('a', 64);
        string sha = new('b', 64);
        byte[] expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes("k\u00e9y"), Encoding.UTF8.GetBytes("pixazo-tts-signature/1\n" + key + "\n" + sha + "\n"));

        string signature = RemoteEntrySignature.Compute("k\u00e9y", key, sha);

        Assert.Equal("hmac-sha256:" + Convert.ToHexString(expected).ToLowerInvariant(), signature);
        Assert.True(RemoteEntrySignature.Verify("k\u00e9y", key, sha, signature));
        Assert.False(RemoteEntrySignature.Verify("key", key, sha, signature));
        Assert.False(RemoteEntrySignature.Verify("k\u00e9y", key, new string('c', 64), signature));
    }

    [Fact]
    public void Layout_is_the_local_one()
    {
        string key = TestEntries.Key(TtsModels.Gateway, "Hello", "Kore", "en-US");
        Assert.Equal("v1/" + key[..2] + "/" + key + ".wav", RemoteCacheLayout.WavName(key));
        Assert.Equal("v1/" + key[..2] + "/" + key + ".json", RemoteCacheLayout.MetadataName(key));
        Assert.Throws<ArgumentException>(() => RemoteCacheLayout.WavName("../../etc/passwd"));
    }
}
