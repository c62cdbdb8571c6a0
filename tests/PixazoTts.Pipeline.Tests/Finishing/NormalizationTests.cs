using Xunit.Abstractions;
using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>Normalized lines measured by ffmpeg's ebur128 (an independent BS.1770 / R128 implementation).</summary>
public sealed class NormalizationTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pixazo-i14-norm-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string, string, double, int> Lines() => new()
    {
        { "Welcome to the Rusty Anvil, traveller. Mind the sparks.", "Kore", -16, 24000 },
        { "[whispers] The innkeeper is not who he says he is.", "Enceladus", -23, 48000 },
        { "Stay back! The bridge will not hold us both!", "Fenrir", -18, 44100 },
        { "Press the jump button twice to climb the ledge.", "Puck", -20, 48000 },
        { "A quiet line, spoken softly, a long way away from the microphone.", "Achernar", -30, 24000 },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Ffmpeg_measures_every_normalized_line_within_half_a_LU_and_its_true_peak_at_or_below_the_limit(string text, string voice, double target, int rate)
    {
        var settings = FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(target), SampleRate = rate, TrimSilence = true };
        var finished = AudioFinisher.Finish(Signals.Speech(text, voice), settings, "0123456789abcdef");
        string path = Signals.WriteTemp(_directory, "line.wav", finished.Bytes!);

        var (integrated, truePeak) = AudioTools.Ebur128(path);
        output.WriteLine($"{voice} {rate} Hz: target {target} LUFS, ffmpeg I {integrated} LUFS (error {integrated - target:+0.0;-0.0;0.0} LU), TP {truePeak} dBTP; ours {finished.LoudnessLufs} LUFS, {finished.TruePeakDbtp} dBTP");

        Assert.InRange(integrated, target - 0.5, target + 0.5);
        Assert.True(truePeak <= settings.TruePeakDbtp, $"true peak {truePeak} dBTP above {settings.TruePeakDbtp}");
        Assert.False(finished.MissedTarget, $"shortfall {finished.LoudnessShortfallLu} LU");
        Assert.InRange(finished.LoudnessLufs!.Value, target - 0.05, target + 0.05);
    }

    [Fact]
    public void A_target_the_peak_limit_forbids_is_gain_limited_not_compressed_and_reported()
    {
        var settings = FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(-5), TruePeakDbtp = -6 };
        var finished = AudioFinisher.Finish(Signals.Speech("Stay back! The bridge will not hold us both!", "Fenrir"), settings, "0123456789abcdef");
        string path = Signals.WriteTemp(_directory, "limited.wav", finished.Bytes!);

        var (integrated, truePeak) = AudioTools.Ebur128(path);

        Assert.True(finished.MissedTarget);
        Assert.True(truePeak <= -6, $"true peak {truePeak}");
        Assert.InRange(integrated, finished.LoudnessLufs!.Value - 0.5, finished.LoudnessLufs.Value + 0.5);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
