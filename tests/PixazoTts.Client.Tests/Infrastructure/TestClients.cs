using PixazoTts.Client.Polling;

namespace PixazoTts.Client.Tests.Infrastructure;

/// <summary>Clients with short delays, so failure paths run in milliseconds rather than minutes.</summary>
internal static class TestClients
{
    /// <summary>A key recognisable in any text it should never appear in.</summary>
    public const string Key = "pixazo-client-tests-key-5d1e9a";

    public static readonly PollScheduleSettings FastPolling = new()
    {
        FirstCheckWithoutHistory = TimeSpan.FromMilliseconds(50),
        FirstCheckMargin = TimeSpan.FromMilliseconds(20),
        Interval = TimeSpan.FromMilliseconds(50),
        Growth = 1.5,
        MaxInterval = TimeSpan.FromMilliseconds(500),
    };

    public static PixazoTtsClientOptions Options(Uri baseUrl, string key = Key) => new()
    {
        BaseUrl = baseUrl,
        ApiKey = key,
        JobTimeout = TimeSpan.FromSeconds(30),
        MaxRetryAttempts = 3,
        RetryBaseDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(100),
        AttemptTimeout = TimeSpan.FromSeconds(10),
    };

    public static PixazoTtsClient Create(Uri baseUrl, Action<PixazoTtsClientOptions>? configure = null)
    {
        var options = Options(baseUrl);
        configure?.Invoke(options);
        return new PixazoTtsClient(options) { PollScheduleSettings = FastPolling };
    }

    /// <summary>The documentation's example request.</summary>
    public static TtsSynthesisRequest DocumentationExample { get; } = new(
        "Hey there, I am a new text to speech model and I can say things in many different ways.",
        "Algenib",
        "Say this in a dramatic, theatrical tone",
        "en-GB");

    public static void AssertKeyFree(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            Assert.DoesNotContain(Key, current.Message);
        }

        Assert.DoesNotContain(Key, exception.ToString());
    }

    /// <summary>
    /// What a user sees is the documented text: the message is exactly the descriptor's format (the one
    /// docs/diagnostics.md lists, checked by Core's documentation test) with this failure's detail in it.
    /// </summary>
    public static void AssertIsDocumented(PixazoTtsException exception)
    {
        Assert.Same(TtsDiagnosticDescriptors.Find(exception.Code), exception.Descriptor);
        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, exception.Descriptor.MessageFormat, exception.Detail), exception.Message);
        Assert.DoesNotContain('\n', exception.Message);
    }
}
