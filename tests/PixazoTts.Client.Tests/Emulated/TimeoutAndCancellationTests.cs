using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

public class TimeoutAndCancellationTests
{
    [Fact]
    public async Task A_job_that_does_not_finish_in_time_is_PTTS3009_naming_the_request()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = EmulatorHostileModes.NeverFinish });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.JobTimeout = TimeSpan.FromSeconds(1));

        var exception = await Assert.ThrowsAsync<PixazoTimeoutException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3009", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(TimeSpan.FromSeconds(1), exception.Timeout);
        Assert.StartsWith("gemini-flash-tts_", exception.RequestId);
        Assert.Contains(exception.RequestId!, exception.Message);
        TestClients.AssertKeyFree(exception);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_an_OperationCanceledException_not_a_timeout()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = EmulatorHostileModes.NeverFinish });
        // A job timeout far beyond the test: if cancellation were not prompt, the test would hang.
        using var client = TestClients.Create(emulator.BaseUrl, o => o.JobTimeout = TimeSpan.FromHours(1));
        using var cancellation = new CancellationTokenSource();

        var call = client.SynthesizeAsync(TestClients.DocumentationExample, cancellation.Token);
        while (emulator.Stats.Status == 0)
        {
            await Task.Delay(10);
        }

        cancellation.Cancel();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Fact]
    public async Task A_token_cancelled_before_the_call_stops_it_before_any_request()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50 });
        using var client = TestClients.Create(emulator.BaseUrl);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SynthesizeAsync(TestClients.DocumentationExample, new CancellationToken(canceled: true)));

        Assert.Equal(0, emulator.Stats.Generate);
    }
}
