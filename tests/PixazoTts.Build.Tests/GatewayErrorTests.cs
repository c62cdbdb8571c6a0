using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tests;

/// <summary>
/// A gateway failure is its PTTS code, never a stack trace: at the line it hit, with the line's id; or, for a failure of
/// the account (401, 402, 403), once for the build, with the number of lines not made, and no further request.
/// </summary>
public sealed class GatewayErrorTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    private const string Script = "{\n  \"voice\": \"Kore\",\n  \"lines\": {\n    \"greeting\": \"Hello, traveller!\"\n  }\n}\n";

    [Fact]
    public async Task A_rejected_key_is_one_PTTS3001_for_the_build_however_many_lines_and_nothing_more_is_submitted()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, ApiKey = "the-only-accepted-key" });

        var error = await BuildExpectingAccountErrorAsync("PTTS3001", lines: 13, concurrency: 1);

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.Contains("13 line(s) were not synthesized; no further request was made.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Emulator.Stats.Generate);
    }

    [Fact]
    public async Task A_rejected_key_with_lines_in_parallel_is_still_one_error_and_no_line_starts_after_it()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, ApiKey = "the-only-accepted-key" });

        var error = await BuildExpectingAccountErrorAsync("PTTS3001", lines: 13, concurrency: 8);

        // At most the first wave (8 lines submitted together) reached the gateway; the other 5 never started.
        Assert.InRange(Emulator.Stats.Generate, 1, 8);
        Assert.Contains("13 line(s) were not synthesized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_balance_is_one_PTTS3002_with_the_amount_the_lines_need()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, BalanceUsd = 0m });

        var error = await BuildExpectingAccountErrorAsync("PTTS3002", lines: 13, concurrency: 1);

        Assert.Contains("this request needs $0.04", error.Message, StringComparison.Ordinal);
        Assert.Contains("13 line(s) were not synthesized (they need $0.52)", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Emulator.Stats.Generate);
    }

    [Fact]
    public async Task A_failed_job_is_PTTS3006_with_the_reason()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, RateFailed = 1.0 });

        var error = await BuildExpectingGatewayErrorAsync("PTTS3006");

        Assert.Equal(1, Emulator.Stats.Failed);
        Assert.Contains("failed", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("no reason given", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_forbidden_key_is_one_PTTS3003_for_the_build()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, ForbiddenKey = ApiKey });

        var error = await BuildExpectingAccountErrorAsync("PTTS3003", lines: 1, concurrency: 8);

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.Contains("1 line(s) were not synthesized", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rate_limiting_that_outlasts_the_retries_is_PTTS3005_at_the_line()
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, Rate429 = 1.0, RetryAfterSeconds = 1 });

        var error = await BuildExpectingGatewayErrorAsync("PTTS3005");

        // Every attempt was answered 429 and none was charged: the client retried, then gave up with the code.
        Assert.True(Emulator.Stats.RateLimited > 1, "expected retries, saw " + Emulator.Stats.RateLimited + " 429 answers");
        Assert.Equal(0m, Emulator.Stats.ChargedUsd);
    }

    private async Task<ReportedDiagnostic> BuildExpectingAccountErrorAsync(string code, int lines, int concurrency)
    {
        var project = NewProject(extraProjectContent: $"<PropertyGroup><TtsMaxConcurrency>{concurrency}</TtsMaxConcurrency></PropertyGroup>");
        string entries = string.Join(",\n", Enumerable.Range(1, lines).Select(i => $"    \"line{i}\": \"Line number {i}.\""));
        project.WriteFile("Voice/intro.tts.json", "{\n  \"lines\": {\n" + entries + "\n  }\n}\n");

        var result = await project.BuildAsync(Environment);

        AssertFailed(result);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, result.Output, StringComparison.Ordinal);
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code.StartsWith("PTTS3", StringComparison.Ordinal));
        Assert.Equal(code, error.Code);
        Assert.Equal(project.ProjectFile, error.File);
        Assert.Empty(CachedKeys());
        return error;
    }

    private async Task<ReportedDiagnostic> BuildExpectingGatewayErrorAsync(string code)
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", Script);

        var result = await project.BuildAsync(Environment);

        AssertFailed(result);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, result.Output, StringComparison.Ordinal);
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == code);
        Assert.Equal(project.PathOf("Voice/intro.tts.json"), error.File);
        Assert.Equal(4, error.Line);
        Assert.Contains("Voice/intro/greeting", error.Message, StringComparison.Ordinal);
        Assert.Contains("'greeting'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav")));

        // Nothing half-made is left for the next build to trust.
        Assert.Empty(CachedKeys());
        return error;
    }
}
