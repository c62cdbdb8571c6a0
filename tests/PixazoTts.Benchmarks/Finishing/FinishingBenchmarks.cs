using BenchmarkDotNet.Attributes;
using PixazoTts.Audio;
using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Benchmarks.Finishing;

/// <summary>
/// Finishing one 3-second line (the placeholder voice's speech, 24 kHz mono, as the gateway delivers), single-threaded:
/// the target is 200x real time per core, a 3 s line in 15 ms or less (docs/benchmarks.md).
/// </summary>
[MemoryDiagnoser]
public class FinishingBenchmarks
{
    private byte[] _line = [];

    [GlobalSetup]
    public void Setup()
    {
        var speech = PcmAudio.FromWav(PlaceholderVoice.Synthesize(new TtsUtterance(
            "Welcome to the Rusty Anvil, traveller. Mind the sparks, and mind the dog; he bites the ones who do not pay.", "Kore")));
        var samples = new float[3 * 24000];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = speech.Channels[0][i % speech.FrameCount];
        }

        _line = new PcmAudio([samples], 24000).ToWav();
    }

    [Benchmark(Baseline = true, Description = "measure only (manifest: loudness, true peak)")]
    public FinishedAudio MeasureOnly() => AudioFinisher.Finish(_line, FinishingSettings.Default, "0123456789abcdef");

    [Benchmark(Description = "loudness -16 + trim, WAV 24 kHz")]
    public FinishedAudio LoudnessTrimWav24() =>
        AudioFinisher.Finish(_line, FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(-16), TrimSilence = true }, "0123456789abcdef");

    [Benchmark(Description = "loudness -16 + trim, WAV 48 kHz (resampled)")]
    public FinishedAudio LoudnessTrimWav48() =>
        AudioFinisher.Finish(_line, FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(-16), TrimSilence = true, SampleRate = 48000 }, "0123456789abcdef");

    [Benchmark(Description = "loudness -16 + trim, WAV 44.1 kHz (resampled)")]
    public FinishedAudio LoudnessTrimWav44() =>
        AudioFinisher.Finish(_line, FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(-16), TrimSilence = true, SampleRate = 44100 }, "0123456789abcdef");

    [Benchmark(Description = "loudness -16 + trim, Opus 24 kHz 32 kbit/s")]
    public FinishedAudio LoudnessTrimOpus24() =>
        AudioFinisher.Finish(_line, FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(-16), TrimSilence = true, Format = TtsAudioFormat.Opus }, "0123456789abcdef");

    [Benchmark(Description = "loudness -16 + trim, Opus 48 kHz 32 kbit/s")]
    public FinishedAudio LoudnessTrimOpus48() =>
        AudioFinisher.Finish(_line, FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(-16), TrimSilence = true, SampleRate = 48000, Format = TtsAudioFormat.Opus }, "0123456789abcdef");
}
