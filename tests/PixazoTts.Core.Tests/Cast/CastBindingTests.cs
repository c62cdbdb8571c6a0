using PixazoTts.Tests.Scripts;

namespace PixazoTts.Tests.Cast;

/// <summary>Speakers, the resolution order with speakers at every level, the spoken text, and what the binder reports.</summary>
public class CastBindingTests
{
    private const string CastJson = """
        {
          "cast": {
            "smith": { "voice": "Algenib", "prompt": "Gruff", "language_code": "en-GB" },
            "inn": { "voice": "Sulafat", "prompt": "Warm" },
            "ghost": { "prompt": "Hollow" }
          },
          "lexicon": { "Eldoria": "El-DOR-ee-ah", "GUI": "gooey", "Orc": "ork" }
        }
        """;

    private static readonly TtsCast Cast = TtsCast.Merge([TtsCastParser.Parse("Voice/cast.json", CastJson)]);
    private static readonly TtsVoiceSettings Item = new("Kore", "Item prompt", "fr-FR");
    private static readonly TtsVoiceSettings Project = new("Puck", "Project prompt", "de-DE");

    private static (TtsScript Script, TtsScriptBinding Binding) Bind(string json)
    {
        var script = ParseAssert.Parse(json).Script!;
        return (script, TtsCastBinder.Bind(ParseAssert.FilePath, script, Cast));
    }

    private static TtsUtterance Resolve(string json, string id, TtsVoiceSettings? item = null)
    {
        var (script, binding) = Bind(json);
        int index = script.Lines.ToList().FindIndex(l => l.Id == id);
        return TtsLineResolver.Resolve(script, script.Lines[index], binding.Lines[index], item ?? Item, Project).Utterance;
    }

    [Fact]
    public void A_line_s_own_values_win_over_everything()
    {
        var u = Resolve("{ \"speaker\": \"inn\", \"voice\": \"Leda\", \"lines\": { \"a\": { \"text\": \"x\", \"speaker\": \"smith\", \"voice\": \"Orus\", \"prompt\": \"Own\", \"language_code\": \"ja-JP\" } } }", "a");

        Assert.Equal(("Orus", "Own", "ja-JP"), (u.Voice, u.Prompt, u.LanguageCode));
    }

    [Fact]
    public void A_line_s_own_speaker_beats_the_file_s_top_level_values()
    {
        var u = Resolve("{ \"speaker\": \"inn\", \"voice\": \"Leda\", \"prompt\": \"File prompt\", \"lines\": { \"a\": { \"text\": \"x\", \"speaker\": \"smith\" } } }", "a");

        Assert.Equal(("Algenib", "Gruff", "en-GB"), (u.Voice, u.Prompt, u.LanguageCode));
    }

    [Fact]
    public void A_line_s_own_speaker_leaves_unset_values_to_the_file_then_the_item_never_to_the_file_s_speaker()
    {
        var u = Resolve("{ \"speaker\": \"smith\", \"prompt\": \"File prompt\", \"lines\": { \"a\": { \"text\": \"x\", \"speaker\": \"ghost\" } } }", "a");

        // ghost sets only the prompt; the file's speaker (smith) is replaced for this line, so voice and language
        // come from the item, not from smith.
        Assert.Equal(("Kore", "Hollow", "fr-FR"), (u.Voice, u.Prompt, u.LanguageCode));
    }

    [Fact]
    public void The_file_s_top_level_values_beat_the_file_s_speaker()
    {
        var u = Resolve("{ \"speaker\": \"smith\", \"voice\": \"Leda\", \"lines\": { \"a\": \"x\" } }", "a");

        Assert.Equal(("Leda", "Gruff", "en-GB"), (u.Voice, u.Prompt, u.LanguageCode));
    }

    [Fact]
    public void The_file_s_speaker_beats_the_item_and_the_project()
    {
        var u = Resolve("{ \"speaker\": \"inn\", \"lines\": { \"a\": \"x\" } }", "a");

        Assert.Equal(("Sulafat", "Warm", "fr-FR"), (u.Voice, u.Prompt, u.LanguageCode));
    }

    [Fact]
    public void Without_speakers_the_old_order_holds()
    {
        var u = Resolve("{ \"lines\": { \"a\": \"x\" } }", "a", TtsVoiceSettings.None);

        Assert.Equal(("Puck", "Project prompt", "de-DE"), (u.Voice, u.Prompt, u.LanguageCode));
    }

