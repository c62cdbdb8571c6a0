using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>Trimming checked by ffmpeg's silencedetect and sox: the ends go, the 600 ms pause in the middle stays.</summary>
public sealed class SilenceTrimmingTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pixazo-i14-trim-" + Guid.NewGuid().ToString("N"));

    [Theory]
    [InlineData(24000)]
    [InlineData(48000)]
    public void Trims_a_second_of_silence_at_each_end_to_40_ms_and_keeps_the_600_ms_pause(int rate)
    {
        byte[] source = Signals.SpeechWithSilences();
        string sourcePath = Signals.WriteTemp(_directory, "source.wav", source);
        var settings = FinishingSettings.Default with { TrimSilence = true, SampleRate = rate };

        var finished = AudioFinisher.Finish(source, settings, "0123456789abcdef");
        string trimmedPath = Signals.WriteTemp(_directory, "trimmed.wav", finished.Bytes!);

        // The source: silence at the start (1 s), the pause (0.6 s) and the end (1 s).
        var before = AudioTools.Silences(sourcePath, 0.5);
        Assert.Equal(3, before.Count);
        Assert.InRange(before[0].Start, 0, 0.001);

        // Trimmed: the pause is the only silence of 30 ms or more that is not an end, and it is still 600 ms long.
        var after = AudioTools.Silences(trimmedPath, 0.03);
        double length = AudioTools.SoxLength(trimmedPath);
        var inner = after.Where(s => s.Start > 0.001 && s.End < length - 0.001).ToList();
        var pause = Assert.Single(inner, s => s.End - s.Start > 0.5);
        Assert.InRange(pause.End - pause.Start, 0.58, 0.62);

        // Each end keeps 40 ms (ffmpeg may see up to that much as silence there; never more than 45 ms).
        Assert.All(after.Where(s => s.Start <= 0.001 || s.End >= length - 0.001), s => Assert.True(Math.Min(s.End, length) - s.Start <= 0.045, $"{s.Start}..{s.End}"));
        double expected = AudioTools.SoxLength(sourcePath) - 2 * (1.0 - 0.040);
        Assert.InRange(length, expected - 0.005, expected + 0.005);
    }

    [Fact]
    public void The_new_ends_fade_in_and_out_so_nothing_clicks()
    {
        var trimmed = SilenceTrimmer.Trim(PcmAudio.FromWav(Signals.SpeechWithSilences()));

        Assert.Equal(0f, trimmed.Channels[0][0]);
        Assert.Equal(0f, trimmed.Channels[0][^1], 6);
    }

    [Fact]
    public void Silence_only_audio_is_left_alone()
    {
        var silence = Signals.Mono(new float[24000], 24000);

        Assert.Same(silence, SilenceTrimmer.Trim(silence));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
