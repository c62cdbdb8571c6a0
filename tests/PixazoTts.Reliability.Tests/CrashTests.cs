using System.Diagnostics;
using System.Text;
using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using Xunit.Abstractions;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// Suite 2, crashes: rounds of "new lines arrive, a cold build starts, the whole build process tree is killed with
/// SIGKILL at a random moment, the next build runs to the end". After every kill the cache holds no corrupt entry;
/// after every following build every line is there and valid, and no temporary or lock file is left behind.
/// </summary>
public sealed class CrashTests(PackageFeedFixture feed, ITestOutputHelper output) : ReliabilityTest(feed)
{
    [Fact]
    public Task Two_kills_during_cold_builds_each_followed_by_a_build_that_completes() => RunAsync(rounds: 2, linesPerRound: 16, seed: 11);

    [LongFact]
    public Task Twelve_kills_during_cold_builds_each_followed_by_a_build_that_completes() => RunAsync(rounds: 12, linesPerRound: 24, seed: 12);

    private async Task RunAsync(int rounds, int linesPerRound, int seed)
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 1500, Seed = seed });
        var project = NewProject();
        var random = new Random(seed);

        // Restore once, so every kill lands in the build itself (evaluation, compiling, or synthesis).
        AssertSucceeded(await DotNetCli.RunAsync(project.Directory, ["restore", project.ProjectFile, "-nodeReuse:false", "--disable-build-servers"], Environment.ToVariables()));
        int lines = 0;
        for (int round = 0; round < rounds; round++)
        {
            ScriptSet.Write(project, linesPerRound, files: 2, tag: "round" + round);
            int before = CacheAudit.Inspect(CacheDirectory).Entries;
            lines += linesPerRound;

            // The build reaches the synthesis after 2 to 4 s on two cores; the round's lines take about 5 s more.
            var delay = TimeSpan.FromMilliseconds(random.Next(1500, 9000));
            var (killedAfter, exited) = await BuildAndKillAsync(project, delay);
            var afterKill = CacheAudit.Inspect(CacheDirectory);
            output.WriteLine($"round {round + 1}: {(exited ? "build finished before" : "SIGKILL")} at {killedAfter.TotalSeconds:0.0} s, {afterKill.Entries - before}/{linesPerRound} new entries, {afterKill.Leftovers.Count} temp/lock files, {afterKill.Problems.Count} problems");
            Assert.Empty(afterKill.Problems);

            var next = await BuildScannedAsync(project, Environment, "--no-restore");

            AssertSucceeded(next);
            var audit = CacheAudit.Inspect(CacheDirectory);
            Assert.Empty(audit.Problems);
            Assert.Empty(audit.Leftovers);
            Assert.Equal(lines, audit.Entries);
            var wavs = Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories).ToList();
            Assert.Equal(lines, wavs.Count);
            Assert.All(wavs, AssertValidWav);
        }

        var stats = Emulator.Stats;
        output.WriteLine($"{rounds} rounds, {lines} lines: accepted {stats.Accepted} requests, completed {stats.Completed}, charged ${stats.ChargedUsd}, key leaks {stats.KeyLeaks}");
    }

    /// <summary>Starts a build and, unless it ends first, kills its whole process tree after <paramref name="delay"/>.</summary>
    private async Task<(TimeSpan Elapsed, bool Exited)> BuildAndKillAsync(ConsumerProject project, TimeSpan delay)
    {
        var info = DotNetCli.CreateStartInfo(
            project.Directory,
            ["build", project.ProjectFile, "--no-restore", "-nodeReuse:false", "--disable-build-servers", "-tl:off"],
            Environment.ToVariables());
        var console = new StringBuilder();
        using var build = Process.Start(info)!;
        build.OutputDataReceived += (_, e) => { lock (console) { console.AppendLine(e.Data); } };
        build.ErrorDataReceived += (_, e) => { lock (console) { console.AppendLine(e.Data); } };
        build.BeginOutputReadLine();
        build.BeginErrorReadLine();
        var stopwatch = Stopwatch.StartNew();
        bool exited = true;
        using var timeout = new CancellationTokenSource(delay);
        try
        {
            await build.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGKILL to dotnet, the MSBuild nodes and the compiler: no cleanup code of ours or MSBuild's runs.
            exited = false;
            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync();
        }

        lock (console)
        {
            Assert.DoesNotContain(ApiKey, console.ToString(), StringComparison.Ordinal);
        }

        return (stopwatch.Elapsed, exited);
    }
}
