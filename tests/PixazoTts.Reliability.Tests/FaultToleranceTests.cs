using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using Xunit.Abstractions;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// Suite 1, faults: a build through a gateway that fails often (20 % 429s, 10 % 500s, 5 % ERROR jobs, 5 % truncated
/// media, 5 % dropped connections) still completes: every WAV and cache entry valid, at most 5 % more charges than
/// lines, the key nowhere.
/// </summary>
public sealed class FaultToleranceTests(PackageFeedFixture feed, ITestOutputHelper output) : ReliabilityTest(feed)
{
    [Fact]
    public Task Fifty_lines_through_a_faulty_gateway_all_arrive_valid_and_are_charged_fairly() => RunAsync(lines: 50, files: 5);

    [LongFact]
    public Task Five_hundred_lines_through_a_faulty_gateway_all_arrive_valid_and_are_charged_fairly() => RunAsync(lines: 500, files: 20);

    private async Task RunAsync(int lines, int files)
    {
        await UseEmulatorAsync(new EmulatorOptions
        {
            LatencyMs = 300, Seed = 5, Rate429 = 0.20, Rate500 = 0.10, RateError = 0.05, RateTruncated = 0.05, RateDrop = 0.05, RetryAfterSeconds = 1,
        });
        var project = NewProject();
        var texts = ScriptSet.Write(project, lines, files);

        // About 40 % of gateway calls fail here, far beyond a real gateway; 10 retries make losing a line by bad luck
        // negligible (0.4^11 per call) without hiding a real failure to retry.
        var result = await BuildScannedAsync(project, Environment, "-p:TtsMaxRetries=10", "-p:TtsMaxConcurrency=16");

        AssertSucceeded(result);
        var stats = Emulator.Stats;
        output.WriteLine($"lines {lines}; generate {stats.Generate}, accepted {stats.Accepted}, status {stats.Status}, media {stats.Media}, completed {stats.Completed}, errored {stats.Errored}, rate-limited {stats.RateLimited}, 500s {stats.ServerErrors}, dropped {stats.Dropped}, charged ${stats.ChargedUsd} (lines x $0.04 = ${0.04m * lines}), key leaks {stats.KeyLeaks}");
        Assert.Equal(lines, texts.Distinct().Count());
        var wavs = Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories).ToList();
        Assert.Equal(lines, wavs.Count);
        foreach (string wav in wavs)
        {
            AssertValidWav(wav);
        }

        var audit = CacheAudit.Inspect(CacheDirectory);
        output.WriteLine("cache: " + audit);
        Assert.Empty(audit.Problems);
        Assert.Empty(audit.Leftovers);
        Assert.Equal(lines, audit.Entries);

        // The faults really happened, and cost at most 5 % more than the lines (ERROR jobs are not charged; a
        // truncated download of a COMPLETED job is, and is fetched again rather than synthesized again).
        Assert.True(stats.RateLimited > 0 && stats.ServerErrors > 0 && stats.Errored > 0 && stats.Dropped > 0, "the faults were not injected");
        Assert.True(stats.ChargedUsd <= 0.04m * lines * 1.05m, $"charged ${stats.ChargedUsd} for {lines} lines");
    }
}
