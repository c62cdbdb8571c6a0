using System.Diagnostics;
using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using Xunit.Abstractions;

namespace PixazoTts.Build.Tests.Reliability;

/// <summary>
/// kill -9 of the whole build (dotnet, MSBuild nodes, compiler) at random moments of a cold build: the next build
/// completes, every cache entry is valid, and no temporary file outlives it.
/// </summary>
public sealed class CrashTests(PackageFeedFixture feed, ITestOutputHelper output) : EndToEndTest(feed)
{
    [Fact]
    public Task Two_kills_during_a_cold_build_leave_a_cache_the_next_build_completes() => RunAsync(lines: 40, kills: 2, seed: 11);

    [LongFact]
    public Task Ten_kills_during_a_cold_build_leave_a_cache_the_next_build_completes() => RunAsync(lines: 200, kills: 10, seed: 12);

    private async Task RunAsync(int lines, int kills, int seed)
    {
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 1500 });
        var project = NewProject();
        ScriptSet.Write(project, lines, files: 5);
        var random = new Random(seed);

        // Restore once, so every kill lands in the build itself.
        AssertSucceeded(await DotNetCli.RunAsync(project.Directory, ["restore", project.ProjectFile], Environment.ToVariables()));
        for (int kill = 0; kill < kills; kill++)
        {
            var delay = TimeSpan.FromMilliseconds(random.Next(1500, 9000));
            var killedAfter = await BuildAndKillAsync(project, delay);
            var audit = CacheAudit.Inspect(CacheDirectory);
            output.WriteLine($"kill {kill + 1}: after {killedAfter.TotalSeconds:0.0} s, {audit.Entries} entries, {audit.TemporaryFiles.Count} temp files, {audit.Problems.Count} problems");

            // A kill never leaves a corrupt entry behind (temp files may remain until the next write of that key).
            Assert.Empty(audit.Problems);
        }

        var final = await project.BuildAsync(Environment);

        AssertSucceeded(final);
        var finalAudit = CacheAudit.Inspect(CacheDirectory);
        output.WriteLine($"final build: {finalAudit.Entries} entries, accepted {Emulator.Stats.Accepted} requests for {lines} lines over {kills} kills");
        Assert.Equal(lines, finalAudit.Entries);
        Assert.Empty(finalAudit.Problems);
        Assert.Empty(finalAudit.TemporaryFiles);
        Assert.Equal(lines, Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories).Count());
    }

    private async Task<TimeSpan> BuildAndKillAsync(ConsumerProject project, TimeSpan delay)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = project.Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { "build", project.ProjectFile, "--no-restore", "-nodeReuse:false", "--disable-build-servers", "-tl:off" })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in Environment.ToVariables())
        {
            info.Environment[name] = value;
        }

        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var build = Process.Start(info)!;
        build.OutputDataReceived += (_, _) => { };
        build.ErrorDataReceived += (_, _) => { };
        build.BeginOutputReadLine();
        build.BeginErrorReadLine();
        var stopwatch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(delay);
        try
        {
            await build.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // SIGKILL to the whole tree: no cleanup code of ours or MSBuild's runs.
            build.Kill(entireProcessTree: true);
            await build.WaitForExitAsync();
        }

        return stopwatch.Elapsed;
    }
}
