using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;
using Xunit.Abstractions;

namespace PixazoTts.Build.Tests.Reliability;

/// <summary>Four projects that share one cache and many lines, built at the same moment: one request per distinct line.</summary>
public sealed class ConcurrencyTests(PackageFeedFixture feed, ITestOutputHelper output) : EndToEndTest(feed)
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

        var results = await Task.WhenAll(projects.Select(p => p.BuildAsync(Environment)));

        foreach (var result in results)
        {
            AssertSucceeded(result);
            Assert.DoesNotContain(ApiKey, result.Output, StringComparison.Ordinal);
        }

        output.WriteLine($"accepted {Emulator.Stats.Accepted} for 60 distinct lines in 4 projects built at once");
        Assert.Equal(60, Emulator.Stats.Accepted);
        var audit = CacheAudit.Inspect(CacheDirectory);
        Assert.Equal(60, audit.Entries);
        Assert.Empty(audit.Problems);
        Assert.Empty(audit.TemporaryFiles);
        foreach (var project in projects)
        {
            Assert.Equal(30, Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories).Count());
        }
    }
}
