using PixazoTts.Tests.Scripts;

namespace PixazoTts.Tests.Finishing;

/// <summary>The finishing members of a script: values, where they may be set, and PTTS1030/1031 at the value.</summary>
public class FinishingMembersTests
{
    [Fact]
    public void File_and_line_values_are_read()
    {
        var result = ParseAssert.Parse("""
            {
              "loudness": -16, "true_peak": -1.5, "trim_silence": true, "sample_rate": 48000, "format": "opus",
              "lines": {
                "shout": "Stay back!",
                "whisper": { "text": "[whispers] Over here.", "loudness": -28, "trim_silence": false },
                "raw": { "text": "As it is.", "loudness": "off", "true_peak": -3 }
              }
            }
            """);

        Assert.Empty(result.Diagnostics);
        var file = result.Script!.Finishing;
        Assert.Equal(TtsLoudnessTarget.Target(-16), file.Loudness);
        Assert.Equal(-1.5, file.TruePeak);
        Assert.True(file.TrimSilence);
        Assert.Equal(48000, file.SampleRate);
        Assert.Equal(TtsAudioFormat.Opus, file.Format);
        Assert.True(result.Script.Lines[0].Finishing.IsEmpty);
        Assert.Equal(TtsLoudnessTarget.Target(-28), result.Script.Lines[1].Finishing.Loudness);
        Assert.False(result.Script.Lines[1].Finishing.TrimSilence);
        Assert.True(result.Script.Lines[2].Finishing.Loudness!.Value.IsOff);
        Assert.Equal(-3, result.Script.Lines[2].Finishing.TruePeak);
    }

    [Theory]
    [InlineData("{\"loudness\": -3, \"lines\": {\"a\": \"x\"}}", 1, 14, "Top-level \"loudness\" is -3")]
    [InlineData("{\"loudness\": \"loud\", \"lines\": {\"a\": \"x\"}}", 1, 14, "is \"loud\"")]
    [InlineData("{\"true_peak\": 2, \"lines\": {\"a\": \"x\"}}", 1, 15, "dBTP from -20 to 0")]
    [InlineData("{\"trim_silence\": \"yes\", \"lines\": {\"a\": \"x\"}}", 1, 18, "true or false")]
    [InlineData("{\"sample_rate\": 22050, \"lines\": {\"a\": \"x\"}}", 1, 17, "24000, 44100 or 48000")]
    [InlineData("{\"format\": \"mp3\", \"lines\": {\"a\": \"x\"}}", 1, 12, "\"wav\" or \"opus\"")]
    [InlineData("{\"lines\": {\n  \"a\": {\"text\": \"x\", \"loudness\": -80}}}", 2, 34, "\"loudness\" of line 'a' is -80")]
    public void An_invalid_value_is_PTTS1030_at_the_value(string json, int line, int column, string fragment)
    {
        var diagnostic = ParseAssert.Single(json, "PTTS1030", line, column);

        Assert.True(diagnostic.IsError);
        Assert.Contains(fragment, diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sample_rate", "48000")]
    [InlineData("format", "\"opus\"")]
    public void A_file_only_member_on_a_line_is_PTTS1031(string member, string value)
    {
        string json = "{\"lines\": {\"a\": {\"text\": \"x\", \"" + member + "\": " + value + "}}}";

        var diagnostic = ParseAssert.Single(json, "PTTS1031", 1, 35 + member.Length);

        Assert.Contains("'a'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Finishing_values_take_part_in_equality_so_the_generator_sees_a_format_change()
    {
        var wav = ParseAssert.Parse("{\"format\": \"wav\", \"lines\": {\"a\": \"x\"}}");
        var opus = ParseAssert.Parse("{\"format\": \"opus\", \"lines\": {\"a\": \"x\"}}");

        Assert.NotEqual(wav.Script, opus.Script);
        Assert.Equal("Voice/intro/a.opus", TtsNaming.GetOutputPath("Voice/intro.tts.json", "a", TtsFinishingRules.ResolveFormat(opus.Script!.Finishing.Format, null, null)));
        Assert.Equal("Voice/intro/a.opus", TtsNaming.GetOutputPath("Voice/intro.tts.json", "a", TtsFinishingRules.ResolveFormat(null, "", "opus")));
        Assert.Equal("Voice/intro/a.wav", TtsNaming.GetOutputPath("Voice/intro.tts.json", "a", TtsFinishingRules.ResolveFormat(TtsAudioFormat.Wav, "opus", "opus")));
    }

    [Theory]
    [InlineData("off", true)]
    [InlineData(" -16 ", true)]
    [InlineData("-23.5", true)]
    [InlineData("-4", false)]
    [InlineData("-71", false)]
    [InlineData("-16 LUFS", false)]
    [InlineData("-16,5", false)]
    public void Text_loudness_parses_as_the_properties_write_it(string text, bool valid)
    {
        Assert.Equal(valid, TtsFinishingRules.TryParseLoudness(text, out _));
    }
}
