using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>The API key is read inside the task and appears in no output, including a binary log.</summary>
public sealed class SecretTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task The_api_key_is_absent_from_the_console_and_the_binary_log()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        string binlog = Path.Combine(WorkDirectory, "build.binlog");

        var result = await project.BuildAsync(Environment, "-v:d", "-bl:" + binlog);

        AssertSucceeded(result);
        Assert.Equal(2, Emulator.Stats.Generate);
        Assert.Equal(0, Emulator.Stats.KeyLeaks);
        Assert.DoesNotContain(ApiKey, result.Output, StringComparison.Ordinal);

        // The scanner does find what the log holds: the project's script path and the gateway address the build used.
        Assert.True(BinaryLogScanner.EmbeddedFileCount(binlog) > 0);
        Assert.True(BinaryLogScanner.Contains(binlog, "PixazoTtsSynthesize"));
        Assert.True(BinaryLogScanner.Contains(binlog, Emulator.BaseUrl.ToString().TrimEnd('/')));
        Assert.False(BinaryLogScanner.Contains(binlog, ApiKey));
    }
}
