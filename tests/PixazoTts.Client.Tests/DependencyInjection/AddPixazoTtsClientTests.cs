using System.Collections.Concurrent;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PixazoTts.Audio;
using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.DependencyInjection;

/// <summary>
/// services.AddPixazoTtsClient(...) against the emulator over loopback: the client goes through IHttpClientFactory (the
/// app's handlers and HTTP logging see its requests), options come from code or configuration, and the key is in no log.
/// </summary>
public class AddPixazoTtsClientTests
{
    private static readonly TtsSynthesisRequest Line = new("Welcome back, adventurer.", "Kore");

    [Fact]
    public async Task The_registered_client_sends_through_the_apps_handlers_and_logging_and_the_key_is_in_no_log()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 100 });
        var logs = new CapturingLoggerProvider();
        var seenByApp = new ConcurrentQueue<Uri>();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddPixazoTtsClient(options =>
            {
                options.BaseUrl = emulator.BaseUrl;
                options.ApiKey = TestClients.Key;
            })
            .AddHttpMessageHandler(() => new RecordingHandler(seenByApp))
            // The application asks for every header value in its logs: the key must stay redacted all the same.
            .RedactLoggedHeaders(_ => false);

        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<PixazoTtsClient>();
        var result = await client.SynthesizeAsync(Line);

        Assert.True(WavFile.TryInspect(result.Wav, out _, out var problem), problem);
        Assert.Same(client, provider.GetRequiredService<PixazoTtsClient>());

        // The app's handler saw the submission, the status checks and the media download.
        Assert.Contains(seenByApp, url => url.AbsolutePath.EndsWith("/generate", StringComparison.Ordinal));
        Assert.Contains(seenByApp, url => url.AbsolutePath.Contains("/v2/requests/status/", StringComparison.Ordinal));
        Assert.Contains(seenByApp, url => url.AbsolutePath.StartsWith("/_cdn/", StringComparison.Ordinal));

        // The factory's logging ran (with headers at Trace level), and the key header is there only redacted.
        var text = string.Join(Environment.NewLine, logs.Messages);
        Assert.Contains("System.Net.Http.HttpClient." + PixazoTtsServiceCollectionExtensions.HttpClientName, string.Join(Environment.NewLine, logs.Categories));
        Assert.Contains("Ocp-Apim-Subscription-Key", text);
        Assert.Contains("User-Agent: PixazoTts.Build/1.0", text);
        Assert.DoesNotContain(TestClients.Key, text);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task Options_are_bound_from_the_PixazoTts_section_of_configuration()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 100, ApiKey = TestClients.Key });
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["PixazoTts:BaseUrl"] = emulator.BaseUrl.ToString(),
                ["PixazoTts:ApiKey"] = TestClients.Key,
                ["PixazoTts:MaxRetryAttempts"] = "2",
                ["PixazoTts:JobTimeout"] = "00:01:30",
                ["PixazoTts:MaxDownloadBytes"] = "1048576",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddPixazoTtsClient(configuration);

        await using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<PixazoTtsClientOptions>>().Value;
        Assert.Equal(emulator.BaseUrl, options.BaseUrl);
        Assert.Equal(2, options.MaxRetryAttempts);
        Assert.Equal(TimeSpan.FromSeconds(90), options.JobTimeout);
        Assert.Equal(1048576, options.MaxDownloadBytes);

        var result = await provider.GetRequiredService<PixazoTtsClient>().SynthesizeAsync(Line);
        Assert.Equal(24000, result.Audio.SampleRate);
        Assert.Equal(1, emulator.Stats.Completed);
    }

    [Fact]
    public void Another_section_can_be_named_and_a_missing_key_is_a_clear_error_on_first_use()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Voice:Gateway:BaseUrl"] = "http://127.0.0.1:9/",
                ["PixazoTts:ApiKey"] = TestClients.Key,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddPixazoTtsClient(configuration, "Voice:Gateway");

        using var provider = services.BuildServiceProvider();
        Assert.Equal(new Uri("http://127.0.0.1:9/"), provider.GetRequiredService<IOptions<PixazoTtsClientOptions>>().Value.BaseUrl);

        // Only the named section counts: PixazoTts:ApiKey is not read, so the key is missing.
        var error = Assert.Throws<ArgumentException>(() => provider.GetRequiredService<PixazoTtsClient>());
        Assert.Contains("ApiKey is required", error.Message);
    }

    [Fact]
    public void A_primary_handler_the_app_configures_is_switched_to_no_redirects_so_the_key_cannot_follow_one()
    {
        var services = new ServiceCollection();
        services.AddPixazoTtsClient(options => options.ApiKey = TestClients.Key)
            .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler { AllowAutoRedirect = true });

        using var provider = services.BuildServiceProvider();
        _ = provider.GetRequiredService<PixazoTtsClient>();
        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(PixazoTtsServiceCollectionExtensions.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        var primary = Assert.IsType<HttpClientHandler>(handler);
        Assert.False(primary.AllowAutoRedirect);
    }

    [Fact]
    public void The_default_transport_never_follows_redirects_and_adding_twice_registers_one_client()
    {
        var services = new ServiceCollection();
        services.AddPixazoTtsClient(options => options.ApiKey = TestClients.Key);
        services.AddPixazoTtsClient(options => options.MaxRetryAttempts = 1);

        Assert.Single(services, service => service.ServiceType == typeof(PixazoTtsClient));
        using var provider = services.BuildServiceProvider();
        var options = provider.GetRequiredService<IOptions<PixazoTtsClientOptions>>().Value;
        Assert.Equal(TestClients.Key, options.ApiKey);
        Assert.Equal(1, options.MaxRetryAttempts);

        var handler = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(PixazoTtsServiceCollectionExtensions.HttpClientName);
        while (handler is DelegatingHandler delegating)
        {
            handler = delegating.InnerHandler!;
        }

        Assert.False(Assert.IsType<SocketsHttpHandler>(handler).AllowAutoRedirect);
    }

    [Fact]
    public async Task Disposing_the_container_disposes_the_client()
    {
        var services = new ServiceCollection();
        services.AddPixazoTtsClient(options => options.ApiKey = TestClients.Key);
        var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<PixazoTtsClient>();

        await provider.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => client.SynthesizeAsync(Line));
    }

    private sealed class RecordingHandler(ConcurrentQueue<Uri> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue(request.RequestUri!);
            return base.SendAsync(request, cancellationToken);
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ConcurrentQueue<string> Categories { get; } = new();

        public ILogger CreateLogger(string categoryName)
        {
            Categories.Enqueue(categoryName);
            return new CapturingLogger(this);
        }

        public void Dispose()
        {
        }

        private sealed class CapturingLogger(CapturingLoggerProvider owner) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Messages.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : Environment.NewLine + exception));
        }
    }
}
