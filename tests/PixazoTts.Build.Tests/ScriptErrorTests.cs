using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>A broken script is an error at its file, line and column, and nothing is spent.</summary>
public sealed class ScriptErrorTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    /// <summary>Each case: the code, the script, and the text on the reported line that the column must fall in.</summary>
    private static readonly (string Code, string Script, string Marker)[] Cases =
    [
        ("PTTS1001", "{\n  \"lines\": {\n    \"a\": \"one\"\n    \"b\": \"two\"\n  }\n}\n", "\"b\""),
        ("PTTS1005", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"bad id!\": \"two\"\n  }\n}\n", "\"bad id!\""),
        ("PTTS1006", "{\n  \"lines\": {\n    \"a\": \"one\",\n    \"a\": \"two\"\n  }\n}\n", "    \"a\": \"two\""),
        ("PTTS1007", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"a\": { \"voice\": \"Kore\" }\n  }\n}\n", "\"a\": { \"voice\": \"Kore\" }"),
        ("PTTS1008", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"a\": \"   \"\n  }\n}\n", "\"a\": \"   \""),
        ("PTTS1009", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"a\": 42\n  }\n}\n", "\"a\": 42"),
    ];

    /// <summary>
    /// One build of a project with every broken script side by side (a build reports every script's errors, not only the
    /// first): each error at its own file, line and column, and no request for anything.
    /// </summary>
    [Fact]
    public async Task Every_script_error_is_reported_at_its_position_and_nothing_is_requested()
    {
        var project = NewProject();
        foreach (var (code, script, _) in Cases)
        {
            project.WriteFile("Voice/" + code + ".tts.json", script);
        }

        var result = await project.BuildAsync(Environment);

        AssertFailed(result);
        Assert.Equal(0, Emulator.Stats.Generate);
        var diagnostics = ConsumerProject.Diagnostics(result);
        foreach (var (code, script, marker) in Cases)
        {
            string[] lines = script.Split('\n');
            int expectedLine = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal)) + 1;
            int firstColumn = lines[expectedLine - 1].IndexOf(marker, StringComparison.Ordinal) + 1;
            int lastColumn = firstColumn + marker.Length - 1;
            string file = project.PathOf("Voice/" + code + ".tts.json");
            var error = Assert.Single(diagnostics, d => d.File == file);
            Assert.Equal(code, error.Code);
            Assert.Equal("error", error.Severity);
            Assert.Equal(expectedLine, error.Line);
            Assert.InRange(error.Column, firstColumn, lastColumn);
        }
    }
}
