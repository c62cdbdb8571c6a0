using System.Net.Http.Json;
using System.Text.Json;
using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Caching;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tests;

/// <summary>
/// The cache's job journal in real builds (docs/contracts.md, "Job journal"): a job an earlier build had the gateway
/// accept is collected, not paid again; a record the gateway cannot honour, or that is too old or for another gateway,
/// leads to one new submission; two builds sharing the cache never both collect one job.
/// </summary>
public sealed class JobJournalTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    private const string GreetingText = "Hello, traveller!";
    private const string UnknownRequestId = "gemini-flash-tts_019d9ad1-0000-7000-8000-000000000000";
    private static readonly string GreetingKey = Key(GreetingText, "Kore", "en-US", "Warm, friendly narrator");
    private static readonly string WarningKey = Key("Stay back!", "Fenrir", "en-US", "Shout it, urgently");

    private TtsJobJournal Journal => new TtsCache(CacheDirectory).Journal;

    /// <summary>What a build stopped right after the gateway's 202 leaves: the job accepted, and its record.</summary>
    private async Task<string> JournalAcceptedGreetingAsync(DateTimeOffset? acceptedAt = null, string? gateway = null)
    {
        using var http = new HttpClient { BaseAddress = Emulator.BaseUrl };
        using var request = new HttpRequestMessage(HttpMethod.Post, "gemini-flash-tts/v1/gemini-flash-tts/generate")
        {
            Content = JsonContent.Create(new Dictionary<string, string>
            {
                ["text"] = GreetingText,
                ["voice"] = "Kore",
                ["prompt"] = "Warm, friendly narrator",
                ["language_code"] = "en-US",
            }),
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", ApiKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        string requestId = body.RootElement.GetProperty("request_id").GetString()!;
        Journal.Record(new TtsJobRecord(GreetingKey, requestId, TtsModels.Gateway, gateway ?? TtsJobJournal.OriginOf(Emulator.BaseUrl), acceptedAt ?? DateTimeOffset.UtcNow));
        return requestId;
    }

    private ConsumerProject IntroProject(string name = "Consumer")
    {
        var project = NewProject(name);
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        return project;
    }

    [Fact]
    public async Task A_job_an_earlier_build_had_accepted_is_collected_and_not_paid_again()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 1500 });
        string requestId = await JournalAcceptedGreetingAsync();

        var result = await IntroProject().BuildAsync(Environment, "-v:n");

        AssertSucceeded(result);
        Assert.Contains("Voice/intro/greeting — collected from a job of an earlier build", result.Output, StringComparison.Ordinal);
        Assert.Contains("1 synthesized (1 gateway, 0 placeholder), 1 resumed from an earlier build's jobs (paid then), estimated cost $0.04", result.Output, StringComparison.Ordinal);
        var stats = Emulator.Stats;
        Assert.Equal(2, stats.Generate); // the earlier build's job and the other line's
        Assert.Equal(0.08m, stats.ChargedUsd);
        Assert.Equal(requestId, new TtsCache(CacheDirectory).ReadMetadata(GreetingKey)!.RequestId);
        Assert.Empty(Directory.EnumerateFiles(Journal.Directory));
        AssertValidWav(CachedWav(GreetingKey));
    }

    [Fact]
    public async Task A_job_the_gateway_does_not_know_or_a_record_that_cannot_be_read_leads_to_one_new_submission()
    {
        Journal.Record(new TtsJobRecord(GreetingKey, UnknownRequestId, TtsModels.Gateway, TtsJobJournal.OriginOf(Emulator.BaseUrl), DateTimeOffset.UtcNow));
        File.WriteAllText(Journal.GetPath(WarningKey), "{\"format\":\"pixazo-tts-job/1\",\"key\":");

        var result = await IntroProject().BuildAsync(Environment, "-v:n");

        AssertSucceeded(result);
        Assert.Contains($"Voice/intro/greeting — request {UnknownRequestId} of an earlier build cannot be collected (HTTP 404 Not Found: Request not found); submitting the line again.", result.Output, StringComparison.Ordinal);
        Assert.Equal(2, Emulator.Stats.Generate);
        Assert.Empty(Directory.EnumerateFiles(Journal.Directory));
        AssertValidWav(CachedWav(GreetingKey));
        AssertValidWav(CachedWav(WarningKey));
    }

    [Fact]
    public async Task A_job_that_ended_FAILED_is_submitted_again()
    {
        // Every job fails here, so the new submission fails too: the line is reported, and its record is gone.
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, RateFailed = 1 });
        await JournalAcceptedGreetingAsync();
        while (Emulator.Stats.Failed == 0)
        {
            await Task.Delay(20);
        }

        var result = await IntroProject().BuildAsync(Environment, "-v:n");

        AssertFailed(result);
        Assert.Contains("cannot be collected (the job ended FAILED: ", result.Output, StringComparison.Ordinal);
        Assert.Contains(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS3006" && d.Message.Contains("greeting", StringComparison.Ordinal));
        Assert.Equal(3, Emulator.Stats.Generate); // the earlier job, the greeting's new one, the warning's
        Assert.Empty(Directory.EnumerateFiles(Journal.Directory));
    }

    [Fact]
    public async Task A_record_older_than_24_hours_or_for_another_gateway_is_not_resumed()
    {
        // The greeting's job is real and finished, yet older than the limit; the warning's was for the public gateway.
        await JournalAcceptedGreetingAsync(acceptedAt: DateTimeOffset.UtcNow.AddHours(-25));
        Journal.Record(new TtsJobRecord(WarningKey, UnknownRequestId, TtsModels.Gateway, "https://gateway.pixazo.ai", DateTimeOffset.UtcNow));

        var result = await IntroProject().BuildAsync(Environment, "-v:n");

        AssertSucceeded(result);
        Assert.Contains("Voice/intro/greeting — request gemini-flash-tts_", result.Output, StringComparison.Ordinal);
        Assert.Contains("of an earlier build is not resumed: it was accepted 25", result.Output, StringComparison.Ordinal);
        Assert.Contains("hours ago, longer than the 24 hours a job is resumed for; submitting the line again.", result.Output, StringComparison.Ordinal);
        Assert.Contains($"Voice/intro/warning — request {UnknownRequestId} of an earlier build is not resumed: it was submitted to another gateway (https://gateway.pixazo.ai); submitting the line again.", result.Output, StringComparison.Ordinal);
        Assert.Equal(3, Emulator.Stats.Generate); // the earlier job, then both lines anew
        Assert.Empty(Directory.EnumerateFiles(Journal.Directory));
    }

    [Fact]
    public async Task Two_builds_sharing_the_cache_never_both_collect_one_job()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 1500 });
        await JournalAcceptedGreetingAsync();
        var first = IntroProject("First");
        var second = IntroProject("Second");

        var results = await Task.WhenAll(first.BuildAsync(Environment), second.BuildAsync(Environment));

        AssertSucceeded(results[0]);
        AssertSucceeded(results[1]);
        var stats = Emulator.Stats;
        Assert.Equal(2, stats.Generate);
        Assert.Equal(2, stats.Media); // one download per job: the collected one and the other line's
        Assert.Single(results, r => r.Output.Contains("1 resumed from an earlier build's jobs", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateFiles(Journal.Directory));
    }
}
