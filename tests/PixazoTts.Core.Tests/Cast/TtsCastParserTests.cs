using System.Text;

namespace PixazoTts.Tests.Cast;

public class TtsCastParserTests
{
    private const string Path = "Voice/cast.json";

    private static TtsCastFile Parse(string json)
    {
        var fromText = TtsCastParser.Parse(Path, json);
        Assert.Equal(fromText, TtsCastParser.Parse(Path, Encoding.UTF8.GetBytes(json)));
        return fromText;
    }

    private static void At(TtsDiagnostic diagnostic, string code, int line, int column)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal((line, column), (diagnostic.Span!.Value.StartLine + 1, diagnostic.Span!.Value.StartColumn + 1));
    }

    [Fact]
    public void A_cast_file_gives_its_characters_and_lexicon_in_file_order()
    {
        var file = Parse("""
            {
              "$schema": "../spec/tts-cast.schema.json",
              // comments and trailing commas, as in scripts
              "cast": {
                "blacksmith": { "voice": "Algenib", "prompt": "Gruff", "language_code": "en-US" },
                "innkeeper": { "voice": "Sulafat" },
                "ghost": {},
              },
              "lexicon": { "Xyl'thar": "Zill-thar", "GUI": "gooey" },
            }
            """);

        Assert.Empty(file.Diagnostics);
        Assert.Equal(["blacksmith", "innkeeper", "ghost"], file.Characters.Select(c => c.Name));
        Assert.Equal(new TtsVoiceSettings("Algenib", "Gruff", "en-US"), file.Characters[0].Settings);
        Assert.Equal(TtsVoiceSettings.None, file.Characters[2].Settings);
        Assert.Equal(["Xyl'thar", "GUI"], file.Lexicon.Select(e => e.Word));
        Assert.Equal("gooey", file.Lexicon[1].Respelling);
        Assert.Equal((9, 41), (file.Lexicon[1].WordSpan.StartLine + 1, file.Lexicon[1].WordSpan.StartColumn + 1));
        Assert.Equal((5, 5), (file.Characters[0].NameSpan.StartLine + 1, file.Characters[0].NameSpan.StartColumn + 1));
    }

    [Theory]
    [InlineData("{ \"lexicon\": {} }", "PTTS1022", 1, 1)]
    [InlineData("{ \"cast\": { \"-bad\": {} } }", "PTTS1023", 1, 13)]
    [InlineData("{ \"cast\": { \"a\": {}, \"a\": {} } }", "PTTS1015", 1, 22)]
    [InlineData("{ \"cast\": { \"a\": \"Kore\" } }", "PTTS1009", 1, 18)]
    [InlineData("{ \"cast\": { \"a\": { \"voice\": 5 } } }", "PTTS1009", 1, 29)]
    [InlineData("{ \"cast\": { \"a\": { \"voice\": \"kore\" } } }", "PTTS1011", 1, 29)]
    [InlineData("{ \"cast\": { \"a\": { \"language_code\": \"en_US!\" } } }", "PTTS1012", 1, 37)]
    [InlineData("{ \"cast\": { \"a\": { \"speed\": 2 } } }", "PTTS1010", 1, 20)]
    [InlineData("{ \"cast\": {}, \"extra\": 1 }", "PTTS1010", 1, 15)]
    [InlineData("{ \"cast\": [] }", "PTTS1009", 1, 11)]
    [InlineData("{ \"cast\": {}, \"lexicon\": { \"\": \"x\" } }", "PTTS1021", 1, 28)]
    [InlineData("{ \"cast\": {}, \"lexicon\": { \" GUI\": \"x\" } }", "PTTS1021", 1, 28)]
    [InlineData("{ \"cast\": {}, \"lexicon\": { \"GUI\": \" \" } }", "PTTS1021", 1, 35)]
    [InlineData("{ \"cast\": {}, \"lexicon\": { \"GUI\": 1 } }", "PTTS1009", 1, 35)]
    [InlineData("{ \"cast\": {}, \"lexicon\": [] }", "PTTS1009", 1, 26)]
    [InlineData("{ \"cast\": { ", "PTTS1001", 1, 13)]
    [InlineData("[]", "PTTS1002", 1, 1)]
    [InlineData("", "PTTS1001", 1, 1)]
    public void Every_mistake_is_one_diagnostic_at_its_place(string json, string code, int line, int column) =>
        At(Assert.Single(Parse(json).Diagnostics), code, line, column);

    [Fact]
    public void A_character_with_an_error_is_left_out_and_the_rest_stays()
    {
        var file = Parse("{ \"cast\": { \"a\": { \"voice\": 5 }, \"b\": { \"voice\": \"Kore\" } } }");

        Assert.Equal(["b"], file.Characters.Select(c => c.Name));
    }

    [Fact]
    public void Invalid_UTF8_is_PTTS1014_at_the_byte()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("{ \"cast\": { \"caf"), 0xE9, .. Encoding.UTF8.GetBytes("\": {} } }")];

        At(Assert.Single(TtsCastParser.Parse(Path, bytes).Diagnostics), "PTTS1014", 1, 17);
    }

    [Fact]
    public void Files_merge_in_path_order_and_report_what_clashes_between_them()
    {
        var b = TtsCastParser.Parse("b/cast.json", "{ \"cast\": { \"smith\": { \"voice\": \"Puck\" }, \"old-man\": {} }, \"lexicon\": { \"GUI\": \"g\" } }");
        var a = TtsCastParser.Parse("a/cast.json", "{ \"cast\": { \"smith\": { \"voice\": \"Kore\" }, \"old_man\": {}, \"cast\": {} }, \"lexicon\": { \"GUI\": \"gooey\" } }");

        var cast = TtsCast.Merge([b, a]);

        Assert.Equal(2, cast.FileCount);
        Assert.Equal(["smith", "old_man"], cast.Characters.Select(c => c.Name));
        Assert.Equal("Kore", cast.Find("smith")!.Settings.Voice);
        Assert.Equal("gooey", Assert.Single(cast.Lexicon).Respelling);
        Assert.Equal(
            ["a/cast.json PTTS1026", "b/cast.json PTTS1024", "b/cast.json PTTS1026", "b/cast.json PTTS1025"],
            cast.Diagnostics.Select(d => d.FilePath + " " + d.Code));
        Assert.Contains("the class TtsAssets.Cast itself", cast.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Contains("character 'old_man'", cast.Diagnostics[2].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Blacksmith", "blacksmith")]
    [InlineData("smiht", "smith")]
    [InlineData("inkeeper", "innkeeper")]
    public void The_closest_name_is_suggested(string name, string expected)
    {
        var cast = TtsCast.Merge([TtsCastParser.Parse(Path, "{ \"cast\": { \"smith\": {}, \"innkeeper\": {}, \"blacksmith\": {} } }")]);

        Assert.Equal(expected, cast.SuggestClosest(name));
    }
}
