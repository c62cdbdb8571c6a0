using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

/// <summary>The gateway's documented error answers become typed, actionable, key-free exceptions and
/// are not retried (except 429).</summary>
public class GatewayErrorTests
{
    [Fact]
    public async Task A_rejected_key_is_PTTS3001_and_is_not_retried()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, ApiKey = "the-right-key" });
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoUnauthorizedException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3001", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(401, exception.HttpStatus);
        Assert.Contains("check PIXAZO_API_KEY", exception.Message);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(1, emulator.Stats.Generate);
    }

    [Fact]
    public async Task An_empty_wallet_is_PTTS3002_with_the_required_amount()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, BalanceUsd = 0m });
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoInsufficientBalanceException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3002", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(402, exception.HttpStatus);
        Assert.Equal(0.04m, exception.RequiredUsd);
        Assert.StartsWith("Insufficient balance (402: this request needs $0.04; HTTP 402", exception.Message);
        Assert.Contains("top up the Pixazo wallet", exception.Message);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(1, emulator.Stats.Generate);
        Assert.Equal(0, emulator.Stats.Accepted);
    }

    [Fact]
    public async Task A_key_without_access_is_PTTS3003_and_is_not_retried()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, ForbiddenKey = TestClients.Key });
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoForbiddenException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3003", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(403, exception.HttpStatus);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(1, emulator.Stats.Generate);
    }

    [Fact]
    public async Task A_disabled_model_is_PTTS3004_with_the_gateways_words_and_is_not_retried()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, ModelDisabled = true });
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoBadRequestException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3004", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(400, exception.HttpStatus);
        Assert.Contains("Model not found", exception.Message);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(1, emulator.Stats.Generate);
    }

    [Fact]
    public async Task Rate_limiting_that_does_not_clear_is_PTTS3005_after_the_retries()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Rate429 = 1.0 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 2);

        var exception = await Assert.ThrowsAsync<PixazoRateLimitedException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3005", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(429, exception.HttpStatus);
        Assert.NotNull(exception.RetryAfter);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(3, emulator.Stats.RateLimited);
    }

    [Fact]
    public async Task Many_parallel_calls_over_a_small_in_flight_limit_all_succeed_by_backing_off()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 100, MaxInFlight = 2 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 30);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.SynthesizeAsync(new TtsSynthesisRequest($"Parallel line {i}."))));

        Assert.Equal(8, results.Length);
        Assert.True(emulator.Stats.RateLimited > 0);
        Assert.Equal(8, emulator.Stats.Completed);
    }

    [Fact]
    public async Task A_failed_job_is_PTTS3006_with_the_gateway_reason_and_is_not_resubmitted()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, RateFailed = 1.0 });
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoJobFailedException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3006", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.False(string.IsNullOrWhiteSpace(exception.Reason));
        Assert.Contains(exception.Reason!, exception.Message);
        Assert.StartsWith("gemini-flash-tts_", exception.RequestId);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(1, emulator.Stats.Generate);
    }
}
