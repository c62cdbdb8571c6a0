using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PixazoTts.Client.Tests.Infrastructure;

/// <summary>
/// A second loopback origin that stands for a CDN, a proxy in front of the emulator, or a webhook
/// receiver: it redirects or relays requests to the emulator (or records them), and counts every
/// request that carries the API key (a leak, since it is not the gateway's origin).
/// </summary>
internal sealed class ForeignOriginServer : IAsyncDisposable
{
    private const string KeyHeader = "Ocp-Apim-Subscription-Key";

    private readonly WebApplication app;
    private int keyLeaks;
    private int requests;

    private ForeignOriginServer(WebApplication app) => this.app = app;

    /// <summary>The server's own origin.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public int KeyLeaks => Volatile.Read(ref keyLeaks);

    /// <summary>Where media requests are sent on to (set once the emulator is up).</summary>
    public Uri? Target { get; set; }

    /// <summary>The first POST body received (Record mode).</summary>
    public TaskCompletionSource<string> FirstPost { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Requests => Volatile.Read(ref requests);

    /// <param name="mode">How: Redirect answers 302 hops (then to <see cref="Target"/>), Relay streams
    /// the target's body without a Content-Length, RedirectToFile answers 302 to a file: URL, Record
    /// keeps POST bodies and answers 200.</param>
    /// <param name="hops">Redirects within this server before the last one to the target.</param>
    public static async Task<ForeignOriginServer> StartAsync(ForeignOriginMode mode, int hops = 0)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ForeignOriginServer(app);
        var relay = new HttpClient();
        app.Lifetime.ApplicationStopped.Register(relay.Dispose);

        app.Run(async context =>
        {
            Interlocked.Increment(ref server.requests);
            if (context.Request.Headers.ContainsKey(KeyHeader))
            {
                Interlocked.Increment(ref server.keyLeaks);
            }

            var path = context.Request.Path.Value ?? "/";
            var target = server.Target ?? new Uri("http://127.0.0.1:9/");
            var hop = int.TryParse(context.Request.Query["hop"], out var h) ? h : 0;
            switch (mode)
            {
                case ForeignOriginMode.Redirect when hop < hops:
                    context.Response.Redirect($"{path}?hop={hop + 1}");
                    return;
                case ForeignOriginMode.Redirect:
                    context.Response.Redirect(new Uri(target, path).ToString());
                    return;
                case ForeignOriginMode.RedirectToFile:
                    context.Response.Redirect("file:///etc/passwd");
                    return;
                case ForeignOriginMode.Record:
                    using (var reader = new StreamReader(context.Request.Body))
                    {
                        server.FirstPost.TrySetResult(await reader.ReadToEndAsync(context.RequestAborted));
                    }

                    return;
                default:
                    using (var upstream = await relay.GetAsync(new Uri(target, path), HttpCompletionOption.ResponseHeadersRead, context.RequestAborted))
                    {
                        context.Response.StatusCode = (int)upstream.StatusCode;
                        context.Response.ContentType = upstream.Content.Headers.ContentType?.ToString();
                        await using var body = await upstream.Content.ReadAsStreamAsync(context.RequestAborted);
                        // No Content-Length: the client must count while streaming.
                        await body.CopyToAsync(context.Response.Body, context.RequestAborted);
                    }

                    return;
            }
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.EndsWith('/') ? address : address + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

public enum ForeignOriginMode
{
    Redirect,
    Relay,
    RedirectToFile,
    Record,
}
