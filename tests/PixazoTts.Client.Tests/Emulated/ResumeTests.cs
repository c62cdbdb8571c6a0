using PixazoTts.Audio;
using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

/// <summary>
/// The onAccepted hook and <see cref="PixazoTtsClient.ResumeAsync"/>: an accepted job's id reaches the caller before the
/// job is polled, and a later call (another client, as in the next build) collects the audio without paying again, or
/// says why it cannot.
/// </summary>
public class ResumeTests
{
    private const string UnknownRequestId = "gemini-flash-tts_019d9ad1-0000-7000-8000-000000000000";

    /// <summary>Submits through a client that is cancelled by its own hook: what a build stopped right after the 202 leaves.</summary>
    private static async Task<string> SubmitAndAbandonAsync(EmulatorHost emulator, Action<PixazoTtsClientOptions>? configure = null)
    {
        using var client = TestClients.Create(emulator.BaseUrl, configure);
        using var cancellation = new CancellationTokenSource();
        string? accepted = null;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.SynthesizeAsync(
            TestClients.DocumentationExample,
            id =>
            {
                accepted = id;
                cancellation.Cancel();
            },
            cancellation.Token));
        Assert.NotNull(accepted);
        return accepted;
    }

    [Fact]
    public async Task The_hook_gets_the_request_id_after_the_202_and_before_the_first_status_check()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 200 });
        using var client = TestClients.Create(emulator.BaseUrl);
        var seen = new List<(string Id, int Accepted, int StatusChecks)>();

        var result = await client.SynthesizeAsync(TestClients.DocumentationExample, id => seen.Add((id, emulator.Stats.Accepted, emulator.Stats.Status)));

        var (hooked, acceptedThen, statusThen) = Assert.Single(seen);
        Assert.Equal(result.RequestId, hooked);
        Assert.Equal(1, acceptedThen);
        Assert.Equal(0, statusThen);
        Assert.True(emulator.Stats.Status > 0);
    }

    [Fact]
    public async Task A_job_left_by_a_cancelled_call_is_collected_by_another_client_without_a_second_charge()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 800 });
        string requestId = await SubmitAndAbandonAsync(emulator);
        Assert.Equal(0, emulator.Stats.Status);

        using var next = TestClients.Create(emulator.BaseUrl);
        var outcome = await next.ResumeAsync(requestId);

        Assert.True(outcome.IsCollected, outcome.Reason);
        Assert.Equal(TtsResumeRefusal.None, outcome.Refusal);
        Assert.Null(outcome.Reason);
        var synthesis = outcome.Synthesis!;
        Assert.Equal(requestId, synthesis.RequestId);
        Assert.True(WavFile.TryInspect(synthesis.Wav, out var info, out var problem), problem);
        Assert.Equal(24000, info!.SampleRate);
        Assert.Equal(0, synthesis.Attempts);
        Assert.True(synthesis.StatusChecks >= 2, "the job was still running at the first check, so it was polled");
        var stats = emulator.Stats;
        Assert.Equal(1, stats.Generate);
        Assert.Equal(1, stats.Accepted);
        Assert.Equal(1, stats.Media);
        Assert.Equal(0.04m, stats.ChargedUsd);
        Assert.Equal(0, stats.KeyLeaks);
    }

    [Fact]
    public async Task A_finished_job_is_collected_with_a_single_status_check()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50 });
        string requestId = await SubmitAndAbandonAsync(emulator);
        while (emulator.Stats.Completed == 0)
        {
            await Task.Delay(10);
        }

        using var next = TestClients.Create(emulator.BaseUrl);
        var outcome = await next.ResumeAsync(requestId);

        Assert.True(outcome.IsCollected, outcome.Reason);
        Assert.Equal(1, outcome.Synthesis!.StatusChecks);
        Assert.Equal(1, emulator.Stats.Status);
    }

    [Fact]
    public async Task A_submission_in_flight_when_the_call_is_cancelled_is_still_answered_and_its_id_reported()
    {
        // Every gateway answer takes 600 ms; the call is cancelled 100 ms after it started, while the 202 is on its way.
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, SlowMs = 600 });
        using var client = TestClients.Create(emulator.BaseUrl);
        using var cancellation = new CancellationTokenSource();
        string? accepted = null;

        var call = client.SynthesizeAsync(TestClients.DocumentationExample, id => accepted = id, cancellation.Token);
        while (emulator.Stats.Generate == 0)
        {
            await Task.Delay(5);
        }

        cancellation.Cancel();
        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

        Assert.Equal(cancellation.Token, exception.CancellationToken);
        Assert.Equal(1, emulator.Stats.Accepted);
        Assert.NotNull(accepted);
        Assert.Equal(0, emulator.Stats.Status);
    }

    [Fact]
    public async Task Without_a_hook_a_cancelled_submission_is_abandoned_at_once()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, SlowMs = 60_000 });
        using var client = TestClients.Create(emulator.BaseUrl);
        using var cancellation = new CancellationTokenSource();

        var call = client.SynthesizeAsync(TestClients.DocumentationExample, cancellation.Token);
        while (emulator.Stats.Generate == 0)
        {
            await Task.Delay(5);
        }

        cancellation.Cancel();

        // With a minute of delay on the answer, only abandoning the request ends the call within the test's bound.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, emulator.Stats.Accepted);
    }

    [Fact]
    public async Task A_submission_that_is_not_answered_within_the_grace_is_abandoned()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, SlowMs = 60_000 });
        using var client = TestClients.Create(emulator.BaseUrl);
        using var cancellation = new CancellationTokenSource();
        string? accepted = null;

        var call = client.SynthesizeAsync(TestClients.DocumentationExample, id => accepted = id, cancellation.Token);
        while (emulator.Stats.Generate == 0)
        {
            await Task.Delay(5);
        }

        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Null(accepted);
        Assert.Equal(0, emulator.Stats.Accepted);
    }

    [Fact]
    public async Task The_grace_never_starts_a_new_submission_after_the_call_is_cancelled()
    {
        // Every submission is answered 429 with Retry-After: 1; the retry would come 1 s later, within the 2 s grace.
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Rate429 = 1, RetryAfterSeconds = 1 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxRetryDelay = TimeSpan.FromSeconds(5));
        using var cancellation = new CancellationTokenSource();

        var call = client.SynthesizeAsync(TestClients.DocumentationExample, _ => { }, cancellation.Token);
        while (emulator.Stats.RateLimited == 0)
        {
            await Task.Delay(5);
        }

        cancellation.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        await Task.Delay(1500);

        Assert.Equal(1, emulator.Stats.Generate);
    }

    [Fact]
    public async Task An_unknown_request_id_is_refused_as_NotFound_after_one_check_without_retries()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50 });
        using var client = TestClients.Create(emulator.BaseUrl);

        var outcome = await client.ResumeAsync(UnknownRequestId);

        Assert.False(outcome.IsCollected);
        Assert.Null(outcome.Synthesis);
        Assert.Equal(TtsResumeRefusal.NotFound, outcome.Refusal);
        Assert.Contains("HTTP 404", outcome.Reason);
        Assert.Equal(1, emulator.Stats.Status);
        Assert.Equal(0, emulator.Stats.Generate);
    }

    [Fact]
    public async Task A_job_that_ended_FAILED_is_refused_as_Failed_with_its_reason()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, RateFailed = 1 });
        using var client = TestClients.Create(emulator.BaseUrl);
        string? accepted = null;
        await Assert.ThrowsAsync<PixazoJobFailedException>(() => client.SynthesizeAsync(TestClients.DocumentationExample, id => accepted = id));

        var outcome = await client.ResumeAsync(accepted!);

        Assert.Equal(TtsResumeRefusal.Failed, outcome.Refusal);
        Assert.StartsWith("the job ended FAILED: ", outcome.Reason);
        Assert.Equal(1, emulator.Stats.Generate);
    }

    [Fact]
    public async Task A_job_that_ended_ERROR_is_refused_as_SystemError_and_nothing_is_submitted()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, RateError = 1 });
        string requestId = await SubmitAndAbandonAsync(emulator);

        using var next = TestClients.Create(emulator.BaseUrl);
        var outcome = await next.ResumeAsync(requestId);

        Assert.Equal(TtsResumeRefusal.SystemError, outcome.Refusal);
        Assert.StartsWith("the job ended ERROR: ", outcome.Reason);
        Assert.Equal(1, emulator.Stats.Generate);
        Assert.Equal(0m, emulator.Stats.ChargedUsd);
    }

    [Fact]
    public async Task A_key_the_gateway_rejects_for_the_job_is_refused_as_KeyRefused()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, ApiKey = TestClients.Key });
        string requestId = await SubmitAndAbandonAsync(emulator);

        using var other = new PixazoTtsClient(TestClients.Options(emulator.BaseUrl, "another-teams-key"));
        var outcome = await other.ResumeAsync(requestId);

        Assert.Equal(TtsResumeRefusal.KeyRefused, outcome.Refusal);
        Assert.Contains("HTTP 401", outcome.Reason);
        Assert.DoesNotContain("another-teams-key", outcome.Reason);
        Assert.Equal(1, emulator.Stats.Status);
    }

    [Fact]
    public async Task A_key_without_access_is_refused_as_KeyRefused()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, ForbiddenKey = "forbidden-key" });
        string requestId = await SubmitAndAbandonAsync(emulator);

        using var other = new PixazoTtsClient(TestClients.Options(emulator.BaseUrl, "forbidden-key"));
        var outcome = await other.ResumeAsync(requestId);

        Assert.Equal(TtsResumeRefusal.KeyRefused, outcome.Refusal);
        Assert.Contains("HTTP 403", outcome.Reason);
    }

    [Fact]
    public async Task Resuming_sends_the_key_to_the_gateway_only_never_to_a_media_host_on_another_origin()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = EmulatorHostileModes.ForeignMediaUrl });
        string requestId = await SubmitAndAbandonAsync(emulator);

        using var next = TestClients.Create(emulator.BaseUrl);
        var outcome = await next.ResumeAsync(requestId);

        Assert.True(outcome.IsCollected, outcome.Reason);
        Assert.Equal(1, emulator.Stats.Media);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task A_job_that_does_not_end_in_time_is_PTTS3009_naming_the_request()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = EmulatorHostileModes.NeverFinish });
        string requestId = await SubmitAndAbandonAsync(emulator);

        using var next = TestClients.Create(emulator.BaseUrl, o => o.JobTimeout = TimeSpan.FromSeconds(1));
        var exception = await Assert.ThrowsAsync<PixazoTimeoutException>(() => next.ResumeAsync(requestId));

        Assert.Equal("PTTS3009", exception.Code);
        Assert.Equal(requestId, exception.RequestId);
        Assert.Contains(requestId, exception.Message);
        Assert.Contains("last status PROCESSING", exception.Message);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(1, emulator.Stats.Generate);
    }

    [Fact]
    public async Task Cancelling_a_resumption_is_an_OperationCanceledException_with_the_callers_token()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = EmulatorHostileModes.NeverFinish });
        string requestId = await SubmitAndAbandonAsync(emulator);
        using var next = TestClients.Create(emulator.BaseUrl, o => o.JobTimeout = TimeSpan.FromHours(1));
        using var cancellation = new CancellationTokenSource();

        var call = next.ResumeAsync(requestId, cancellation.Token);
        while (emulator.Stats.Status < 2)
        {
            await Task.Delay(10);
        }

        cancellation.Cancel();

        var exception = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(cancellation.Token, exception.CancellationToken);
    }

    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    public async Task A_request_id_that_is_empty_or_has_control_characters_is_an_ArgumentException(string requestId)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50 });
        using var client = TestClients.Create(emulator.BaseUrl);

        await Assert.ThrowsAsync<ArgumentException>(() => client.ResumeAsync(requestId));
        Assert.Equal(0, emulator.Stats.Status);
    }
}
