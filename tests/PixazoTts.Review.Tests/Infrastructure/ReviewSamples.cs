using PixazoTts.Audio;
using PixazoTts.Pipeline.Review;

namespace PixazoTts.Review.Tests.Infrastructure;

/// <summary>
/// Lines with real audio: every WAV is made by the placeholder voice from the line's own text, voice, prompt and
/// language, and keyed as the build keys it, so durations and waveforms on the page come from genuine samples.
/// </summary>
internal static class ReviewSamples
{
    public const string Narrator = "Voice/narrator.tts.json";
    public const string Blacksmith = "Voice/npc/blacksmith.tts.json";
    public const string World = "Voice/world/greetings.tts.json";

    /// <summary>The text of the line that tries to break out of the page's data and markup.</summary>
    public const string HostileText = "Read the sign: </script><script>window.__injected = 1</script> <b>\"bold\"</b> & 'quoted' <!-- end";

    public const string ArabicText = "مرحبا أيها المسافر، هل تحتاج إلى سيف جديد؟";
    public const string HebrewText = "שלום, נוסע. האם אתה צריך חרב חדשה?";
    public const string JapaneseText = "旅人よ、ようこそ。新しい剣が必要かね？";
    public const string ChineseText = "欢迎你，旅行者。需要一把新剑吗？";

    /// <summary>A line before it is made: what the writer of a sample passes.</summary>
    public sealed record Spec(string Script, string Id, string Text, string? Voice = null, string? Prompt = null, string? Language = null, bool Real = false, decimal Cost = 0m);

    /// <summary>The standard set: three files, four voices and the default, RTL and CJK text, placeholder and real audio.</summary>
    public static IReadOnlyList<Spec> Standard() => new[]
    {
        new Spec(Narrator, "intro", "Long ago, beneath the mountain, the old dwarven halls fell silent.", "Charon", "A calm storyteller by the fire, slow and deliberate", "en-US", Real: true, Cost: 0.0042m),
        new Spec(Narrator, "descent", "You light your torch and take the first step down the worn stairs.", "Charon", "A calm storyteller by the fire, slow and deliberate", "en-US", Real: true),
        new Spec(Narrator, "secret", "[whispers] Something down here is still awake.", "Charon", "Barely audible, as if afraid to be overheard", "en-US"),
        new Spec(Blacksmith, "greeting", "Need something forged, traveller?", "Algenib", "A gruff old blacksmith, tired but kind", Real: true, Cost: 0.0021m),
        new Spec(Blacksmith, "price-high", "That'll cost you fifty gold. Steel isn't cheap.", "Algenib", "A gruff old blacksmith, tired but kind"),
        new Spec(Blacksmith, "farewell", "Mind the edge on that blade.", "Gacrux", "A gruff old blacksmith, tired but kind", Real: true, Cost: 0.0018m),
        new Spec(Blacksmith, "sign", HostileText),
        new Spec(World, "greeting-ar", ArabicText, "Kore", null, "ar-EG", Real: true, Cost: 0.0026m),
        new Spec(World, "greeting-he", HebrewText, "Kore", null, "he-IL"),
        new Spec(World, "greeting-ja", JapaneseText, "Puck", null, "ja-JP", Real: true, Cost: 0.0024m),
        new Spec(World, "greeting-zh", ChineseText, "Puck", null, "zh-CN"),
    };

    /// <summary>Makes each line's WAV under <paramref name="audioDirectory"/> and returns the lines to review.</summary>
    public static IReadOnlyList<ReviewLine> Make(IEnumerable<Spec> specs, string audioDirectory)
    {
        Directory.CreateDirectory(audioDirectory);
        return specs.Select(spec =>
        {
            var utterance = new TtsUtterance(spec.Text, spec.Voice, spec.Prompt, spec.Language);
            var key = utterance.ComputeKey(spec.Real ? TtsModels.Gateway : TtsModels.Placeholder);
            var path = Path.Combine(audioDirectory, key + ".wav");
            if (!File.Exists(path))
            {
                File.WriteAllBytes(path, PlaceholderVoice.Synthesize(utterance));
            }

            return new ReviewLine(spec.Script, spec.Id, spec.Text, utterance.Voice, utterance.Prompt, utterance.LanguageCode, key, path, !spec.Real, spec.Cost);
        }).ToList();
    }

    /// <summary>The duration of a canonical WAV, read from its header by hand (not by the product's WAV code).</summary>
    public static double WavSeconds(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var sampleRate = BitConverter.ToInt32(bytes, 24);
        var blockAlign = BitConverter.ToInt16(bytes, 32);
        var dataLength = BitConverter.ToInt32(bytes, 40);
        return (double)dataLength / blockAlign / sampleRate;
    }
}
