using System.Net;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Emulator.Tests.Infrastructure;
using TestGateway = PixazoTts.Emulator.Tests.Infrastructure.Gateway;

namespace PixazoTts.Emulator.Tests.Jobs;

/// <summary>
/// The documented status flow QUEUED → PROCESSING → COMPLETED | FAILED | ERROR, driven by a manual clock so every
/// transition and timestamp is exact: QUEUED for the first 20 % of <c>--latency-ms</c>, PROCESSING until it has
/// passed, then the terminal status, which never changes again.
/// </summary>
public sealed class StatusFlowTests
{
    private static readonly DateTimeOffset Start = ManualClock.DocumentationStart;

    [Fact]
    public async Task A_job_is_QUEUED_then_PROCESSING_then_COMPLETED_with_the_documented_timestamps()
    {
        var clock = new ManualClock(Start);
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 10_000 }, clock);
        string id = await gateway.SubmitAsync();

        var queued = await StatusAsync(gateway, id);
        AssertState(queued, "QUEUED", updatedAt: Start, completedAt: null);
        Assert.Equal(id, queued.GetProperty("request_id").GetString());
        Assert.Equal("gemini-flash-tts", queued.GetProperty("model_id").GetString());
        Assert.Equal("2026-04-17T08:22:25.893Z", queued.GetProperty("created_at").GetString());

        clock.Advance(TimeSpan.FromMilliseconds(1_999));
        AssertState(await StatusAsync(gateway, id), "QUEUED", updatedAt: Start, completedAt: null);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        AssertState(await StatusAsync(gateway, id), "PROCESSING", updatedAt: Start.AddSeconds(2), completedAt: null);
        using (var early = await gateway.Http.GetAsync("_cdn/" + id + "/output.wav"))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        clock.Advance(TimeSpan.FromMilliseconds(7_999));
        AssertState(await StatusAsync(gateway, id), "PROCESSING", updatedAt: Start.AddSeconds(2), completedAt: null);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        var completed = await StatusAsync(gateway, id);
        AssertState(completed, "COMPLETED", updatedAt: Start.AddSeconds(10), completedAt: Start.AddSeconds(10));
        Assert.Equal("2026-04-17T08:22:25.893Z", completed.GetProperty("created_at").GetString());
        Assert.Equal("2026-04-17T08:22:35.893Z", completed.GetProperty("completed_at").GetString());
        var output = completed.GetProperty("output");
        Assert.Equal("audio/wav", output.GetProperty("media_type").GetString());
        var mediaUrl = new Uri(output.GetProperty("media_url").EnumerateArray().Single().GetString()!);
        Assert.Equal(gateway.Host.BaseUrl.GetLeftPart(UriPartial.Authority), mediaUrl.GetLeftPart(UriPartial.Authority));

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(completed.GetRawText(), (await StatusAsync(gateway, id)).GetRawText());

        byte[] wav = await gateway.Http.GetByteArrayAsync(mediaUrl);
        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        Assert.Equal(24000, info!.SampleRate);
        var stats = await gateway.StatsAsync();
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
        Assert.Equal(0, stats.GetProperty("in_flight").GetInt32());
    }

    [Theory]
    [InlineData("FAILED", 0.04)]
    [InlineData("ERROR", 0.0)]
    public async Task A_job_that_fails_ends_with_its_reason_no_output_and_the_documented_charge(string outcome, double charged)
    {
        var clock = new ManualClock(Start);
        var options = new EmulatorOptions { LatencyMs = 5_000, RateFailed = outcome == "FAILED" ? 1 : 0, RateError = outcome == "ERROR" ? 1 : 0 };
        await using var gateway = await TestGateway.StartAsync(options, clock);
        string id = await gateway.SubmitAsync();

        AssertState(await StatusAsync(gateway, id), "QUEUED", updatedAt: Start, completedAt: null);
        clock.Advance(TimeSpan.FromSeconds(1));
        AssertState(await StatusAsync(gateway, id), "PROCESSING", updatedAt: Start.AddSeconds(1), completedAt: null);
        clock.Advance(TimeSpan.FromSeconds(4));
        var ended = await StatusAsync(gateway, id);

        AssertState(ended, outcome, updatedAt: Start.AddSeconds(5), completedAt: Start.AddSeconds(5));
        Assert.False(string.IsNullOrWhiteSpace(ended.GetProperty("error").GetString()));
        using (var media = await gateway.Http.GetAsync("_cdn/" + id + "/output.wav"))
        {
            Assert.Equal(HttpStatusCode.NotFound, media.StatusCode);
        }

        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(ended.GetRawText(), (await StatusAsync(gateway, id)).GetRawText());
        var stats = await gateway.StatsAsync();
        Assert.Equal((decimal)charged, stats.GetProperty("charged_usd").GetDecimal());
        Assert.Equal(outcome == "FAILED" ? 1 : 0, stats.GetProperty("failed").GetInt32());
        Assert.Equal(0, stats.GetProperty("completed").GetInt32());
    }

    [Fact]
    public async Task Without_latency_a_job_is_done_at_its_first_status_check()
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0 }, new ManualClock(Start));
        string id = await gateway.SubmitAsync();

        AssertState(await StatusAsync(gateway, id), "COMPLETED", updatedAt: Start, completedAt: Start);
    }

    [Fact]
    public async Task Beyond_max_in_flight_Retry_After_says_when_the_first_slot_frees_up()
    {
        var clock = new ManualClock(Start);
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 10_000, MaxInFlight = 1 }, clock);
        string first = await gateway.SubmitAsync();

        Assert.Equal(TimeSpan.FromSeconds(10), await RefusedRetryAfterAsync(gateway));
        clock.Advance(TimeSpan.FromSeconds(4));
        Assert.Equal(TimeSpan.FromSeconds(6), await RefusedRetryAfterAsync(gateway));
        clock.Advance(TimeSpan.FromMilliseconds(4_500));
        Assert.Equal(TimeSpan.FromSeconds(2), await RefusedRetryAfterAsync(gateway));

        clock.Advance(TimeSpan.FromMilliseconds(1_500));
        AssertState(await StatusAsync(gateway, first), "COMPLETED", updatedAt: Start.AddSeconds(10), completedAt: Start.AddSeconds(10));
        await gateway.SubmitAsync();
        var stats = await gateway.StatsAsync();
        Assert.Equal(3, stats.GetProperty("rate_limited").GetInt32());
        Assert.Equal(1, stats.GetProperty("in_flight").GetInt32());
    }

    [Fact]
    public async Task The_wallet_reserves_at_submit_charges_at_completion_and_refuses_with_402()
    {
        var clock = new ManualClock(Start);
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 1_000, BalanceUsd = 0.04m }, clock);
        string id = await gateway.SubmitAsync();

        // Reserved, not yet charged: a second job cannot be paid for while the first may still complete.
        await AssertPaymentRequiredAsync(gateway, "Required: $0.04");
        var pending = await gateway.StatsAsync();
        Assert.Equal(0m, pending.GetProperty("charged_usd").GetDecimal());
        Assert.Equal(0.04m, pending.GetProperty("balance_usd").GetDecimal());

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("COMPLETED", (await StatusAsync(gateway, id)).GetProperty("status").GetString());
        var spent = await gateway.StatsAsync();
        Assert.Equal(0.04m, spent.GetProperty("charged_usd").GetDecimal());
        Assert.Equal(0m, spent.GetProperty("balance_usd").GetDecimal());
        await AssertPaymentRequiredAsync(gateway, "Required: $0.04");
    }

    [Fact]
    public async Task An_ERROR_job_gives_its_reservation_back()
    {
        var clock = new ManualClock(Start);
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 1_000, BalanceUsd = 0.04m, RateError = 1 }, clock);

        for (int i = 0; i < 3; i++)
        {
            string id = await gateway.SubmitAsync();
            await AssertPaymentRequiredAsync(gateway, "Required: $0.04");
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Equal("ERROR", (await StatusAsync(gateway, id)).GetProperty("status").GetString());
        }

        var stats = await gateway.StatsAsync();
        Assert.Equal(0m, stats.GetProperty("charged_usd").GetDecimal());
        Assert.Equal(3, stats.GetProperty("errored").GetInt32());
    }

    [Theory]
    [InlineData(0.1, 0.25, "Required: $0.10")]
    [InlineData(1.5, 1, "Required: $1.50")]
    [InlineData(0.045, 0.05, "Required: $0.045")]
    public async Task The_402_message_states_the_configured_price(double price, double balance, string expected)
    {
        var clock = new ManualClock(Start);
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, PriceUsd = (decimal)price, BalanceUsd = (decimal)balance }, clock);

        int accepted = 0;
        while (true)
        {
            using var response = await gateway.GenerateAsync();
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                break;
            }

            string id = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("request_id").GetString()!;
            Assert.Equal("COMPLETED", (await StatusAsync(gateway, id)).GetProperty("status").GetString());
            accepted++;
        }

        Assert.Equal((int)Math.Floor(balance / price), accepted);
        await AssertPaymentRequiredAsync(gateway, expected);
        Assert.Equal(accepted * (decimal)price, (await gateway.StatsAsync()).GetProperty("charged_usd").GetDecimal());
    }

    private static async Task<JsonElement> StatusAsync(TestGateway gateway, string id)
    {
        using var response = await gateway.StatusAsync(id);
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        OpenApiSpec.AssertAnswerConforms("get", OpenApiSpec.StatusPath, response, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static void AssertState(JsonElement status, string expected, DateTimeOffset updatedAt, DateTimeOffset? completedAt)
    {
        Assert.Equal(expected, status.GetProperty("status").GetString());
        Assert.Equal(Start, status.GetProperty("created_at").GetDateTimeOffset());
        Assert.Equal(updatedAt, status.GetProperty("updated_at").GetDateTimeOffset());
        if (completedAt is null)
        {
            Assert.Equal(JsonValueKind.Null, status.GetProperty("completed_at").ValueKind);
        }
        else
        {
            Assert.Equal(completedAt, status.GetProperty("completed_at").GetDateTimeOffset());
        }

        Assert.Equal(expected == "COMPLETED" ? JsonValueKind.Object : JsonValueKind.Null, status.GetProperty("output").ValueKind);
        Assert.Equal(expected is "FAILED" or "ERROR" ? JsonValueKind.String : JsonValueKind.Null, status.GetProperty("error").ValueKind);
    }

    private static async Task<TimeSpan?> RefusedRetryAfterAsync(TestGateway gateway)
    {
        using var refused = await gateway.GenerateAsync();
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        OpenApiSpec.AssertAnswerConforms("post", OpenApiSpec.GeneratePath, refused, await refused.Content.ReadAsStringAsync());
        return refused.Headers.RetryAfter?.Delta;
    }

    private static async Task AssertPaymentRequiredAsync(TestGateway gateway, string required)
    {
        using var refused = await gateway.GenerateAsync();
        string body = await refused.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        OpenApiSpec.AssertAnswerConforms("post", OpenApiSpec.GeneratePath, refused, body);
        var error = JsonDocument.Parse(body).RootElement;
        Assert.Equal("Insufficient Balance", error.GetProperty("error").GetString());
        Assert.Equal("Your wallet does not have enough balance. " + required, error.GetProperty("message").GetString());
    }
}
