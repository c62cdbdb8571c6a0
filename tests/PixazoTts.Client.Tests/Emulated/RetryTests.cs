using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

/// <summary>What is transient is retried (seeded faults, so each run is the same).</summary>
public class RetryTests
{
    [Fact]
    public async Task Server_errors_are_retried_to_success()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Rate500 = 0.5, Seed = 7 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 10);

        var results = new List<TtsSynthesisResult>();
        for (var i = 0; i < 4; i++)
        {
            results.Add(await client.SynthesizeAsync(new TtsSynthesisRequest($"Retry me {i}.")));
        }

        Assert.All(results, r => Assert.Equal(24000, r.Audio.SampleRate));
        Assert.True(emulator.Stats.ServerErrors > 0);
        Assert.Equal(4, emulator.Stats.Completed);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task Server_errors_that_do_not_clear_are_PTTS3007()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Rate500 = 1.0 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 2);

        var exception = await Assert.ThrowsAsync<PixazoUnavailableException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3007", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(500, exception.HttpStatus);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(3, emulator.Stats.Generate);
        Assert.Equal(3, emulator.Stats.ServerErrors);
    }

    [Fact]
    public async Task Dropped_connections_are_retried_to_success()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, RateDrop = 0.4, Seed = 3 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 10);

        for (var i = 0; i < 4; i++)
        {
            var result = await client.SynthesizeAsync(new TtsSynthesisRequest($"Dropped {i}."));
            Assert.Equal(24000, result.Audio.SampleRate);
        }

        Assert.True(emulator.Stats.Dropped > 0);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task A_job_ending_in_ERROR_is_resubmitted_and_not_charged()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, RateError = 0.5, Seed = 5 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 10);

        var results = new List<TtsSynthesisResult>();
        for (var i = 0; i < 6; i++)
        {
            results.Add(await client.SynthesizeAsync(new TtsSynthesisRequest($"Error prone {i}.")));
        }

        Assert.Contains(results, r => r.Attempts > 1);
        Assert.Equal(results.Sum(r => r.Attempts), emulator.Stats.Accepted);
        Assert.True(emulator.Stats.Errored > 0);
        Assert.Equal(0.04m * 6, emulator.Stats.ChargedUsd);
    }

    [Fact]
    public async Task Jobs_that_always_end_in_ERROR_are_PTTS3007_after_the_resubmissions()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, RateError = 1.0 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 2);

        var exception = await Assert.ThrowsAsync<PixazoUnavailableException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3007", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Contains("ERROR", exception.Message);
        Assert.StartsWith("gemini-flash-tts_", exception.RequestId);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(3, emulator.Stats.Accepted);
        Assert.Equal(3, emulator.Stats.Errored);
        Assert.Equal(0m, emulator.Stats.ChargedUsd);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Broken_media_is_downloaded_again_then_PTTS3008(bool truncated)
    {
        var options = truncated
            ? new EmulatorOptions { LatencyMs = 50, RateTruncated = 1.0 }
            : new EmulatorOptions { LatencyMs = 50, RateNotWav = 1.0 };
        await using var emulator = await EmulatorHost.StartAsync(options);
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryAttempts = 2);

        var exception = await Assert.ThrowsAsync<PixazoInvalidMediaException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3008", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.StartsWith("gemini-flash-tts_", exception.RequestId);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(3, emulator.Stats.Media);
        Assert.Equal(1, emulator.Stats.Generate);
    }
}
