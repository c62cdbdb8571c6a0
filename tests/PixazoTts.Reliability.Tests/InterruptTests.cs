using System.Diagnostics;
using System.Globalization;
using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using Xunit.Abstractions;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// Ctrl+C during synthesis (SIGINT to the build's process group, as a terminal sends it): the build ends promptly, says
/// how many lines were left in flight for the next build, and leaves no temporary file and no invalid entry; the next
/// build collects those jobs and submits no line twice, so the gateway charges exactly one price per distinct line.
/// </summary>
public sealed class InterruptTests(PackageFeedFixture feed, ITestOutputHelper output) : ReliabilityTest(feed)
{
    private const int Concurrency = 8;
    private const decimal Price = 0.04m;

    /// <summary>A hang, not a speed target: the measured figure (docs/reliability.md) is far below it.</summary>
    private static readonly TimeSpan ExitBound = TimeSpan.FromSeconds(30);

    [Fact]
    public Task Ctrl_C_during_synthesis_ends_the_build_promptly_and_the_next_build_pays_for_no_line_twice() =>
        RunAsync(lines: 16, latencyMs: 3000, interruptAfterStored: 0);

    /// <summary>The issue's measurement: 40 distinct lines, the documentation's 17 s per job, 8 in flight, Ctrl+C in the third wave.</summary>
    [LongFact]
    public Task Measured_Ctrl_C_with_40_lines_at_17_s_per_job_and_8_in_flight_charges_exactly_40_lines() =>
        RunAsync(lines: 40, latencyMs: 17_000, interruptAfterStored: 16);

    private async Task RunAsync(int lines, int latencyMs, int interruptAfterStored)
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = latencyMs, Seed = 21 });
        var project = NewProject();
        ScriptSet.Write(project, lines, files: 2);
        AssertSucceeded(await DotNetCli.RunAsync(project.Directory, ["restore", project.ProjectFile, "-nodeReuse:false", "--disable-build-servers"], Environment.ToVariables()));
        string concurrency = "-p:TtsMaxConcurrency=" + Concurrency.ToString(CultureInfo.InvariantCulture);

        // First build: Ctrl+C once a full wave of jobs is accepted and journalled (after interruptAfterStored lines are
        // stored), i.e. for certain during synthesis.
        var started = Stopwatch.StartNew();
        using var build = BuildProcess.Start(project, Environment, "--no-restore", concurrency);
        bool inSynthesis = await build.WaitWhileRunningUntilAsync(
            () => CacheAudit.JournalRecords(CacheDirectory).Count == Concurrency && StoredEntries() >= interruptAfterStored,
            TimeSpan.FromMinutes(10));
        Assert.True(inSynthesis, "the build ended before a wave of jobs was in flight:" + System.Environment.NewLine + build.Output);
        var interruptedAt = started.Elapsed;
        var signal = Stopwatch.StartNew();
        build.Interrupt();
        bool exited = await build.WaitForExitAsync(ExitBound);
        var exitTime = signal.Elapsed;
        Assert.True(exited, $"the build did not end within {ExitBound} of Ctrl+C:" + System.Environment.NewLine + build.Output);

        string first = build.Output;
        Assert.NotEqual(0, build.ExitCode);
        Assert.DoesNotContain(ApiKey, first, StringComparison.Ordinal);
        var audit = CacheAudit.Inspect(CacheDirectory);
        var firstStats = Emulator.Stats;
        output.WriteLine($"Ctrl+C at {interruptedAt.TotalSeconds:0.0} s into the build; it ended {exitTime.TotalSeconds:0.00} s later with exit code {build.ExitCode}; cache: {audit}; emulator: {firstStats.Accepted} accepted, {firstStats.InFlight} still running");
        output.WriteLine(first);

        int inFlight = audit.JournalRecords.Count;
        Assert.InRange(inFlight, 1, Concurrency);
        Assert.Contains($"PixazoTts: canceled; {inFlight} {(inFlight == 1 ? "line was" : "lines were")} in flight on the gateway (already paid for) and will be resumed by the next build.", first, StringComparison.Ordinal);
        Assert.Empty(audit.Problems);
        Assert.Empty(audit.TemporaryFiles);
        Assert.Empty(audit.HeldLockFiles);
        Assert.True(audit.Entries >= interruptAfterStored);
        // Every job the gateway accepted is either stored or journalled: none is lost, so none is paid for again.
        Assert.Equal(firstStats.Accepted, audit.Entries + inFlight);
        Assert.Equal(firstStats.Accepted, firstStats.Generate);

        // Second build: collects the journalled jobs and submits only the lines no job was accepted for.
        var second = await BuildScannedAsync(project, Environment, "--no-restore", concurrency);
        AssertSucceeded(second);
        var stats = Emulator.Stats;
        output.WriteLine(second.Output);
        output.WriteLine($"second build: {stats.Generate - firstStats.Generate} generate requests for {lines - audit.Entries - inFlight} lines never submitted and {inFlight} in flight; total {stats.Generate} generate, {stats.Accepted} accepted, {stats.Completed} completed, charged ${stats.ChargedUsd} for {lines} distinct lines");

        Assert.Contains($"{inFlight} resumed from an earlier build's jobs (paid then)", second.Output, StringComparison.Ordinal);
        Assert.Equal(lines - audit.Entries - inFlight, stats.Generate - firstStats.Generate);
        Assert.Equal(lines, stats.Generate);
        Assert.Equal(lines, stats.Accepted);
        Assert.Equal(0, stats.InFlight);
        Assert.Equal(lines * Price, stats.ChargedUsd);
        Assert.Equal(0, stats.KeyLeaks);

        var final = CacheAudit.Inspect(CacheDirectory);
        Assert.Empty(final.Problems);
        Assert.Empty(final.Leftovers);
        Assert.Empty(final.JournalRecords);
        Assert.Equal(lines, final.Entries);
        var wavs = Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories).ToList();
        Assert.Equal(lines, wavs.Count);
        Assert.All(wavs, AssertValidWav);
    }

    private int StoredEntries() => CacheAudit.CountEntries(CacheDirectory);
}
