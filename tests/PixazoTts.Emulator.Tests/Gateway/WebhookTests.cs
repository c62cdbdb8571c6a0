using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using PixazoTts.Emulator.Tests.Infrastructure;

namespace PixazoTts.Emulator.Tests.Gateway;

/// <summary>With <c>X-Webhook-URL</c>, the terminal status is POSTed to the user's server, with no polling at all.</summary>
public sealed class WebhookTests
{
    [Theory]
    [InlineData(0.0, "COMPLETED")]
    [InlineData(1.0, "FAILED")]
    public async Task The_terminal_status_is_posted_to_the_webhook_url_as_the_spec_describes(double failedRate, string expected)
    {
        int port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/hooks/");
        listener.Start();
        await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 100, RateFailed = failedRate });

        string requestId = await gateway.SubmitAsync(webhook: $"http://127.0.0.1:{port}/hooks/tts");
        var receiving = listener.GetContextAsync();
        var context = await receiving.WaitAsync(TimeSpan.FromSeconds(30));
        string body;
        using (var reader = new StreamReader(context.Request.InputStream))
        {
            body = await reader.ReadToEndAsync();
        }

        context.Response.StatusCode = 200;
        context.Response.Close();

        Assert.Equal("POST", context.Request.HttpMethod);
        Assert.Equal("/hooks/tts", context.Request.Url!.AbsolutePath);
        Assert.Null(context.Request.Headers["Ocp-Apim-Subscription-Key"]);
        OpenApiSpec.AssertMatches("RequestStatus", body);
        var payload = JsonDocument.Parse(body).RootElement;
        Assert.Equal(requestId, payload.GetProperty("request_id").GetString());
        Assert.Equal(expected, payload.GetProperty("status").GetString());
        Assert.Equal(0, (await gateway.StatsAsync()).GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_webhook_header_that_is_not_an_absolute_url_is_400()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync();

        using var response = await gateway.GenerateAsync(webhook: "not a url");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        OpenApiSpec.AssertMatches("ErrorResponse", await response.Content.ReadAsStringAsync());
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
