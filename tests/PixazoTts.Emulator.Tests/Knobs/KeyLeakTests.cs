using System.Net;
using TestGateway = PixazoTts.Emulator.Tests.Infrastructure.Gateway;

namespace PixazoTts.Emulator.Tests.Knobs;

/// <summary>
/// <c>key_leaks</c> counts requests that carry the key where it must not go: the media path (it stands for the CDN,
/// another host in production) with the key header or an Authorization header, and a status request with the key
/// on another origin than the one the job was submitted to.
/// </summary>
public sealed class KeyLeakTests
{
    [Theory]
    [InlineData("Ocp-Apim-Subscription-Key", "the-key")]
    [InlineData("Authorization", "Bearer the-key")]
    public async Task A_media_request_with_credentials_is_a_leak_and_one_without_is_not(string header, string value)
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0 });
        var (status, _) = await gateway.WaitForTerminalAsync(await gateway.SubmitAsync());
        string mediaUrl = status.GetProperty("output").GetProperty("media_url")[0].GetString()!;

        using (var clean = await gateway.Http.GetAsync(mediaUrl))
        {
            Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        }

        using var leaking = new HttpRequestMessage(HttpMethod.Get, mediaUrl);
        leaking.Headers.TryAddWithoutValidation(header, value);
        using (var answered = await gateway.Http.SendAsync(leaking))
        {
            // The CDN still serves it: a leak is counted, not refused, so a test sees it instead of a mystery failure.
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        var stats = await gateway.StatsAsync();
        Assert.Equal(1, stats.GetProperty("key_leaks").GetInt32());
        Assert.Equal(2, stats.GetProperty("media").GetInt32());
    }

    [Fact]
    public async Task A_status_request_with_the_key_on_another_origin_is_a_leak()
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0 });
        string id = await gateway.SubmitAsync();
        var otherOrigin = new UriBuilder(gateway.Host.BaseUrl) { Host = "localhost" }.Uri;

        using (await gateway.StatusAsync(id))
        {
        }

        Assert.Equal(0, (await gateway.StatsAsync()).GetProperty("key_leaks").GetInt32());
        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, new Uri(otherOrigin, "v2/requests/status/" + id));
        elsewhere.Headers.Add("Ocp-Apim-Subscription-Key", TestGateway.Key);
        using (var answered = await gateway.Http.SendAsync(elsewhere))
        {
            Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        }

        Assert.Equal(1, (await gateway.StatsAsync()).GetProperty("key_leaks").GetInt32());
    }
}
