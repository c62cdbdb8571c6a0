using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary><c>plan</c>: per file lines, cached, new and cost; the total; --max-usd as a CI gate; a project's items and properties read by MSBuild.</summary>
[Collection(CliToolGroup.Name)]
public sealed class PlanTests(CliToolFixture tool)
{
    [Fact]
    public async Task Plan_counts_per_file_what_is_cached_and_what_is_new_and_gates_on_max_usd()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 20 });
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("plan"));
        cli.Environment["PIXAZO_API_KEY"] = "sk-plan";
        cli.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        cli.WriteLines("Voice/a.tts.json", 3);
        cli.WriteLines("Voice/npc/b.tts.json", 5);
        Assert.Equal(0, (await cli.RunAsync("say", "a line number 0.", "--voice", "Kore")).ExitCode);
        Assert.Equal(1, emulator.Stats.Generate);

        var result = await cli.RunAsync("plan", "Voice", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var files = result.Json.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["a.tts.json", "npc/b.tts.json"], files.Select(f => f.GetProperty("script").GetString()));
        Assert.Equal((3, 1, 2, 0.08m), Row(files[0]));
        Assert.Equal((5, 0, 5, 0.20m), Row(files[1]));
        var total = result.Json.GetProperty("total");
        Assert.Equal(7, total.GetProperty("requests").GetInt32());
        Assert.Equal(0.28m, total.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(10m, result.Json.GetProperty("max_cost_usd").GetDecimal());
        Assert.Equal(1, emulator.Stats.Generate);

        var gated = await cli.RunAsync("plan", "Voice", "--max-usd", "0.20");
        Assert.Equal(3, gated.ExitCode);
        Assert.Contains("error PTTS2304: The new lines would cost $0.28, more than --max-usd $0.20.", gated.Error, StringComparison.Ordinal);
        Assert.Contains("a.tts.json\t3\t1\t2\t$0.08", gated.Output, StringComparison.Ordinal);
        Assert.Contains("total\t8\t1\t7\t$0.28", gated.Output, StringComparison.Ordinal);

        Assert.Equal(0, (await cli.RunAsync("plan", "Voice", "--max-usd", "0.28")).ExitCode);
    }

    [Fact]
    public async Task Plan_of_a_project_reads_its_TtsAsset_items_and_TtsMaxCostUsd_through_MSBuild()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("plan-project"));
        cli.WriteLines("Voice/intro.tts.json", 2);
        cli.WriteLines("Shared/extra.tts.json", 3);
        cli.WriteLines("Unused/ignored.tts.json", 4);
        cli.Write("Game.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TtsMaxCostUsd>0.10</TtsMaxCostUsd>
              </PropertyGroup>
              <ItemGroup>
                <TtsAsset Include="Voice/**/*.tts.json" />
                <TtsAsset Include="Shared/extra.tts.json" Link="Voice/extra.tts.json" Voice="Puck" />
              </ItemGroup>
            </Project>
            """);

        var result = await cli.RunAsync("plan", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(["Voice/extra.tts.json", "Voice/intro.tts.json"], result.Json.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("script").GetString()));
        Assert.Equal(0.20m, result.Json.GetProperty("total").GetProperty("cost_usd").GetDecimal());
        Assert.Equal(0.10m, result.Json.GetProperty("max_cost_usd").GetDecimal());
        Assert.True(result.Json.GetProperty("above_max_cost").GetBoolean());

        var plain = await cli.RunAsync("plan", "Game.csproj");
        Assert.Contains("TtsMaxCostUsd $0.10: a build would stop (PTTS2010)", plain.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_script_error_stops_plan_with_exit_1_at_the_file()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("plan-bad"));
        string file = cli.Write("Voice/bad.tts.json", "{ \"lines\": { \"a\": \"\" } }");

        var result = await cli.RunAsync("plan", "Voice");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(file + "(1,19): error PTTS1008", result.Error, StringComparison.Ordinal);
    }

    private static (int Lines, int Cached, int New, decimal Cost) Row(System.Text.Json.JsonElement file) =>
        (file.GetProperty("lines").GetInt32(), file.GetProperty("cached").GetInt32(), file.GetProperty("new").GetInt32(), file.GetProperty("cost_usd").GetDecimal());
}
