using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Build.Tasks.Tests;

/// <summary>The finishing properties in <see cref="TtsBuildSettings"/> and the precedence line, file, item, project.</summary>
public sealed class FinishingSettingsTests
{
    private static (TtsBuildSettings? Settings, List<TtsDiagnostic> Problems) Create(SettingsInput input)
    {
        var problems = new List<TtsDiagnostic>();
        var settings = TtsBuildSettings.TryCreate(input, name => name == "HOME" ? "/home/player" : null, problems);
        return (settings, problems);
    }

    [Fact]
    public void Defaults_leave_the_audio_as_delivered_and_write_the_manifest()
    {
        var (settings, problems) = Create(new SettingsInput { ProjectDirectory = "/p" });

        Assert.Empty(problems);
        Assert.True(settings!.Finishing.IsEmpty);
        Assert.Equal(32000, settings.OpusBitrate);
        Assert.True(settings.WriteManifest);
        Assert.Equal(FinishingSettings.Default, FinishingSettings.Resolve(TtsFinishingValues.None, TtsFinishingValues.None, TtsFinishingValues.None, settings.Finishing, settings.OpusBitrate));
    }

    [Fact]
    public void Properties_are_read_in_their_documented_spelling()
    {
        var (settings, problems) = Create(new SettingsInput
        {
            ProjectDirectory = "/p", Loudness = "-16", TruePeak = "-2", TrimSilence = "True", SampleRate = "48000", AudioFormat = "Opus", OpusBitrate = "24000", WriteManifest = "false",
        });

        Assert.Empty(problems);
        Assert.Equal(new TtsFinishingValues(TtsLoudnessTarget.Target(-16), -2, true, 48000, TtsAudioFormat.Opus), settings!.Finishing);
        Assert.Equal(24000, settings.OpusBitrate);
        Assert.False(settings.WriteManifest);
    }

    [Theory]
    [InlineData("Loudness", "loud", "TtsLoudness")]
    [InlineData("Loudness", "0", "TtsLoudness")]
    [InlineData("TruePeak", "+2", "TtsTruePeak")]
    [InlineData("TrimSilence", "yes", "TtsTrimSilence")]
    [InlineData("SampleRate", "22050", "TtsSampleRate")]
    [InlineData("AudioFormat", "mp3", "TtsAudioFormat")]
    [InlineData("OpusBitrate", "1000", "TtsOpusBitrate")]
    [InlineData("WriteManifest", "maybe", "TtsWriteManifest")]
    public void An_invalid_property_is_PTTS2201_naming_it(string property, string value, string name)
    {
        var input = new SettingsInput { ProjectDirectory = "/p" };
        typeof(SettingsInput).GetProperty(property)!.SetValue(input, value);

        var (settings, problems) = Create(input);

        Assert.Null(settings);
        var problem = Assert.Single(problems);
        Assert.Equal("PTTS2201", problem.Code);
        Assert.StartsWith(name + " has the invalid value '" + value + "'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_line_wins_over_the_file_the_item_and_the_project()
    {
        var project = new TtsFinishingValues(TtsLoudnessTarget.Target(-16), -1, true, 48000, TtsAudioFormat.Opus);
        var item = new TtsFinishingValues(TtsLoudnessTarget.Target(-18), null, null, 44100, null);
        var file = new TtsFinishingValues(TtsLoudnessTarget.Target(-20), -2, null, null, TtsAudioFormat.Wav);
        var line = new TtsFinishingValues(TtsLoudnessTarget.Off, null, false, null, null);

        Assert.Equal(new FinishingSettings(TtsLoudnessTarget.Off, -2, false, 44100, TtsAudioFormat.Wav, 32000), FinishingSettings.Resolve(line, file, item, project, 32000));
        Assert.Equal(new FinishingSettings(TtsLoudnessTarget.Target(-20), -2, true, 44100, TtsAudioFormat.Wav, 32000), FinishingSettings.Resolve(TtsFinishingValues.None, file, item, project, 32000));
        Assert.Equal(new FinishingSettings(TtsLoudnessTarget.Target(-18), -1, true, 44100, TtsAudioFormat.Opus, 32000), FinishingSettings.Resolve(TtsFinishingValues.None, TtsFinishingValues.None, item, project, 32000));
    }
}
