using PixazoTts.Audio;

namespace PixazoTts.Emulator.Tests.Audio;

/// <summary>
/// The placeholder voice (the emulator's audio and the build's offline provider): deterministic, speech-like, and
/// in the gateway's format. "Speech-like" is checked by measurements a constant tone or silence cannot pass.
/// </summary>
public sealed class PlaceholderVoiceTests
{
    private const string Sentence = "Long ago, beneath the mountain, the old dwarven halls fell silent.";

    [Fact]
    public void It_is_24kHz_mono_16bit_like_the_gateways_audio()
    {
        byte[] wav = PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Kore", prompt: null, languageCode: "en-US"));

        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        Assert.Equal(24000, info!.SampleRate);
        Assert.Equal(1, info.Channels);
        Assert.Equal(16, info.BitsPerSample);
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes()
    {
        Assert.Equal(
            PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Kore", prompt: "Warm", languageCode: "en-US")),
            PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Kore", prompt: "Warm", languageCode: "en-US")));
    }

    [Fact]
    public void Longer_text_lasts_longer()
    {
        var durations = new[] { "Hi.", "Hello there, traveller.", Sentence, Sentence + " " + Sentence }
            .Select(t => Inspect(PlaceholderVoice.Synthesize(new TtsUtterance(t, voice: "Kore", prompt: null, languageCode: null))).Duration)
            .ToList();

        Assert.Equal(durations.Order(), durations);
        Assert.Equal(durations.Count, durations.Distinct().Count());
    }

    [Fact]
    public void Different_voices_sound_different()
    {
        var kore = Samples(PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Kore", prompt: null, languageCode: null)));
        var fenrir = Samples(PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Fenrir", prompt: null, languageCode: null)));
        var puck = Samples(PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Puck", prompt: null, languageCode: null)));

        // Zero crossings per second track the pitch and brightness of a voice.
        double[] rates = [CrossingRate(kore), CrossingRate(fenrir), CrossingRate(puck)];
        Assert.Equal(3, rates.Select(r => Math.Round(r, 0)).Distinct().Count());
    }

    [Fact]
    public void It_is_neither_silence_nor_a_constant_tone_and_pauses_at_punctuation()
    {
        short[] samples = Samples(PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Kore", prompt: null, languageCode: null)));
        double[] loudness = FrameRms(samples, 24000 / 50);

        // Syllables: loudness rises and falls many times (a constant tone has one level).
        double max = loudness.Max();
        Assert.True(max > 1000, "too quiet: " + max);
        int syllables = 0;
        bool loud = false;
        foreach (double level in loudness)
        {
            if (!loud && level > max * 0.5)
            {
                syllables++;
                loud = true;
            }
            else if (loud && level < max * 0.2)
            {
                loud = false;
            }
        }

        Assert.InRange(syllables, 8, 60);

        // Pauses: the comma-separated sentence has quiet stretches of at least 100 ms inside it.
        int longestQuiet = 0, quiet = 0;
        foreach (double level in loudness.Skip(5).SkipLast(5))
        {
            quiet = level < max * 0.05 ? quiet + 1 : 0;
            longestQuiet = Math.Max(longestQuiet, quiet);
        }

        Assert.True(longestQuiet >= 5, "no pause of 100 ms found; longest quiet run: " + (longestQuiet * 20) + " ms");
    }

    [Fact]
    public void Pitch_moves_within_a_sentence()
    {
        short[] samples = Samples(PlaceholderVoice.Synthesize(new TtsUtterance(Sentence, voice: "Kore", prompt: null, languageCode: null)));
        var loudness = FrameRms(samples, 24000 / 10);
        double max = loudness.Max();

        // Crossing rate of each loud 100 ms frame: intonation makes them differ.
        var voicedRates = Enumerable.Range(0, loudness.Length)
            .Where(i => loudness[i] > max * 0.3)
            .Select(i => CrossingRate(samples.Skip(i * 2400).Take(2400).ToArray()))
            .ToList();
        Assert.True(voicedRates.Count >= 5);
        Assert.True(voicedRates.Max() > voicedRates.Min() * 1.1, $"flat pitch: {voicedRates.Min():0}..{voicedRates.Max():0} crossings/s");
    }

    private static WavInfo Inspect(byte[] wav)
    {
        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        return info!;
    }

    private static short[] Samples(byte[] wav)
    {
        var info = Inspect(wav);
        int dataStart = wav.Length - info.DataLength;
        var samples = new short[info.DataLength / 2];
        Buffer.BlockCopy(wav, dataStart, samples, 0, samples.Length * 2);
        return samples;
    }

    private static double[] FrameRms(short[] samples, int frame) =>
        Enumerable.Range(0, samples.Length / frame)
            .Select(f => Math.Sqrt(samples.Skip(f * frame).Take(frame).Average(s => (double)s * s)))
            .ToArray();

    private static double CrossingRate(short[] samples)
    {
        int crossings = 0;
        for (int i = 1; i < samples.Length; i++)
        {
            if ((samples[i - 1] < 0) != (samples[i] < 0))
            {
                crossings++;
            }
        }

        return crossings * 24000.0 / samples.Length;
    }
}
