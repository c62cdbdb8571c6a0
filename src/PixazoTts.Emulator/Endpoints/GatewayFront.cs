using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Hosting;
using PixazoTts.Emulator.Statistics;

namespace PixazoTts.Emulator.Endpoints;

/// <summary>
/// What every gateway request (generate and status) goes through before its own handling, in this order: the
/// <c>--slow-ms</c> delay, a dropped connection (<c>--rate-drop</c>), the key check (401 missing or wrong key, 403
/// the forbidden key), then injected 500 and 429 answers.
/// </summary>
internal sealed class GatewayFront
{
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly EmulatorOptions _options;
    private readonly EmulatorCounters _counters;
    private readonly IHostApplicationLifetime _lifetime;

    public GatewayFront(EmulatorOptions options, EmulatorCounters counters, IHostApplicationLifetime lifetime)
    {
        _options = options;
        _counters = counters;
        _lifetime = lifetime;
    }

    /// <summary>The answer that ends the request early, or null to go on.</summary>
    public async Task<IResult?> EnterAsync(HttpContext context, GatewayFault fault)
    {
        if (_options.SlowMs > 0)
        {
            using var slow = ShutdownToken.For(context, _lifetime);
            try
            {
                await Task.Delay(_options.SlowMs, slow.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The client went away or the emulator is stopping: nobody waits for this answer any more.
                context.Abort();
                return Results.Empty;
            }
        }

        if (fault == GatewayFault.Drop)
        {
            _counters.CountDropped();
            context.Abort();
            return Results.Empty;
        }

        var key = context.Request.Headers[KeyHeader].ToString();
        if (key.Length == 0)
        {
            return GatewayErrors.MissingKey();
        }

        if (_options.ForbiddenKey is { } forbidden && string.Equals(key, forbidden, StringComparison.Ordinal))
        {
            return GatewayErrors.Forbidden();
        }

        if (_options.ApiKey is { } expected && !string.Equals(key, expected, StringComparison.Ordinal))
        {
            return GatewayErrors.InvalidKey();
        }

        switch (fault)
        {
            case GatewayFault.ServerError:
                _counters.CountServerError();
                return GatewayErrors.ServerError();
            case GatewayFault.RateLimited:
                _counters.CountRateLimited();
                return GatewayErrors.TooManyRequests(context.Response, _options.RetryAfterSeconds);
            default:
                return null;
        }
    }
}
