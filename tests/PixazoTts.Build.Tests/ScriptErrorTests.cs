using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>A broken script is an error at its file, line and column, and nothing is spent.</summary>
public sealed class ScriptErrorTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    /// <summary>Each case: the code, the script, and the text on the reported line that the column must fall in.</summary>
    public static TheoryData<string, string, string> Cases => new()
    {
        { "PTTS1001", "{\n  \"lines\": {\n    \"a\": \"one\"\n    \"b\": \"two\"\n  }\n}\n", "\"b\"" },
        { "PTTS1005", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"bad id!\": \"two\"\n  }\n}\n", "\"bad id!\"" },
        { "PTTS1006", "{\n  \"lines\": {\n    \"a\": \"one\",\n    \"a\": \"two\"\n  }\n}\n", "    \"a\": \"two\"" },
        { "PTTS1007", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"a\": { \"voice\": \"Kore\" }\n  }\n}\n", "\"a\": { \"voice\": \"Kore\" }" },
        { "PTTS1008", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"a\": \"   \"\n  }\n}\n", "\"a\": \"   \"" },
        { "PTTS1009", "{\n  \"lines\": {\n    \"ok\": \"one\",\n    \"a\": 42\n  }\n}\n", "\"a\": 42" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_script_error_is_reported_at_its_position_and_nothing_is_requested(string code, string script, string marker)
    {
        var project = NewProject();
        project.WriteFile("Voice/broken.tts.json", script);

        var result = await project.BuildAsync(Environment);

        AssertFailed(result);
        Assert.Equal(0, Emulator.Stats.Generate);
        string[] lines = script.Split('\n');
        int expectedLine = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal)) + 1;
        int firstColumn = lines[expectedLine - 1].IndexOf(marker, StringComparison.Ordinal) + 1;
        int lastColumn = firstColumn + marker.Length - 1;
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == code);
        Assert.Equal("error", error.Severity);
        Assert.Equal(project.PathOf("Voice/broken.tts.json"), error.File);
        Assert.Equal(expectedLine, error.Line);
        Assert.InRange(error.Column, firstColumn, lastColumn);
    }
}
