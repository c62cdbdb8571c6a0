namespace PixazoTts.Build.Tasks.Tests;

/// <summary><see cref="TtsBuildSettings"/>: validation, precedence (property over environment over default), and no exception for a plain misconfiguration.</summary>
public sealed class SettingsTests
{
    private static readonly Dictionary<string, string?> Home = new() { ["HOME"] = "/home/player" };

    private static (TtsBuildSettings? Settings, List<TtsDiagnostic> Problems) Create(SettingsInput input, Dictionary<string, string?>? environment = null)
    {
        var problems = new List<TtsDiagnostic>();
        environment ??= Home;
        var settings = TtsBuildSettings.TryCreate(input, name => environment.TryGetValue(name, out string? value) ? value : null, problems);
        return (settings, problems);
    }

    [Fact]
    public void Defaults_apply_when_nothing_is_set()
    {
        var (settings, problems) = Create(new SettingsInput { ProjectDirectory = "/p" });

        Assert.Empty(problems);
        Assert.Equal(TtsProviderKind.Auto, settings!.Provider);
        Assert.False(settings.LockedMode);
        Assert.Equal(8, settings.MaxConcurrency);
        Assert.Equal(6, settings.MaxRetries);
        Assert.Equal(TimeSpan.FromSeconds(600), settings.JobTimeout);
        Assert.Equal(new Uri("https://gateway.pixazo.ai"), settings.BaseUrl);
        Assert.Equal(Path.Combine("/home/player", ".cache", "pixazo-tts"), settings.CacheRoot);
        Assert.False(settings.HasApiKey);
    }

    [Fact]
    public void A_property_that_is_set_wins_over_its_environment_variable()
    {
        var environment = new Dictionary<string, string?>
        {
            ["HOME"] = "/home/player",
            ["PIXAZO_BASE_URL"] = "http://127.0.0.1:1/",
            ["PIXAZO_TTS_CACHE"] = "/env/cache",
            ["PIXAZO_API_KEY"] = "env-key",
        };
        var (settings, problems) = Create(new SettingsInput
        {
            ProjectDirectory = "/p",
            BaseUrl = "http://127.0.0.1:2/",
            CacheDirectory = "relative/cache",
            ApiKey = "property-key",
        }, environment);

        Assert.Empty(problems);
        Assert.Equal(new Uri("http://127.0.0.1:2/"), settings!.BaseUrl);
        Assert.Equal(Path.GetFullPath("/p/relative/cache"), settings.CacheRoot);
        Assert.Equal("property-key", settings.ApiKey);

        var (fromEnvironment, _) = Create(new SettingsInput { ProjectDirectory = "/p" }, environment);
        Assert.Equal(new Uri("http://127.0.0.1:1/"), fromEnvironment!.BaseUrl);
        Assert.Equal("/env/cache", fromEnvironment.CacheRoot);
        Assert.Equal("env-key", fromEnvironment.ApiKey);
    }

    [Theory]
    [InlineData("Provider", "Sometimes", "TtsProvider")]
    [InlineData("LockedMode", "yes", "TtsLockedMode")]
    [InlineData("MaxConcurrency", "0", "TtsMaxConcurrency")]
    [InlineData("MaxConcurrency", "65", "TtsMaxConcurrency")]
    [InlineData("MaxRetries", "-1", "TtsMaxRetries")]
    [InlineData("JobTimeout", "1.5", "TtsJobTimeout")]
    [InlineData("BaseUrl", "ftp://gateway", "PixazoBaseUrl")]
    public void An_invalid_value_is_PTTS2004_naming_the_setting(string parameter, string value, string name)
    {
        var input = parameter switch
        {
            "Provider" => new SettingsInput { ProjectDirectory = "/p", Provider = value },
            "LockedMode" => new SettingsInput { ProjectDirectory = "/p", LockedMode = value },
            "MaxConcurrency" => new SettingsInput { ProjectDirectory = "/p", MaxConcurrency = value },
            "MaxRetries" => new SettingsInput { ProjectDirectory = "/p", MaxRetries = value },
            "JobTimeout" => new SettingsInput { ProjectDirectory = "/p", JobTimeout = value },
            _ => new SettingsInput { ProjectDirectory = "/p", BaseUrl = value },
        };

        var (settings, problems) = Create(input);

        Assert.Null(settings);
        var problem = Assert.Single(problems);
        Assert.Equal("PTTS2004", problem.Code);
        Assert.StartsWith(name + " has the invalid value '" + value + "'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_home_and_no_cache_setting_is_PTTS2006_not_an_exception()
    {
        var (settings, problems) = Create(new SettingsInput { ProjectDirectory = "/p" }, new Dictionary<string, string?>());

        Assert.Null(settings);
        var problem = Assert.Single(problems);
        Assert.Equal("PTTS2006", problem.Code);
        Assert.Contains("PIXAZO_TTS_CACHE", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_description_for_logs_never_shows_the_key()
    {
        var (settings, _) = Create(new SettingsInput { ProjectDirectory = "/p", ApiKey = "sk-secret-value" });

        Assert.DoesNotContain("sk-secret-value", settings!.ToString(), StringComparison.Ordinal);
        Assert.Contains("API key set", settings.ToString(), StringComparison.Ordinal);
    }
}
