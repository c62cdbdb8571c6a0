using PixazoTts.Audio;
using PixazoTts.Pipeline.Review;
using PixazoTts.Review.Tests.Infrastructure;

namespace PixazoTts.Review.Tests;

/// <summary>Durations and waveforms read from WAV samples, for every PCM width the WAV checks accept.</summary>
public sealed class ReviewAudioTests
{
    [Fact]
    public void Peaks_follow_the_samples_on_a_linear_scale_of_full_scale()
    {
        // 16-bit mono, 1 s at 1 kHz: silence, then half scale, then full negative scale.
        var samples = Enumerable.Repeat(0, 400)
            .Concat(Enumerable.Range(0, 300).Select(i => i % 2 == 0 ? 16384 : -16384))
            .Concat(Enumerable.Repeat(-32768, 300))
            .ToArray();
        var audio = ReviewAudio.Analyze(HandWav.Create(16, 1, 1000, samples), ".wav");

        Assert.Null(audio.Problem);
        Assert.Equal(1.0, audio.DurationSeconds!.Value, 6);
        Assert.Equal(ReviewAudio.PeakCount, audio.Peaks.Count);

        // 1000 frames over 120 bars: bars wholly inside a stretch take its level.
        Assert.All(audio.Peaks.Take(47), p => Assert.Equal(0, p));
        Assert.All(audio.Peaks.Skip(49).Take(34), p => Assert.Equal(50, p));
        Assert.All(audio.Peaks.Skip(85), p => Assert.Equal(100, p));
    }

    [Theory]
    [InlineData(8, new[] { 128, 128, 255, 0 }, new[] { 0, 100 })]          // unsigned: 128 is silence, 0 is -full scale
    [InlineData(24, new[] { 0, 0x400000, 0x800000, 0 }, new[] { 50, 100 })] // 0x800000 is -8388608
    [InlineData(32, new[] { 0, 0, int.MinValue / 4, 0 }, new[] { 0, 25 })]
    public void Every_pcm_width_is_read_with_its_sign_and_scale(int bits, int[] samples, int[] peaks)
    {
        var audio = ReviewAudio.Analyze(HandWav.Create(bits, 1, 1000, samples), ".wav");
        Assert.Null(audio.Problem);

        // Fewer frames than bars: two bars of two frames each here.
        var info = WavInfoOf(HandWav.Create(bits, 1, 1000, samples));
        Assert.Equal(peaks, ReviewAudio.ComputePeaks(HandWav.Create(bits, 1, 1000, samples), info, 2));
        Assert.Equal(4, audio.Peaks.Count);
    }

    [Fact]
    public void A_loud_second_channel_shows_in_the_waveform()
    {
        // Stereo 16-bit: left silent, right at a quarter of full scale.
        var samples = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? 0 : 8192).ToArray();
        var audio = ReviewAudio.Analyze(HandWav.Create(16, 2, 1000, samples), ".wav");
        Assert.Equal(0.1, audio.DurationSeconds!.Value, 6);
        Assert.All(audio.Peaks, p => Assert.Equal(25, p));
    }

    [Fact]
    public void The_placeholder_voice_gives_a_waveform_with_speech_and_pauses()
    {
        var wav = PlaceholderVoice.Synthesize(new TtsUtterance("Hello there. Who goes? Speak, friend, and enter."));
        var audio = ReviewAudio.Analyze(wav, ".wav");
        Assert.Equal((wav.Length - 44) / 2 / 24000.0, audio.DurationSeconds!.Value, 6);
        Assert.Equal(ReviewAudio.PeakCount, audio.Peaks.Count);
        Assert.Contains(audio.Peaks, p => p >= 10);
        Assert.True(audio.Peaks.Max() > 3 * audio.Peaks.Min(), "a waveform of speech has louder and quieter stretches");
    }

    [Fact]
    public void Another_format_has_no_waveform_and_no_problem_but_a_broken_wav_has_a_problem()
    {
        var opus = ReviewAudio.Analyze("OggS\0\u0002 not really opus"u8, ".opus");
        Assert.Equal((null, 0, null), (opus.DurationSeconds, opus.Peaks.Count, opus.Problem));

        var truncated = HandWav.Create(16, 1, 24000, new int[2400])[..1000];
        var broken = ReviewAudio.Analyze(truncated, ".wav");
        Assert.Null(broken.DurationSeconds);
        Assert.Empty(broken.Peaks);
        Assert.Contains("truncated", broken.Problem, StringComparison.Ordinal);

        // A RIFF file under another name is still checked as a WAV.
        Assert.NotNull(ReviewAudio.Analyze(truncated, ".bin").Problem);
    }

    private static WavInfo WavInfoOf(byte[] wav)
    {
        Assert.True(WavFile.TryInspect(wav, out var info, out var problem), problem);
        return info!;
    }
}
