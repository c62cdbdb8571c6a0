namespace PixazoTts.Tests.Naming;

public class TtsCatalogInputsTests
{
    public static TheoryData<string?> Values() =>
    [
        null,
        "calm",
        "calm; slow #1 take",
        " it's 'quoted' and \"double\" `back` ",
        "%3B $(Property) @(Item) %(Metadata) *?",
        "line one\nline two\r\n\ttab",
        "Ünïcödé 台词 🎙️",
        "a.b.c",
        "=",
    ];

    [Theory]
    [MemberData(nameof(Values))]
    public void A_script_value_round_trips_any_text_in_characters_that_MSBuild_and_the_compiler_leave_alone(string? text)
    {
        string value = TtsCatalogInputs.EncodeScript("Voice/dir with space/a;b#c.tts.json", new TtsVoiceSettings(text, text, text), text);

        Assert.Matches("^[A-Za-z0-9._-]+$", value);
        Assert.True(TtsCatalogInputs.TryDecodeScript(value, out string relativePath, out var item, out string? format));
        Assert.Equal("Voice/dir with space/a;b#c.tts.json", relativePath);
        string? expected = string.IsNullOrEmpty(text) ? null : text;
        Assert.Equal(new TtsVoiceSettings(expected, expected, expected), item);
        Assert.Equal(expected, format);
    }

    [Theory]
    [MemberData(nameof(Values))]
    public void The_project_value_round_trips_and_unset_fields_stay_unset(string? text)
    {
        string value = TtsCatalogInputs.EncodeDefaults(new TtsVoiceSettings(null, text, null), text);

        Assert.Matches("^[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*){3}$", value);
        Assert.True(TtsCatalogInputs.TryDecodeDefaults(value, out var defaults, out string? format));
        string? expected = string.IsNullOrEmpty(text) ? null : text;
        Assert.Equal(new TtsVoiceSettings(null, expected, null), defaults);
        Assert.Equal(expected, format);
    }

    [Fact]
    public void Nothing_set_is_three_dots_and_reads_back_as_no_defaults()
    {
        Assert.Equal("...", TtsCatalogInputs.EncodeDefaults(TtsVoiceSettings.None, null));
        Assert.True(TtsCatalogInputs.TryDecodeDefaults("...", out var defaults, out string? format));
        Assert.Equal(TtsVoiceSettings.None, defaults);
        Assert.Null(format);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("true")]
    [InlineData("cast")]
    [InlineData("script")]
    [InlineData("script.Vm9pY2U.....")]
    [InlineData("script.Vm9pY2U...")]
    [InlineData("other.Vm9pY2U....")]
    [InlineData("script.V.....")]
    [InlineData("script.Vm9p+2U....")]
    [InlineData("script.....")]
    [InlineData("script._w....")]
    public void Anything_but_a_script_value_with_a_path_is_not_a_script(string? value) =>
        Assert.False(TtsCatalogInputs.TryDecodeScript(value, out _, out _, out _));

    [Fact]
    public void A_cast_value_is_only_the_cast_tag()
    {
        Assert.True(TtsCatalogInputs.IsCast(TtsCatalogInputs.CastValue));
        Assert.False(TtsCatalogInputs.IsCast("Cast"));
        Assert.False(TtsCatalogInputs.IsCast(TtsCatalogInputs.EncodeScript("cast", TtsVoiceSettings.None, null)));
        Assert.False(TtsCatalogInputs.TryDecodeScript(TtsCatalogInputs.CastValue, out _, out _, out _));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("....")]
    [InlineData("a b...")]
    public void A_damaged_project_value_is_no_defaults(string value)
    {
        Assert.False(TtsCatalogInputs.TryDecodeDefaults(value, out var defaults, out string? format));
        Assert.Equal(TtsVoiceSettings.None, defaults);
        Assert.Null(format);
    }
}
