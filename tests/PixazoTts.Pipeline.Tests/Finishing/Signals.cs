using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>Test signals: sines at known levels (EBU Tech 3341), placeholder speech, silence.</summary>
internal static class Signals
{
    /// <summary>A sine of <paramref name="hertz"/> whose peak is <paramref name="dbfs"/>, for <paramref name="seconds"/>.</summary>
    public static float[] Sine(double hertz, double dbfs, double seconds, int sampleRate)
    {
        double amplitude = Math.Pow(10, dbfs / 20);
        var samples = new float[(int)Math.Round(seconds * sampleRate)];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(amplitude * Math.Sin(2 * Math.PI * hertz * i / sampleRate));
        }

        return samples;
    }

    public static float[] Concat(params float[][] parts) => parts.SelectMany(p => p).ToArray();

    public static PcmAudio Stereo(float[] samples, int sampleRate) => new([samples, (float[])samples.Clone()], sampleRate);

    public static PcmAudio Mono(float[] samples, int sampleRate) => new([samples], sampleRate);

    /// <summary>The placeholder voice's speech-like audio (24 kHz mono 16-bit WAV), not silence, not a tone.</summary>
    public static byte[] Speech(string text, string voice = "Kore") => PixazoTts.Audio.PlaceholderVoice.Synthesize(new TtsUtterance(text, voice));

    /// <summary>Speech with 1 s of silence at both ends and a 600 ms pause in the middle, as a 24 kHz WAV.</summary>
    public static byte[] SpeechWithSilences()
    {
        var first = PcmAudio.FromWav(Speech("The forge is hot today, traveller.")).Channels[0];
        var second = PcmAudio.FromWav(Speech("Come back when you have the coin.")).Channels[0];
        var audio = Mono(Concat(new float[24000], TrimZeros(first), new float[14400], TrimZeros(second), new float[24000]), 24000);
        return audio.ToWav();
    }

    /// <summary>The samples between the first and last above -50 dBFS (the placeholder's own edges, removed so the test controls the silences).</summary>
    private static float[] TrimZeros(float[] samples)
    {
        int first = Array.FindIndex(samples, s => MathF.Abs(s) > SilenceTrimmer.Threshold);
        int last = Array.FindLastIndex(samples, s => MathF.Abs(s) > SilenceTrimmer.Threshold);
        return samples[first..(last + 1)];
    }

    public static string WriteTemp(string directory, string name, byte[] bytes)
    {
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
