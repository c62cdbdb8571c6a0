namespace PixazoTts.Tests.Resolution;

public class TtsLineResolverTests
{
    private static readonly TtsVoiceSettings Item = new("ItemVoice", "item prompt", "fr-FR");
    private static readonly TtsVoiceSettings Project = new("ProjectVoice", "project prompt", "de-DE");

    private static TtsScript Script(string json) => TtsScriptParser.Parse("x.tts.json", json).Script!;

    [Fact]
    public void Line_wins_over_every_default()
    {
        var script = Script("{\"voice\":\"Kore\",\"prompt\":\"file\",\"language_code\":\"en-US\",\"lines\":{\"a\":{\"text\":\"t\",\"voice\":\"Puck\",\"prompt\":\"line\",\"language_code\":\"ja-JP\"}}}");
        var line = TtsLineResolver.Resolve(script, script.Lines[0], Item, Project);
        Assert.Equal(new ResolvedTtsLine("a", new TtsUtterance("t", voice: "Puck", prompt: "line", languageCode: "ja-JP")), line);
    }

    [Fact]
    public void File_top_level_wins_over_item_and_project()
    {
        var script = Script("{\"voice\":\"Kore\",\"prompt\":\"file\",\"language_code\":\"en-US\",\"lines\":{\"a\":\"t\"}}");
        Assert.Equal(new ResolvedTtsLine("a", new TtsUtterance("t", voice: "Kore", prompt: "file", languageCode: "en-US")), TtsLineResolver.ResolveAll(script, Item, Project).Single());
    }

    [Fact]
    public void Item_metadata_wins_over_project()
    {
        var script = Script("{\"lines\":{\"a\":\"t\"}}");
        Assert.Equal(new ResolvedTtsLine("a", new TtsUtterance("t", voice: "ItemVoice", prompt: "item prompt", languageCode: "fr-FR")), TtsLineResolver.ResolveAll(script, Item, Project).Single());
    }

    [Fact]
    public void Project_property_is_the_last_default()
    {
        var script = Script("{\"lines\":{\"a\":\"t\"}}");
        Assert.Equal(new ResolvedTtsLine("a", new TtsUtterance("t", voice: "ProjectVoice", prompt: "project prompt", languageCode: "de-DE")), TtsLineResolver.ResolveAll(script, TtsVoiceSettings.None, Project).Single());
    }

    [Fact]
    public void Nothing_set_leaves_fields_absent()
    {
        var script = Script("{\"lines\":{\"a\":\"t\"}}");
        Assert.Equal(new ResolvedTtsLine("a", new TtsUtterance("t", voice: null, prompt: null, languageCode: null)), TtsLineResolver.ResolveAll(script, TtsVoiceSettings.None, TtsVoiceSettings.None).Single());
    }

    [Fact]
    public void Each_field_resolves_independently_and_empty_falls_through()
    {
        var script = Script("{\"prompt\":\"file\",\"lines\":{\"a\":{\"text\":\"t\",\"voice\":\"\"}}}");
        var item = new TtsVoiceSettings("", null, "fr-FR");
        var line = TtsLineResolver.ResolveAll(script, item, Project).Single();
        Assert.Equal(new ResolvedTtsLine("a", new TtsUtterance("t", voice: "ProjectVoice", prompt: "file", languageCode: "fr-FR")), line);
    }

    [Fact]
    public void Values_are_not_trimmed()
    {
        var script = Script("{\"voice\":\" Kore \",\"lines\":{\"a\":\" t \"}}");
        var line = TtsLineResolver.ResolveAll(script, TtsVoiceSettings.None, TtsVoiceSettings.None).Single();
        Assert.Equal((" Kore ", " t "), (line.Utterance.Voice, line.Utterance.Text));
    }

    [Fact]
    public void Voice_settings_treat_empty_as_not_set_and_compare_by_value()
    {
        Assert.Equal(TtsVoiceSettings.None, new TtsVoiceSettings("", "", ""));
        Assert.Null(new TtsVoiceSettings("", null, null).Voice);
        Assert.NotEqual(TtsVoiceSettings.None, Item);
    }
}
