using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using Xunit.Abstractions;

namespace PixazoTts.Reliability.Tests;

/// <summary>Suite 3, concurrency: four projects that share one cache and many lines, built at the same moment.</summary>
public sealed class ConcurrencyTests(PackageFeedFixture feed, ITestOutputHelper output) : ReliabilityTest(feed)
{
    protected override EmulatorOptions EmulatorOptions => new() { LatencyMs = 800 };

    [Fact]
    public async Task Four_projects_on_one_cache_request_each_distinct_line_once_and_corrupt_nothing()
    {
        // Every project has the 20 shared lines and 10 of its own: 20 + 4 x 10 = 60 distinct lines, 120 occurrences.
        var projects = Enumerable.Range(0, 4).Select(i => NewProject("Game" + i)).ToList();
        foreach (var (project, index) in projects.Select((p, i) => (p, i)))
        {
            ScriptSet.Write(project, lines: 20, files: 2, tag: "shared");
            ScriptSet.Write(project, lines: 10, files: 1, tag: "own" + index);
        }

        // Restore first, one at a time, so the four builds really overlap in synthesis (not in NuGet).
        foreach (var project in projects)
        {
            AssertSucceeded(await DotNetCli.RunAsync(project.Directory, ["restore", project.ProjectFile, "-nodeReuse:false", "--disable-build-servers"], Environment.ToVariables()));
        }

        var results = await Task.WhenAll(projects.Select(p => BuildScannedAsync(p, Environment, "--no-restore")));

        foreach (var result in results)
        {
            AssertSucceeded(result);
        }

        var stats = Emulator.Stats;
        output.WriteLine($"4 projects built at once, 60 distinct lines (120 occurrences): generate {stats.Generate}, accepted {stats.Accepted}, completed {stats.Completed}, media {stats.Media}, charged ${stats.ChargedUsd}");
        Assert.Equal(60, stats.Accepted);
        Assert.Equal(60, stats.Completed);
        var audit = CacheAudit.Inspect(CacheDirectory);
        output.WriteLine("cache: " + audit);
        Assert.Equal(60, audit.Entries);
        Assert.Empty(audit.Problems);
        Assert.Empty(audit.TemporaryFiles);

        // A build that waited for another's lock and then found the entry leaves the (free, empty) lock file behind:
        // harmless, the next holder reuses it, but litter (docs/reliability.md, "Findings"). None may still be held.
        Assert.Empty(audit.HeldLockFiles);
        foreach (var project in projects)
        {
            var wavs = Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories).ToList();
            Assert.Equal(30, wavs.Count);
            Assert.All(wavs, AssertValidWav);
        }
    }
}
