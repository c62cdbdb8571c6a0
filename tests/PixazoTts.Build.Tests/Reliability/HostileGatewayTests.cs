using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tests.Reliability;

/// <summary>
/// A gateway that answers badly or maliciously, seen from a real build: a clear PTTS error at the line (or, where the
/// answer is legitimate, success), never a stack trace, and the key never leaves the gateway's origin.
/// </summary>
public sealed class HostileGatewayTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    private const string Script = "{\n  \"voice\": \"Kore\",\n  \"lines\": {\n    \"greeting\": \"Hello, traveller!\"\n  }\n}\n";

    [Theory]
    [InlineData(EmulatorHostileModes.FileMediaUrl, "PTTS3010")]
    [InlineData(EmulatorHostileModes.OversizeMedia, "PTTS3011")]
    [InlineData(EmulatorHostileModes.OversizeMediaChunked, "PTTS3011")]
    [InlineData(EmulatorHostileModes.NeverFinish, "PTTS3009")]
    public async Task A_dangerous_answer_is_a_clear_error_at_the_line(EmulatorHostileModes mode, string code)
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, Hostile = mode, OversizeMediaMiB = 80 });

        var (result, binlog) = await BuildAsync("-p:TtsJobTimeout=5");

        AssertFailed(result);
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == code);
        Assert.Equal(4, error.Line);
        Assert.Contains("greeting", error.Message, StringComparison.Ordinal);
        AssertNoLeak(result, binlog);
        Assert.Empty(CacheAudit.Inspect(CacheDirectory).TemporaryFiles);
        Assert.Equal(0, CacheAudit.Inspect(CacheDirectory).Entries);
    }

    [Fact]
    public async Task Media_that_is_not_a_wav_is_PTTS3008_after_retries_and_nothing_is_cached()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, RateNotWav = 1.0 });

        var (result, binlog) = await BuildAsync("-p:TtsMaxRetries=2");

        AssertFailed(result);
        Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS3008");
        AssertNoLeak(result, binlog);
        Assert.Equal(0, CacheAudit.Inspect(CacheDirectory).Entries);
    }

    [Theory]
    [InlineData(EmulatorHostileModes.ForeignMediaUrl)]
    [InlineData(EmulatorHostileModes.RedirectMedia)]
    [InlineData(EmulatorHostileModes.ForeignPollingUrl)]
    public async Task Another_origin_in_the_answers_is_used_without_the_key(EmulatorHostileModes mode)
    {
        // Media on another host is how the real CDN works, and polling_url is never followed (the client polls the
        // gateway's own status endpoint): the build succeeds, and the other origin never sees the key.
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, Hostile = mode });

        var (result, binlog) = await BuildAsync();

        AssertSucceeded(result);
        AssertValidWav(Path.Combine(Path.Combine(WorkDirectory, "Consumer"), "bin", "Debug", "net10.0", "Voice", "intro", "greeting.wav"));
        AssertNoLeak(result, binlog);
    }

    private async Task<(DotNetResult Result, string Binlog)> BuildAsync(params string[] properties)
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", Script);
        string binlog = Path.Combine(WorkDirectory, "hostile-" + Guid.NewGuid().ToString("N")[..6] + ".binlog");
        var result = await project.BuildAsync(Environment, [.. properties, "-bl:" + binlog]);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        return (result, binlog);
    }

    private void AssertNoLeak(DotNetResult result, string binlog)
    {
        Assert.Equal(0, Emulator.Stats.KeyLeaks);
        Assert.DoesNotContain(ApiKey, result.Output, StringComparison.Ordinal);
        Assert.False(BinaryLogScanner.Contains(binlog, ApiKey), "the key is in the binary log");
    }
}
