using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PixazoTts.Emulator.Tests.Infrastructure;

/// <summary>A user's webhook server on loopback (a second Kestrel): records every POST it receives and answers 200.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<Delivery> _deliveries;

    private WebhookReceiver(WebApplication app, Channel<Delivery> deliveries, Uri url)
    {
        _app = app;
        _deliveries = deliveries;
        Url = url;
    }

    /// <summary>Where to point <c>X-Webhook-URL</c>.</summary>
    public Uri Url { get; }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var deliveries = Channel.CreateUnbounded<Delivery>();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost("/webhook/callback", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            string body = await reader.ReadToEndAsync(context.RequestAborted);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            await deliveries.Writer.WriteAsync(new Delivery(context.Request.Path.Value ?? string.Empty, context.Request.ContentType, headers, body), context.RequestAborted);
            return Results.Ok();
        });
        await app.StartAsync();
        string address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new WebhookReceiver(app, deliveries, new Uri(new Uri(address), "/webhook/callback"));
    }

    /// <summary>The next delivery; fails the test if none comes within a generous bound (a liveness guard, not a timing check).</summary>
    public async Task<Delivery> NextAsync()
    {
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _deliveries.Reader.ReadAsync(bound.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Delivery(string Path, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body);
}
