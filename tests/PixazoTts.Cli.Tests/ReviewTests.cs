using PixazoTts.Cli.Tests.Infrastructure;

namespace PixazoTts.Cli.Tests;

/// <summary><c>review -o DIR</c>: the lines are made through the cache, then the review page is written (its content is the page generator's own tests' concern).</summary>
[Collection(CliToolGroup.Name)]
public sealed class ReviewTests(CliToolFixture tool)
{
    [Fact]
    public async Task Review_makes_the_lines_and_writes_the_page_and_a_rerun_reports_nothing_new()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("review"));
        cli.WriteLines("Voice/intro.tts.json", 3);
        cli.Write("Voice/rtl.tts.json", "{ \"language_code\": \"ar-EG\", \"lines\": { \"hello\": \"مرحبا يا مسافر\" } }");

        var first = await cli.RunAsync("review", "Voice", "-o", "Review", "--provider", "Placeholder", "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        string index = Path.Combine(cli.WorkingDirectory, "Review", "index.html");
        Assert.Equal(index, first.Json.GetProperty("index").GetString());
        Assert.True(File.Exists(index));
        Assert.Equal(4, first.Json.GetProperty("lines").GetInt32());
        Assert.Equal(4, first.Json.GetProperty("new").GetInt32());

        var second = await cli.RunAsync("review", "Voice", "-o", "Review", "--provider", "Placeholder", "--json");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(0, second.Json.GetProperty("new").GetInt32());
        Assert.Equal(0, second.Json.GetProperty("changed").GetInt32());
    }
}
