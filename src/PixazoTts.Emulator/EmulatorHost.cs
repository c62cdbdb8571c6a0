using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PixazoTts.Emulator.Billing;
using PixazoTts.Emulator.Documents;
using PixazoTts.Emulator.Endpoints;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Hosting;
using PixazoTts.Emulator.Jobs;
using PixazoTts.Emulator.Statistics;
using PixazoTts.Emulator.Webhooks;

namespace PixazoTts.Emulator;

/// <summary>
/// The emulator running in this process on real loopback HTTP (Kestrel): what tests start, and what the command
/// line runs. Dispose it to stop it. It never takes process signals (SIGINT, SIGTERM): the process that embeds it
/// decides when it stops.
/// </summary>
public sealed class EmulatorHost : IAsyncDisposable
{
    /// <summary>
    /// How long stopping waits for requests still being answered before it drops them. Jobs are simulated timers
    /// and webhooks are best effort, so nothing is worth the default 30 s of draining.
    /// </summary>
    internal static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(3);

    private readonly WebApplication _app;
    private readonly EmulatorState _state;
    private int _disposed;

    private EmulatorHost(WebApplication app, Uri baseUrl)
    {
        _app = app;
        _state = app.Services.GetRequiredService<EmulatorState>();
        BaseUrl = baseUrl;
    }

    /// <summary>The address the emulator actually listens on (the real port when started on port 0), e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The host's services, for tests that check how it is put together.</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>A snapshot of the counters, the same as <c>GET /_emulator/stats</c>.</summary>
    public EmulatorStats Stats => _state.Snapshot();

    /// <summary>What every accepted job asked for, in the order they were accepted (the same as <c>GET /_emulator/requests</c>).</summary>
    public IReadOnlyList<EmulatorRequest> Requests => _state.Requests();

    /// <summary>Starts an emulator.</summary>
    /// <param name="options">Its behaviour; validated (an out-of-range setting throws <see cref="ArgumentException"/>).</param>
    /// <param name="url">Where to listen (Kestrel URL syntax, several separated by ';'); port 0 picks a free port.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<EmulatorHost> StartAsync(EmulatorOptions options, string url = "http://127.0.0.1:0", CancellationToken cancellationToken = default) =>
        StartAsync(options, url, configureLogging: null, timeProvider: null, cancellationToken);

    /// <summary>Forgets every job, zeroes the counters, refills the wallet and restarts the seeded random streams (like <c>POST /_emulator/reset</c>).</summary>
    public void Reset() => _state.Reset();

    /// <summary>
    /// Completes when <paramref name="cancellationToken"/> fires (the command line's Ctrl+C / SIGTERM) or the host
    /// is stopped from inside (<see cref="IHostApplicationLifetime.StopApplication"/>); the caller then disposes it.
    /// </summary>
    internal async Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(_app.Lifetime.ApplicationStopping, cancellationToken);
        try
        {
            await Task.Delay(Timeout.Infinite, stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop: the caller disposes the host.
        }
    }

    /// <summary>Stops listening and ends pending jobs and webhooks; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Starts an emulator with the command line's logging, or (tests) a clock of the test's own.</summary>
    internal static async Task<EmulatorHost> StartAsync(EmulatorOptions options, string url, Action<ILoggingBuilder>? configureLogging, TimeProvider? timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(url);
        options.Validate();
        ListenUrls.Validate(url);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);

        var services = builder.Services;
        services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);

        // Registered after the builder's console lifetime, so this one wins (see SignalFreeLifetime for why).
        services.AddSingleton<IHostLifetime, SignalFreeLifetime>();
        services.AddSingleton(options);
        services.AddSingleton(new JobClock(timeProvider ?? TimeProvider.System));
        services.AddSingleton<EmulatorCounters>();
        services.AddSingleton(_ => new Wallet(options.BalanceUsd, options.PriceUsd));
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<StatusBodyFactory>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddSingleton<JobStore>();
        services.AddSingleton<GatewayFront>();
        services.AddSingleton<EmulatorState>();

        var app = builder.Build();
        AboutEndpoint.Map(app);
        GenerateEndpoint.Map(app);
        StatusEndpoint.Map(app);
        MediaEndpoint.Map(app);
        StatsEndpoint.Map(app);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A port in use or a cancelled start: release what Build() created before reporting it.
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var bound = addresses.FirstOrDefault() ?? throw new InvalidOperationException("The emulator did not bind to any address.");
        return new EmulatorHost(app, new Uri(bound.EndsWith('/') ? bound : bound + "/"));
    }
}
