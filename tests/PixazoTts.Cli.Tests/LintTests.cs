using System.Text.Json;
using PixazoTts.Cli.Tests.Infrastructure;

namespace PixazoTts.Cli.Tests;

/// <summary><c>lint</c>: the build's diagnostics as MSBuild lines or SARIF 2.1.0 with every member code scanning needs.</summary>
[Collection(CliToolGroup.Name)]
public sealed class LintTests(CliToolFixture tool)
{
    private const string Bad = """
        {
          "lines": {
            "ok": "Fine.",
            "empty": "",
            "tag": "Hello [whispers",
            "who": { "text": "Hi.", "voice": "Korre" }
          }
        }
        """;

    // Each result's token (a JSON string literal, quotes included) and its rule, in file order.
    private static readonly (string Token, string Rule, string Level)[] Expected =
    [
        ("\"\"", "PTTS1008", "error"),
        ("\"Hello [whispers\"", "PTTS1013", "warning"),
        ("\"Korre\"", "PTTS1011", "warning"),
    ];

    [Fact]
    public async Task Sarif_output_has_every_member_code_scanning_needs_and_the_exact_region_of_each_result()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("lint"));
        cli.Write("Voice/bad.tts.json", Bad);
        cli.WriteLines("Voice/good.tts.json", 2);

        var result = await cli.RunAsync("lint", "Voice", "--format", "sarif", "-o", "reports/tts.sarif");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(cli.WorkingDirectory, "reports", "tts.sarif")));
        var log = sarif.RootElement;
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", log.GetProperty("$schema").GetString());
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("pixazo-tts", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(["PTTS1008", "PTTS1013", "PTTS1011"], rules.Select(r => r.GetProperty("id").GetString()));
        Assert.All(rules, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString())));

        string[] fileLines = Bad.Split('\n');
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(Expected.Length, results.Count);
        for (int i = 0; i < Expected.Length; i++)
        {
            var (token, rule, level) = Expected[i];
            var item = results[i];
            Assert.Equal(rule, item.GetProperty("ruleId").GetString());
            Assert.Equal(i, item.GetProperty("ruleIndex").GetInt32());
            Assert.Equal(level, item.GetProperty("level").GetString());
            Assert.False(string.IsNullOrEmpty(item.GetProperty("message").GetProperty("text").GetString()));
            var physical = Assert.Single(item.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            Assert.Equal("Voice/bad.tts.json", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());

            int line = Array.FindIndex(fileLines, l => l.Contains(token, StringComparison.Ordinal));
            int column = fileLines[line].IndexOf(token, StringComparison.Ordinal);
            var region = physical.GetProperty("region");
            Assert.Equal(
                (line + 1, column + 1, line + 1, column + token.Length + 1),
                (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        }

        Assert.Contains("Unknown voice 'Korre'; did you mean 'Kore'?", results[2].GetProperty("message").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Msbuild_format_prints_the_builds_lines_and_warnings_alone_exit_0()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("lint-msbuild"));
        string bad = cli.Write("Voice/bad.tts.json", Bad);

        var failing = await cli.RunAsync("lint", "Voice");

        Assert.Equal(1, failing.ExitCode);
        Assert.Equal(
            [
                bad + "(4,14): error PTTS1008: Line 'empty' has empty text; write the words to speak or remove the line.",
                bad + "(5,12): warning PTTS1013: Line 'tag' has an unbalanced '[' or ']'; close every audio tag, like [whispers], or the model may speak the bracket.",
                bad + "(6,38): warning PTTS1011: Unknown voice 'Korre'; did you mean 'Kore'? Use one of the 30 Gemini voices (ignore this if the gateway has added 'Korre').",
            ],
            failing.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));

        cli.Write("Voice/bad.tts.json", Bad.Replace("\"empty\": \"\"", "\"empty\": \"Now full.\"", StringComparison.Ordinal));
        var warningsOnly = await cli.RunAsync("lint", "Voice");
        Assert.Equal(0, warningsOnly.ExitCode);
        Assert.Equal(2, warningsOnly.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }
}
