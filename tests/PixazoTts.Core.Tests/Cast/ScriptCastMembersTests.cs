using PixazoTts.Tests.Scripts;

namespace PixazoTts.Tests.Cast;

/// <summary>The parser's new members: speaker (top level and line), lexicon (top level), take (line).</summary>
public class ScriptCastMembersTests
{
    [Fact]
    public void Speaker_lexicon_and_take_are_read_with_their_places()
    {
        const string json = "{ \"speaker\": \"smith\", \"lexicon\": { \"GUI\": \"gooey\" }, \"lines\": { \"a\": \"x\", \"b\": { \"text\": \"y\", \"speaker\": \"inn\", \"take\": 3 } } }";
        var result = ParseAssert.Parse(json);

        Assert.Empty(result.Diagnostics);
        var script = result.Script!;
        Assert.Equal("smith", script.Speaker);
        Assert.Equal("\"smith\"", json.Substring(script.SpeakerSpan!.Value.Start, script.SpeakerSpan!.Value.Length));
        Assert.Equal("gooey", Assert.Single(script.Lexicon).Respelling);
        Assert.Equal((null, 1), (script.Lines[0].Speaker, script.Lines[0].Take));
        Assert.Equal(("inn", 3), (script.Lines[1].Speaker, script.Lines[1].Take));
        Assert.Equal("\"inn\"", json.Substring(script.Lines[1].SpeakerSpan!.Value.Start, script.Lines[1].SpeakerSpan!.Value.Length));
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("-2", "-2")]
    [InlineData("1.5", "1.5")]
    [InlineData("1001", "1001")]
    [InlineData("\"2\"", "a string")]
    [InlineData("null", "null")]
    public void A_bad_take_is_an_error_at_its_value_and_the_line_is_left_out(string take, string found)
    {
        string json = "{ \"lines\": { \"a\": { \"text\": \"x\", \"take\": " + take + " }, \"b\": \"y\" } }";

        var diagnostic = ParseAssert.Single(json, "PTTS1019", 1, 42);

        Assert.Contains("but it is " + found + ";", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(["b"], ParseAssert.Parse(json).Script!.Lines.Select(l => l.Id));
    }

    [Theory]
    [InlineData("{ \"speaker\": 5, \"lines\": { \"a\": \"x\" } }", "PTTS1009", 1, 14)]
    [InlineData("{ \"lexicon\": [], \"lines\": { \"a\": \"x\" } }", "PTTS1009", 1, 14)]
    [InlineData("{ \"lexicon\": { \"GUI\": \"\" }, \"lines\": { \"a\": \"x\" } }", "PTTS1021", 1, 23)]
    [InlineData("{ \"lines\": { \"a\": { \"text\": \"x\", \"speaker\": [] } } }", "PTTS1009", 1, 45)]
    [InlineData("{ \"lines\": { \"a\": { \"text\": \"x\", \"take\": 1, \"take\": 2 } } }", "PTTS1015", 1, 45)]
    public void Wrong_shapes_are_reported_where_they_are(string json, string code, int line, int column) =>
        ParseAssert.Single(json, code, line, column);
}
