using System.Net;
using System.Text.Json;
using PixazoTts.Emulator.Tests.Infrastructure;
using TestGateway = PixazoTts.Emulator.Tests.Infrastructure.Gateway;

namespace PixazoTts.Emulator.Tests.Knobs;

/// <summary>
/// <c>--slow-ms</c>: a gateway that answers late. The answers are late but still the documented ones; a client that
/// stops waiting gets nothing and leaves no job behind; and a slow answer still pending does not hold the emulator
/// when it is told to stop.
/// </summary>
public sealed class SlowAnswerTests
{
    // Far beyond any bound below, so a late answer can never be mistaken for a prompt one on a busy machine.
    private const int VerySlowMs = 600_000;

    [Fact]
    public async Task A_slow_answer_is_still_the_documented_answer()
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, SlowMs = 150 });

        using var submitted = await gateway.GenerateAsync();
        string accepted = await submitted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        OpenApiSpec.AssertAnswerConforms("post", OpenApiSpec.GeneratePath, submitted, accepted);

        string requestId = JsonDocument.Parse(accepted).RootElement.GetProperty("request_id").GetString()!;
        using var status = await gateway.StatusAsync(requestId);
        string body = await status.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);
        OpenApiSpec.AssertAnswerConforms("get", OpenApiSpec.StatusPath, status, body);
        Assert.Equal("COMPLETED", JsonDocument.Parse(body).RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_client_that_stops_waiting_for_a_slow_answer_gets_none_and_leaves_no_job()
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, SlowMs = VerySlowMs });
        using var impatient = new HttpClient { BaseAddress = gateway.Host.BaseUrl, Timeout = TimeSpan.FromSeconds(1) };
        using var request = new HttpRequestMessage(HttpMethod.Post, TestGateway.GeneratePath)
        {
            Content = new StringContent(TestGateway.ExampleRequestJson, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", TestGateway.Key);

        await Assert.ThrowsAsync<TaskCanceledException>(() => impatient.SendAsync(request));

        // The delay comes before anything else, so the abandoned request created no job and cost nothing.
        var stats = await gateway.StatsAsync();
        Assert.Equal(1, stats.GetProperty("generate").GetInt32());
        Assert.Equal(0, stats.GetProperty("accepted").GetInt32());
        Assert.Equal(0, stats.GetProperty("in_flight").GetInt32());
        Assert.Equal(0m, stats.GetProperty("charged_usd").GetDecimal());
    }

    [Fact]
    public async Task Stopping_the_emulator_ends_a_slow_answer_that_is_still_pending()
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, SlowMs = VerySlowMs });
        using var patient = new HttpClient { BaseAddress = gateway.Host.BaseUrl, Timeout = Timeout.InfiniteTimeSpan };
        using var request = new HttpRequestMessage(HttpMethod.Get, "v2/requests/status/gemini-flash-tts_00000000-0000-0000-0000-000000000000");
        request.Headers.Add("Ocp-Apim-Subscription-Key", TestGateway.Key);
        Task<HttpResponseMessage> pending = patient.SendAsync(request);

        // Stop only once the emulator is holding the request, not while it is still on its way.
        while (gateway.Host.Stats.Status == 0)
        {
            Assert.False(pending.IsCompleted, "the slow request was answered at once");
            await Task.Delay(20);
        }

        // A hang guard, not a timing claim: the answer was due in ten minutes, so getting here at all is the point.
        // (Disposing twice is harmless: the using above then does nothing.)
        await gateway.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(60));
        await Assert.ThrowsAsync<HttpRequestException>(() => pending.WaitAsync(TimeSpan.FromSeconds(60)));
    }
}
