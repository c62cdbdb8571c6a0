using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// An end-to-end reliability scenario whose every build is also a secrets check (suite 6): each build writes a
/// binary log, and the key must be in neither the console output nor that log, nor reach the emulator's CDN.
/// </summary>
public abstract class ReliabilityTest(PackageFeedFixture feed) : EndToEndTest(feed)
{
    /// <summary>Builds with <c>-bl</c> and checks the output and the log for the key; returns the result unjudged.</summary>
    protected async Task<DotNetResult> BuildScannedAsync(ConsumerProject project, BuildEnvironment environment, params string[] arguments)
    {
        string binlog = Path.Combine(WorkDirectory, project.Name + "-" + Guid.NewGuid().ToString("N")[..6] + ".binlog");
        var result = await project.BuildAsync(environment, [.. arguments, "-bl:" + binlog]);
        AssertKeyNowhere(result, binlog);
        return result;
    }

    /// <summary>The key is not in the output, not in the binary log (which must exist and be readable), and never reached another origin.</summary>
    protected void AssertKeyNowhere(DotNetResult result, string binlog)
    {
        Assert.DoesNotContain(ApiKey, result.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(binlog), "no binary log at " + binlog);
        Assert.False(BinaryLogScanner.Contains(binlog, ApiKey), "the key is in the binary log " + binlog);
        Assert.Equal(0, Emulator.Stats.KeyLeaks);
    }

    /// <summary>An expected failure is a PTTS diagnostic, never a stack trace or an exception's name.</summary>
    protected static void AssertNoCrash(DotNetResult result)
    {
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MSB4018", result.Output, StringComparison.Ordinal);
    }
}
