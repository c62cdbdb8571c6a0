using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// Suite 5, a hostile gateway seen from a real build: an answer the client must refuse is a clear PTTS error at the
/// line, never a stack trace, and nothing is cached; an answer that merely points at another origin (as a real CDN
/// does, or a polling_url the client never follows) builds, and that origin never sees the key.
/// (The client-level view of the same modes: tests/PixazoTts.Client.Tests.)
/// </summary>
public sealed class HostileGatewayTests(PackageFeedFixture feed) : ReliabilityTest(feed)
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

        var result = await BuildAsync("-p:TtsJobTimeout=5");

        AssertFailed(result);
        AssertNoCrash(result);
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == code);
        Assert.Equal(4, error.Line);
        Assert.Contains("greeting", error.Message, StringComparison.Ordinal);
        var audit = CacheAudit.Inspect(CacheDirectory);
        Assert.Equal(0, audit.Entries);
        Assert.Empty(audit.TemporaryFiles);
    }

    [Fact]
    public async Task Media_that_is_not_a_wav_is_PTTS3008_after_retries_and_nothing_is_cached()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, RateNotWav = 1.0 });

        var result = await BuildAsync("-p:TtsMaxRetries=2");

        AssertFailed(result);
        AssertNoCrash(result);
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS3008");
        Assert.Contains("greeting", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, CacheAudit.Inspect(CacheDirectory).Entries);
    }

    [Theory]
    [InlineData(EmulatorHostileModes.ForeignMediaUrl)]
    [InlineData(EmulatorHostileModes.RedirectMedia)]
    [InlineData(EmulatorHostileModes.ForeignPollingUrl)]
    public async Task Another_origin_in_the_answers_is_used_without_the_key(EmulatorHostileModes mode)
    {
        // Media on another host is how the real CDN works, and polling_url is never followed (the client polls the
        // gateway's own status endpoint; docs/contracts.md and PTTS3010): the build succeeds, the other origin gets no key.
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, Hostile = mode });

        var result = await BuildAsync();

        AssertSucceeded(result);
        AssertValidWav(Path.Combine(WorkDirectory, "Consumer", "bin", "Debug", "net10.0", "Voice", "intro", "greeting.wav"));
        var audit = CacheAudit.Inspect(CacheDirectory);
        Assert.Equal(1, audit.Entries);
        Assert.Empty(audit.Problems);
    }

    /// <summary>One line, built with a binary log; the key is checked in the output, the log and the emulator's leak count.</summary>
    private Task<DotNetResult> BuildAsync(params string[] properties)
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", Script);
        return BuildScannedAsync(project, Environment, properties);
    }
}
