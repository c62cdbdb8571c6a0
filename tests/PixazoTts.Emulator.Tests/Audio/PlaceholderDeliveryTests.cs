using PixazoTts.Audio;

namespace PixazoTts.Emulator.Tests.Audio;

/// <summary>
/// How the text steers the placeholder voice: punctuation is heard as pauses (longer at a sentence end than at a
/// comma), an inline <c>[whispers]</c> tag makes the line quieter instead of being read out, and a voice name the
/// gateway may add later still gets a stable timbre of its own.
/// </summary>
public sealed class PlaceholderDeliveryTests
{
    private const int FrameSamples = 240; // 10 ms at 24 kHz

    [Fact]
    public void Punctuation_is_heard_as_pauses_longer_at_a_sentence_end_than_at_a_comma()
    {
        var plain = Measure("one two three four five six");
        var comma = Measure("one two three, four five six");
        var sentence = Measure("one two three. Four five six");

        Assert.True(plain.LongestInnerPauseMs < 120, "words alone should run on; longest pause " + plain.LongestInnerPauseMs + " ms");
        Assert.True(comma.LongestInnerPauseMs >= 150, "a comma should pause; longest pause " + comma.LongestInnerPauseMs + " ms");
        Assert.True(sentence.LongestInnerPauseMs > comma.LongestInnerPauseMs, $"a sentence end ({sentence.LongestInnerPauseMs} ms) should pause longer than a comma ({comma.LongestInnerPauseMs} ms)");
        Assert.True(plain.Duration < comma.Duration && comma.Duration < sentence.Duration, $"{plain.Duration} < {comma.Duration} < {sentence.Duration}");
    }

    [Fact]
    public void A_whisper_tag_changes_the_delivery_instead_of_being_read()
    {
        var spoken = Measure("Keep your voice down, they can hear us.");
        var whispered = Measure("[whispers] Keep your voice down, they can hear us.");

        Assert.True(whispered.Rms < spoken.Rms * 0.75, $"whispered RMS {whispered.Rms:0} vs spoken {spoken.Rms:0}");

        // The tag is not spoken: the whispered line is not longer by the syllables of "whispers".
        Assert.True(Math.Abs((whispered.Duration - spoken.Duration).TotalMilliseconds) < 150, $"{whispered.Duration} vs {spoken.Duration}");
    }

    [Fact]
    public void A_voice_name_the_gateway_may_add_later_gets_a_stable_timbre_of_its_own()
    {
        const string Line = "The bridge is out, take the long road.";
        byte[] newVoice = PlaceholderVoice.Synthesize(new TtsUtterance(Line, voice: "Zubenelgenubi-2", prompt: null, languageCode: null));

        Assert.Equal(newVoice, PlaceholderVoice.Synthesize(new TtsUtterance(Line, voice: "Zubenelgenubi-2", prompt: null, languageCode: null)));
        Assert.True(WavFile.TryInspect(newVoice, out _, out string? problem), problem);
        foreach (var known in new[] { "Zubenelgenubi", "Kore", "Puck", "Charon" })
        {
            Assert.NotEqual(newVoice, PlaceholderVoice.Synthesize(new TtsUtterance(Line, voice: known, prompt: null, languageCode: null)));
        }
    }

    [Fact]
    public void The_prompt_and_the_language_are_part_of_the_audio_like_they_are_part_of_the_cache_key()
    {
        const string Line = "Welcome back, traveller.";
        byte[] plain = PlaceholderVoice.Synthesize(new TtsUtterance(Line, voice: "Kore", prompt: null, languageCode: null));

        Assert.NotEqual(plain, PlaceholderVoice.Synthesize(new TtsUtterance(Line, voice: "Kore", prompt: "Say it slowly and calmly", languageCode: null)));
        Assert.NotEqual(plain, PlaceholderVoice.Synthesize(new TtsUtterance(Line, voice: "Kore", prompt: null, languageCode: "ja-JP")));
    }

    private static (TimeSpan Duration, int LongestInnerPauseMs, double Rms) Measure(string text)
    {
        byte[] wav = PlaceholderVoice.Synthesize(new TtsUtterance(text, voice: "Kore", prompt: null, languageCode: "en-US"));
        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        var samples = new short[info!.DataLength / 2];
        Buffer.BlockCopy(wav, info.DataOffset, samples, 0, samples.Length * 2);

        double[] frames = Enumerable.Range(0, samples.Length / FrameSamples)
            .Select(f => Math.Sqrt(samples.AsSpan(f * FrameSamples, FrameSamples).ToArray().Average(s => (double)s * s)))
            .ToArray();
        double loudest = frames.Max();

        // Inner pauses: between the first and the last audible frame (leading and trailing silence do not count).
        int first = Array.FindIndex(frames, f => f >= loudest * 0.02);
        int last = Array.FindLastIndex(frames, f => f >= loudest * 0.02);
        int longest = 0, run = 0;
        for (int i = first; i <= last; i++)
        {
            run = frames[i] < loudest * 0.02 ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        double rms = Math.Sqrt(samples.Average(s => (double)s * s));
        return (info.Duration, longest * 10, rms);
    }
}
