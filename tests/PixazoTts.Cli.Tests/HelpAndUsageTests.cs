using PixazoTts.Cli.Tests.Infrastructure;

namespace PixazoTts.Cli.Tests;

/// <summary>Every command answers --help; a wrong command line is exit code 2 with the parser's message, never a stack trace.</summary>
[Collection(CliToolGroup.Name)]
public sealed class HelpAndUsageTests(CliToolFixture tool)
{
    [Theory]
    [InlineData("say")]
    [InlineData("plan")]
    [InlineData("sync")]
    [InlineData("lint")]
    [InlineData("voices")]
    [InlineData("review")]
    [InlineData("cache")]
    [InlineData("cache", "stats")]
    [InlineData("cache", "verify")]
    [InlineData("cache", "prune")]
    [InlineData("cache", "push")]
    [InlineData("cache", "pull")]
    public async Task Every_command_has_help(params string[] command)
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("help"));

        var result = await cli.RunAsync([.. command, "--help"]);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Usage:", result.Output, StringComparison.Ordinal);
        Assert.Contains("pixazo-tts " + string.Join(' ', command), result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_root_help_lists_the_commands_and_the_exit_codes()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("help"));

        var result = await cli.RunAsync("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (string command in new[] { "say", "plan", "sync", "lint", "voices", "cache", "review" })
        {
            Assert.Contains("  " + command, result.Output, StringComparison.Ordinal);
        }

        Assert.Contains("130 canceled", result.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("frobnicate")]
    [InlineData("sync")]                       // --out is required
    [InlineData("lint", "--format", "xml")]    // not among msbuild|sarif
    [InlineData("say")]                        // TEXT is required
    public async Task A_wrong_command_line_is_exit_code_2(params string[] arguments)
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("usage"));

        var result = await cli.RunAsync(arguments);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("pixazo-tts --help", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_path_is_PTTS2301_exit_1()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("usage"));

        var result = await cli.RunAsync("plan", "NoSuchFolder");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PTTS2301: 'NoSuchFolder' does not exist", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Voices_lists_the_thirty_voices_with_their_tones_as_json()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("voices"));

        var result = await cli.RunAsync("voices", "--json");

        Assert.Equal(0, result.ExitCode);
        var voices = result.Json.EnumerateArray().ToList();
        Assert.Equal(30, voices.Count);
        Assert.Contains(voices, v => v.GetProperty("name").GetString() == "Kore" && v.GetProperty("tone").GetString() == "Firm");
        Assert.Contains(voices, v => v.GetProperty("name").GetString() == "Sulafat" && v.GetProperty("tone").GetString() == "Warm");

        var plain = await cli.RunAsync("voices");
        Assert.Equal(0, plain.ExitCode);
        Assert.Contains("Fenrir\tExcitable", plain.Output, StringComparison.Ordinal);
    }
}
