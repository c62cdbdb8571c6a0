using System.Text.Json;
using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary>
/// The tool reads the cast as the build does (a project's TtsCast items; cast files in a folder or on the command line),
/// so speakers, the lexicon and takes give the build's keys and the gateway hears the spoken text.
/// </summary>
[Collection(CliToolGroup.Name)]
public sealed class CastTests(CliToolFixture tool)
{
    private const string Cast = """
        {
          "cast": { "smith": { "voice": "Algenib", "prompt": "Gruff", "language_code": "en-GB" } },
          "lexicon": { "Eldoria": "El-DOR-ee-ah" }
        }
        """;

    private const string Script = """
        {
          "speaker": "smith",
          "lines": {
            "welcome": "Welcome to Eldoria!",
            "again": { "text": "Welcome to Eldoria!", "take": 2 },
            "plain": { "text": "Eldorian steel.", "voice": "Puck" }
          }
        }
        """;

    private static readonly string WelcomeKey = new TtsUtterance("Welcome to El-DOR-ee-ah!", "Algenib", "Gruff", "en-GB").ComputeKey(TtsModels.Gateway);
    private static readonly string AgainKey = new TtsUtterance("Welcome to El-DOR-ee-ah!", "Algenib", "Gruff", "en-GB", take: 2).ComputeKey(TtsModels.Gateway);
    private static readonly string PlainKey = new TtsUtterance("Eldorian steel.", "Puck", "Gruff", "en-GB").ComputeKey(TtsModels.Gateway);

    [Fact]
    public async Task Sync_of_a_folder_uses_its_cast_file_for_speakers_lexicon_and_takes()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 10 });
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("cast-folder"));
        cli.Environment["PIXAZO_API_KEY"] = "sk-cast-test";
        cli.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        cli.Write("Game/Voice/cast.json", Cast);
        cli.Write("Game/Voice/smith.tts.json", Script);

        var result = await cli.RunAsync("sync", "Game", "--out", "Out", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.WorkingDirectory, "Out", "pixazo-tts.manifest.json")));
        var keys = manifest.RootElement.GetProperty("lines").EnumerateArray()
            .ToDictionary(l => l.GetProperty("id").GetString()!, l => l.GetProperty("key").GetString());
        Assert.Equal(WelcomeKey, keys["welcome"]);
        Assert.Equal(AgainKey, keys["again"]);
        Assert.Equal(PlainKey, keys["plain"]);

        // The gateway hears the respelling; a word that only starts like an entry is left alone.
        var texts = emulator.Requests.Select(r => r.Text).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["Eldorian steel.", "Welcome to El-DOR-ee-ah!", "Welcome to El-DOR-ee-ah!"], texts);
        Assert.Equal(3, emulator.Stats.Generate);
    }

    [Fact]
    public async Task Plan_of_a_project_reads_its_TtsCast_items_and_agrees_with_a_folder_plan()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("cast-project"));
        cli.Write("Casting/people.json", Cast);
        cli.Write("Voice/smith.tts.json", Script);
        cli.Write("Game.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <TtsAsset Include="Voice/**/*.tts.json" />
                <TtsCast Include="Casting/people.json" />
              </ItemGroup>
            </Project>
            """);

        var project = await cli.RunAsync("plan", "Game.csproj", "--json");
        Assert.True(project.ExitCode == 0, project.ToString());
        Assert.Equal(3, project.Json.GetProperty("total").GetProperty("new").GetInt32());

        // The same scripts without their cast: the speaker is unknown, exactly where the script names it.
        var withoutCast = await cli.RunAsync("lint", "Voice");
        Assert.Equal(1, withoutCast.ExitCode);
        Assert.Contains(Path.Combine(cli.WorkingDirectory, "Voice", "smith.tts.json") + "(2,14): error PTTS1018", withoutCast.Output, StringComparison.Ordinal);

        // Naming the cast file beside the folder gives the project's answer.
        var withCast = await cli.RunAsync("lint", "Voice", "Casting/people.json");
        Assert.True(withCast.ExitCode == 0, withCast.ToString());
    }
}
