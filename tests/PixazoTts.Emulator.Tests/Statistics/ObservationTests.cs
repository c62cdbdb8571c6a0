using System.Net;
using System.Text.Json;
using PixazoTts.Emulator.Tests.Infrastructure;
using TestGateway = PixazoTts.Emulator.Tests.Infrastructure.Gateway;

namespace PixazoTts.Emulator.Tests.Statistics;

/// <summary>
/// What a test can observe of its clients through the emulator: <c>peak_in_flight</c> (the concurrency the gateway
/// really saw) and <c>GET /_emulator/requests</c> (what each accepted job asked for).
/// </summary>
public sealed class ObservationTests
{
    [Fact]
    public async Task Peak_in_flight_is_the_most_unfinished_jobs_at_one_time_and_a_reset_zeroes_it()
    {
        var clock = new ManualClock(ManualClock.DocumentationStart);
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 10_000 }, clock);

        string first = await gateway.SubmitAsync();
        await gateway.SubmitAsync();
        await gateway.SubmitAsync();
        Assert.Equal(3, (await gateway.StatsAsync()).GetProperty("peak_in_flight").GetInt32());

        // Three finish, one more starts: in flight drops to 1, the peak stays at 3.
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal("COMPLETED", (await gateway.WaitForTerminalAsync(first)).Body.GetProperty("status").GetString());
        await gateway.SubmitAsync();
        var stats = await gateway.StatsAsync();
        Assert.Equal(1, stats.GetProperty("in_flight").GetInt32());
        Assert.Equal(3, stats.GetProperty("peak_in_flight").GetInt32());
        Assert.Equal(3, gateway.Host.Stats.PeakInFlight);

        using (var reset = await gateway.Http.PostAsync("_emulator/reset", null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        Assert.Equal(0, (await gateway.StatsAsync()).GetProperty("peak_in_flight").GetInt32());
    }

    [Fact]
    public async Task Requests_lists_what_each_accepted_job_asked_for_in_order_and_never_a_refused_one_or_the_key()
    {
        await using var gateway = await TestGateway.StartAsync();
        string documented = await gateway.SubmitAsync();
        string plain = await gateway.SubmitAsync(new { text = "Only text." });
        using (var refused = await gateway.GenerateAsync(new { text = "" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }

        using var response = await gateway.Http.GetAsync("_emulator/requests");
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(TestGateway.Key, body, StringComparison.Ordinal);
        var requests = JsonDocument.Parse(body).RootElement.EnumerateArray().ToList();
        Assert.Equal(2, requests.Count);
        Assert.Equal(documented, requests[0].GetProperty("request_id").GetString());
        Assert.Equal("Hey there, I am a new text to speech model and I can say things in many different ways.", requests[0].GetProperty("text").GetString());
        Assert.Equal("Algenib", requests[0].GetProperty("voice").GetString());
        Assert.Equal("Say this in a dramatic, theatrical tone", requests[0].GetProperty("prompt").GetString());
        Assert.Equal("en-GB", requests[0].GetProperty("language_code").GetString());
        Assert.Equal(plain, requests[1].GetProperty("request_id").GetString());
        Assert.Equal("Only text.", requests[1].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, requests[1].GetProperty("voice").ValueKind);
        Assert.Equal(JsonValueKind.Null, requests[1].GetProperty("prompt").ValueKind);
        Assert.Equal(JsonValueKind.Null, requests[1].GetProperty("language_code").ValueKind);
        Assert.Equal([documented, plain], gateway.Host.Requests.Select(r => r.RequestId));

        gateway.Host.Reset();
        Assert.Empty(gateway.Host.Requests);
    }
}