    [Fact]
    public void Empty_values_and_an_empty_speaker_count_as_not_set()
    {
        var u = Resolve("{ \"speaker\": \"inn\", \"lines\": { \"a\": { \"text\": \"x\", \"speaker\": \"\", \"voice\": \"\" } } }", "a");

        Assert.Equal(("Sulafat", "Warm"), (u.Voice, u.Prompt));
    }

    [Fact]
    public void The_spoken_text_applies_the_script_s_lexicon_then_the_cast_s_and_the_take_goes_into_the_utterance()
    {
        var (script, binding) = Bind("{ \"lexicon\": { \"GUI\": \"gee-you-eye\" }, \"lines\": { \"a\": { \"text\": \"The GUI of Eldoria\", \"take\": 2 } } }");
        var u = TtsLineResolver.Resolve(script, script.Lines[0], binding.Lines[0], Item, Project).Utterance;

        Assert.Equal("The gee-you-eye of El-DOR-ee-ah", u.Text);
        Assert.Equal("The GUI of Eldoria", script.Lines[0].Text);
        Assert.Equal(2, u.Take);
        Assert.Equal(["Eldoria"], binding.UsedCastWords);
    }

    [Fact]
    public void An_unknown_speaker_is_an_error_at_its_value_with_the_closest_name()
    {
        const string json = "{\n  \"speaker\": \"smiht\",\n  \"lines\": {\n    \"a\": { \"text\": \"x\", \"speaker\": \"Inn\" }\n  }\n}";
        var (_, binding) = Bind(json);

        Assert.Equal(2, binding.Diagnostics.Count);
        ParseAssert.At(binding.Diagnostics[0], "PTTS1018", 2, 14);
        Assert.Contains("did you mean 'smith'?", binding.Diagnostics[0].Message, StringComparison.Ordinal);
        Assert.Equal("\"smiht\"", ParseAssert.Covered(json, binding.Diagnostics[0]));
        ParseAssert.At(binding.Diagnostics[1], "PTTS1018", 4, 36);
        Assert.Contains("did you mean 'inn'?", binding.Diagnostics[1].Message, StringComparison.Ordinal);
        Assert.True(binding.Diagnostics[0].IsError);
    }

    [Fact]
    public void Without_cast_files_a_speaker_is_unknown_and_says_so()
    {
        var script = ParseAssert.Parse("{ \"speaker\": \"smith\", \"lines\": { \"a\": \"x\" } }").Script!;

        var diagnostic = Assert.Single(TtsCastBinder.Bind(ParseAssert.FilePath, script, TtsCast.None).Diagnostics);

        Assert.Contains("the project has no TtsCast file", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_script_lexicon_entry_no_line_uses_is_a_warning_at_its_word()
    {
        const string json = "{ \"lexicon\": { \"Eldoria\": \"x\", \"Nowhere\": \"y\" }, \"lines\": { \"a\": \"Eldoria\" } }";
        var (_, binding) = Bind(json);

        var diagnostic = Assert.Single(binding.Diagnostics);
        ParseAssert.At(diagnostic, "PTTS1020", 1, 32);
        Assert.False(diagnostic.IsError);
        Assert.Equal("\"Nowhere\"", ParseAssert.Covered(json, diagnostic));
        Assert.Empty(binding.UsedCastWords); // the script's own Eldoria shadows the cast's
    }

    [Fact]
    public void A_cast_lexicon_entry_no_script_uses_is_a_warning_at_the_cast_file()
    {
        var one = Bind("{ \"lines\": { \"a\": \"Eldoria\" } }").Binding;
        var two = Bind("{ \"lines\": { \"a\": \"The GUI\" } }").Binding;

        var diagnostic = Assert.Single(TtsCastBinder.FindUnusedCastEntries(Cast, [one.UsedCastWords, two.UsedCastWords]));

        Assert.Equal("Voice/cast.json", diagnostic.FilePath);
        Assert.Equal("PTTS1020", diagnostic.Code);
        Assert.Equal((7, 59), (diagnostic.Span!.Value.StartLine + 1, diagnostic.Span!.Value.StartColumn + 1));
        Assert.Contains("'Orc'", diagnostic.Message, StringComparison.Ordinal);
    }
}
