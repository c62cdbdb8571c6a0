using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using Xunit.Abstractions;

namespace PixazoTts.Build.Tests.Reliability;

/// <summary>
/// A build through a gateway that fails often (429s, 500s, ERROR jobs, truncated media, dropped connections)
/// still completes: every WAV and cache entry valid, at most 5 % more charges than lines, the key nowhere.
/// </summary>
public sealed class FaultToleranceTests(PackageFeedFixture feed, ITestOutputHelper output) : EndToEndTest(feed)
{
    [Fact]
    public Task Forty_lines_through_a_faulty_gateway_all_arrive_valid_and_are_charged_fairly() => RunAsync(lines: 40, files: 4);

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
        string binlog = Path.Combine(WorkDirectory, "faults.binlog");

        // 35 % of gateway calls fail here, far beyond a real gateway; 10 retries make losing a line by bad luck
        // negligible (0.35^11 per call) without hiding a real failure to retry.
        var result = await project.BuildAsync(Environment, "-p:TtsMaxRetries=10", "-p:TtsMaxConcurrency=16", "-bl:" + binlog);

        AssertSucceeded(result);
        var stats = Emulator.Stats;
        output.WriteLine($"lines {lines}; generate {stats.Generate}, accepted {stats.Accepted}, status {stats.Status}, media {stats.Media}, completed {stats.Completed}, errored {stats.Errored}, rate-limited {stats.RateLimited}, 500s {stats.ServerErrors}, dropped {stats.Dropped}, charged ${stats.ChargedUsd}");
        Assert.Equal(lines, texts.Count);
        foreach (string wav in Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories))
        {
            AssertValidWav(wav);
        }

        Assert.Equal(lines, Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories).Count());
        var audit = CacheAudit.Inspect(CacheDirectory);
        Assert.Empty(audit.Problems);
        Assert.Empty(audit.TemporaryFiles);
        Assert.Equal(lines, audit.Entries);

        // The faults really happened, and cost at most 5 % more than the lines.
        Assert.True(stats.RateLimited > 0 && stats.ServerErrors > 0 && stats.Errored > 0, "the faults were not injected");
        Assert.True(stats.ChargedUsd <= 0.04m * lines * 1.05m, $"charged ${stats.ChargedUsd} for {lines} lines");
        Assert.Equal(0, stats.KeyLeaks);
        Assert.DoesNotContain(ApiKey, result.Output, StringComparison.Ordinal);
        Assert.False(BinaryLogScanner.Contains(binlog, ApiKey), "the key is in the binary log");
    }
}
