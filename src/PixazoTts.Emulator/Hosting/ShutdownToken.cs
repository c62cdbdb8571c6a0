using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace PixazoTts.Emulator.Hosting;

/// <summary>
/// A request's token that also fires when the emulator stops, for the handlers that wait on purpose (<c>--slow-ms</c>)
/// or stream for long (the oversize media): without it, stopping waits for them until the shutdown timeout.
/// </summary>
internal static class ShutdownToken
{
    public static CancellationTokenSource For(HttpContext context, IHostApplicationLifetime lifetime) =>
        CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, lifetime.ApplicationStopping);
}
