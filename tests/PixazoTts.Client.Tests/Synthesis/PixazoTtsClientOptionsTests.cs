namespace PixazoTts.Client.Tests.Synthesis;

public class PixazoTtsClientOptionsTests
{
    private const string Key = "options-secret-key-3b8e";

    [Fact]
    public void ToString_describes_the_settings_without_the_key()
    {
        var options = new PixazoTtsClientOptions { ApiKey = Key, WebhookUrl = new Uri("https://hooks.invalid/cb") };

        var text = options.ToString();

        Assert.DoesNotContain(Key, text);
        Assert.Contains("ApiKey = (set)", text);
        Assert.Contains("https://gateway.pixazo.ai", text);
        Assert.Contains("https://hooks.invalid/cb", text);
    }

    [Fact]
    public void The_debugger_shows_ToString_and_hides_the_key_property()
    {
        var display = (System.Diagnostics.DebuggerDisplayAttribute)Attribute.GetCustomAttribute(typeof(PixazoTtsClientOptions), typeof(System.Diagnostics.DebuggerDisplayAttribute))!;
        var browsable = (System.Diagnostics.DebuggerBrowsableAttribute)Attribute.GetCustomAttribute(typeof(PixazoTtsClientOptions).GetProperty(nameof(PixazoTtsClientOptions.ApiKey))!, typeof(System.Diagnostics.DebuggerBrowsableAttribute))!;

        Assert.Equal("{ToString(),nq}", display.Value);
        Assert.Equal(System.Diagnostics.DebuggerBrowsableState.Never, browsable.State);
    }

    [Fact]
    public void The_documented_defaults()
    {
        var options = new PixazoTtsClientOptions();

        Assert.Equal(new Uri("https://gateway.pixazo.ai"), options.BaseUrl);
        Assert.Equal(TimeSpan.FromMinutes(10), options.JobTimeout);
        Assert.Equal(6, options.MaxRetryAttempts);
        Assert.Equal(64L * 1024 * 1024, options.MaxDownloadBytes);
        Assert.Null(options.WebhookUrl);
    }

    public static TheoryData<string, Action<PixazoTtsClientOptions>> InvalidOptions => new()
    {
        { "ApiKey", o => o.ApiKey = "" },
        { "ApiKey", o => o.ApiKey = "abc\ndef" },
        { "BaseUrl", o => o.BaseUrl = new Uri("ftp://gateway.pixazo.ai") },
        { "BaseUrl", o => o.BaseUrl = new Uri("/relative", UriKind.Relative) },
        { "WebhookUrl", o => o.WebhookUrl = new Uri("file:///tmp/hook") },
        { "JobTimeout", o => o.JobTimeout = TimeSpan.Zero },
        { "MaxRetryAttempts", o => o.MaxRetryAttempts = -1 },
        { "MaxDownloadBytes", o => o.MaxDownloadBytes = 0 },
        { "RetryBaseDelay", o => o.RetryBaseDelay = Timeout.InfiniteTimeSpan },
        { "AttemptTimeout", o => o.AttemptTimeout = TimeSpan.FromMilliseconds(1) },
        { "MaxRetryDelay", o => o.MaxRetryDelay = TimeSpan.FromDays(2) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_options_are_refused_when_the_client_is_created_without_echoing_the_key(string parameter, Action<PixazoTtsClientOptions> spoil)
    {
        var options = new PixazoTtsClientOptions { ApiKey = Key };
        spoil(options);

        var exception = Assert.ThrowsAny<ArgumentException>(() => new PixazoTtsClient(options));

        Assert.Equal(parameter, exception.ParamName);
        Assert.DoesNotContain(Key, exception.ToString());
    }

    [Fact]
    public void A_request_needs_text()
    {
        Assert.ThrowsAny<ArgumentException>(() => new TtsSynthesisRequest(" "));
        Assert.ThrowsAny<ArgumentException>(() => new TtsSynthesisRequest(null!));
    }
}
