using System.Net;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Emulator.Tests.Infrastructure;

namespace PixazoTts.Emulator.Tests.Gateway;

/// <summary>
/// The documented workflow and every documented answer, over real loopback HTTP, each body checked against the
/// OpenAPI description (spec/pixazo-tts.openapi.yaml) the client is generated from.
/// </summary>
public sealed class GatewayProtocolTests
{
    [Fact]
    public async Task The_documented_workflow_submit_poll_download_gives_a_24kHz_mono_16bit_wav()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync();

        using var submitted = await gateway.GenerateAsync();
        string accepted = await submitted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Accepted, submitted.StatusCode);
        OpenApiSpec.AssertMatches("TtsGenerateAccepted", accepted);
        var acceptedBody = JsonDocument.Parse(accepted).RootElement;
        string requestId = acceptedBody.GetProperty("request_id").GetString()!;
        Assert.Matches("^gemini-flash-tts_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", requestId);
        Assert.Equal("QUEUED", acceptedBody.GetProperty("status").GetString());
        Assert.Equal(new Uri(gateway.Host.BaseUrl, "v2/requests/status/" + requestId), new Uri(acceptedBody.GetProperty("polling_url").GetString()!));

        var (status, seen) = await gateway.WaitForTerminalAsync(requestId);

        OpenApiSpec.AssertMatches("RequestStatus", status.GetRawText());
        Assert.Equal("COMPLETED", seen[^1]);
        Assert.All(seen, s => Assert.Contains(s, new[] { "QUEUED", "PROCESSING", "COMPLETED" }));
        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal("audio/wav", status.GetProperty("output").GetProperty("media_type").GetString());
        var created = status.GetProperty("created_at").GetDateTimeOffset();
        var completed = status.GetProperty("completed_at").GetDateTimeOffset();
        Assert.True(completed >= created);

        var mediaUrl = new Uri(status.GetProperty("output").GetProperty("media_url")[0].GetString()!);
        using var media = await gateway.Http.GetAsync(mediaUrl);
        byte[] wav = await media.Content.ReadAsByteArrayAsync();
        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        Assert.Equal((24000, (short)1, (short)16), (info!.SampleRate, info.Channels, info.BitsPerSample));
        Assert.True(info.Duration > TimeSpan.FromSeconds(2), "the example sentence should last seconds, not " + info.Duration);

        var stats = await gateway.StatsAsync();
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
        Assert.Equal(0.04m, stats.GetProperty("charged_usd").GetDecimal());
        Assert.Equal(0, stats.GetProperty("key_leaks").GetInt32());
    }

    [Fact]
    public async Task The_same_request_gives_the_same_audio_and_a_different_voice_gives_different_audio()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync();

        byte[] first = await SynthesizeAsync(gateway, new { text = "Hello there, traveller.", voice = "Kore" });
        byte[] again = await SynthesizeAsync(gateway, new { text = "Hello there, traveller.", voice = "Kore" });
        byte[] other = await SynthesizeAsync(gateway, new { text = "Hello there, traveller.", voice = "Fenrir" });

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [InlineData(null, 401)]
    [InlineData("", 401)]
    [InlineData("wrong-key", 401)]
    [InlineData("forbidden-key", 403)]
    public async Task A_missing_wrong_or_forbidden_key_is_answered_with_the_documented_error(string? key, int expected)
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 100, ApiKey = Infrastructure.Gateway.Key, ForbiddenKey = "forbidden-key" });

        using var response = await gateway.GenerateAsync(key: key == string.Empty ? null : key);

        Assert.Equal(expected, (int)response.StatusCode);
        OpenApiSpec.AssertMatches("ErrorResponse", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, (await gateway.StatsAsync()).GetProperty("completed").GetInt32());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"text\": \"\"}")]
    [InlineData("{\"text\": 5}")]
    [InlineData("{\"text\": \"hi\", \"voice\": 3}")]
    [InlineData("[1, 2]")]
    [InlineData("not json")]
    public async Task A_bad_request_body_is_400_with_the_error_body(string body)
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Post, Infrastructure.Gateway.GeneratePath) { Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Ocp-Apim-Subscription-Key", Infrastructure.Gateway.Key);

        using var response = await gateway.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        OpenApiSpec.AssertMatches("ErrorResponse", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_disabled_model_is_400_model_not_found()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { ModelDisabled = true });

        using var response = await gateway.GenerateAsync();
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        OpenApiSpec.AssertMatches("ErrorResponse", body);
        Assert.Contains("not found", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_request_id_is_404_with_the_error_body()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync();

        using var response = await gateway.StatusAsync("gemini-flash-tts_00000000-0000-0000-0000-000000000000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        OpenApiSpec.AssertMatches("ErrorResponse", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_spent_wallet_is_402_with_the_required_amount_and_only_completed_jobs_are_charged()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 50, BalanceUsd = 0.08m });

        await gateway.WaitForTerminalAsync(await gateway.SubmitAsync(new { text = "One." }));
        await gateway.WaitForTerminalAsync(await gateway.SubmitAsync(new { text = "Two." }));
        using var refused = await gateway.GenerateAsync(new { text = "Three." });
        string body = await refused.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.PaymentRequired, refused.StatusCode);
        OpenApiSpec.AssertMatches("ErrorResponse", body);
        Assert.Contains("Required: $0.04", body, StringComparison.Ordinal);
        var stats = await gateway.StatsAsync();
        Assert.Equal(0.08m, stats.GetProperty("charged_usd").GetDecimal());
    }

    [Fact]
    public async Task Beyond_max_in_flight_the_answer_is_429_with_Retry_After()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 10_000, MaxInFlight = 2 });

        await gateway.SubmitAsync(new { text = "One." });
        await gateway.SubmitAsync(new { text = "Two." });
        using var third = await gateway.GenerateAsync(new { text = "Three." });

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        OpenApiSpec.AssertMatches("ErrorResponse", await third.Content.ReadAsStringAsync());
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After missing: " + third.Headers);
        Assert.Equal(1, (await gateway.StatsAsync()).GetProperty("rate_limited").GetInt32());
    }

    [Fact]
    public async Task Failed_and_error_jobs_carry_an_error_and_only_error_is_free()
    {
        await using var failing = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 50, RateFailed = 1 });
        await using var erroring = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 50, RateError = 1 });

        var (failed, _) = await failing.WaitForTerminalAsync(await failing.SubmitAsync());
        var (errored, _) = await erroring.WaitForTerminalAsync(await erroring.SubmitAsync());

        Assert.Equal("FAILED", failed.GetProperty("status").GetString());
        Assert.Equal("ERROR", errored.GetProperty("status").GetString());
        OpenApiSpec.AssertMatches("RequestStatus", failed.GetRawText());
        OpenApiSpec.AssertMatches("RequestStatus", errored.GetRawText());
        Assert.False(string.IsNullOrEmpty(failed.GetProperty("error").GetString()));
        Assert.False(string.IsNullOrEmpty(errored.GetProperty("error").GetString()));
        Assert.Equal(0.04m, (await failing.StatsAsync()).GetProperty("charged_usd").GetDecimal());
        Assert.Equal(0m, (await erroring.StatsAsync()).GetProperty("charged_usd").GetDecimal());
    }

    [Fact]
    public async Task Injected_faults_follow_the_seed_so_a_run_is_repeatable()
    {
        async Task<string> PatternAsync()
        {
            await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 50, Seed = 7, Rate429 = 0.3, Rate500 = 0.3 });
            var codes = new List<int>();
            for (int i = 0; i < 30; i++)
            {
                using var response = await gateway.GenerateAsync(new { text = "Line " + i });
                codes.Add((int)response.StatusCode);
            }

            return string.Join(",", codes);
        }

        string first = await PatternAsync();
        string second = await PatternAsync();

        Assert.Equal(first, second);
        Assert.Contains("429", first, StringComparison.Ordinal);
        Assert.Contains("500", first, StringComparison.Ordinal);
        Assert.Contains("202", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Truncated_and_non_wav_media_are_what_they_claim()
    {
        await using var truncating = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 50, RateTruncated = 1 });
        await using var html = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 50, RateNotWav = 1 });

        byte[] truncated = await SynthesizeAsync(truncating, new { text = "A sentence long enough to be cut short." });
        byte[] page = await SynthesizeAsync(html, new { text = "A sentence." });

        Assert.False(WavFile.TryInspect(truncated, out _, out string? truncatedProblem));
        Assert.False(string.IsNullOrEmpty(truncatedProblem));
        Assert.False(WavFile.TryInspect(page, out _, out _));
    }

    [Fact]
    public async Task A_media_request_that_carries_the_key_is_counted_as_a_leak()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync();
        var (status, _) = await gateway.WaitForTerminalAsync(await gateway.SubmitAsync());
        var mediaUrl = status.GetProperty("output").GetProperty("media_url")[0].GetString()!;

        using (var clean = await gateway.Http.GetAsync(mediaUrl))
        {
            Assert.Equal(HttpStatusCode.OK, clean.StatusCode);
        }

        Assert.Equal(0, (await gateway.StatsAsync()).GetProperty("key_leaks").GetInt32());
        using var leaking = new HttpRequestMessage(HttpMethod.Get, mediaUrl);
        leaking.Headers.Add("Ocp-Apim-Subscription-Key", Infrastructure.Gateway.Key);
        using (await gateway.Http.SendAsync(leaking))
        {
        }

        Assert.Equal(1, (await gateway.StatsAsync()).GetProperty("key_leaks").GetInt32());
    }

    [Fact]
    public async Task The_stats_endpoint_has_the_contract_members_with_their_types()
    {
        await using var gateway = await Infrastructure.Gateway.StartAsync();
        await gateway.WaitForTerminalAsync(await gateway.SubmitAsync());

        var stats = await gateway.StatsAsync();

        foreach (string name in new[] { "generate", "status", "media", "completed", "failed", "rate_limited", "key_leaks" })
        {
            Assert.True(stats.TryGetProperty(name, out var value), "missing " + name);
            Assert.True(value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _), name + " is not an integer: " + value);
        }

        Assert.Equal(JsonValueKind.Number, stats.GetProperty("charged_usd").ValueKind);
        Assert.Equal(1, stats.GetProperty("generate").GetInt32());
        Assert.True(stats.GetProperty("status").GetInt32() >= 1);
    }

    private static async Task<byte[]> SynthesizeAsync(Infrastructure.Gateway gateway, object body)
    {
        var (status, _) = await gateway.WaitForTerminalAsync(await gateway.SubmitAsync(body));
        Assert.Equal("COMPLETED", status.GetProperty("status").GetString());
        return await gateway.Http.GetByteArrayAsync(status.GetProperty("output").GetProperty("media_url")[0].GetString()!);
    }
}
