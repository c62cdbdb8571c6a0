using System.Net;
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
        // The receiver listens on port 0 and reports the port it bound: no port is picked first and bound later,
        // which a test class running in parallel could take in between.
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 100, RateFailed = failedRate });

        string requestId = await gateway.SubmitAsync(webhook: receiver.Url.AbsoluteUri);
        var delivery = await receiver.NextAsync();

        Assert.Equal("/webhook/callback", delivery.Path);
        Assert.Equal("application/json", delivery.ContentType?.Split(';')[0]);
        Assert.False(delivery.Headers.ContainsKey("Ocp-Apim-Subscription-Key"));
        OpenApiSpec.AssertMatches("RequestStatus", delivery.Body);
        var payload = JsonDocument.Parse(delivery.Body).RootElement;
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
}
