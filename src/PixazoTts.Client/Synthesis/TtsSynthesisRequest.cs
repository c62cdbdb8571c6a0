namespace PixazoTts.Client;

/// <summary>One line to synthesize: the text and, optionally, how to say it.</summary>
public sealed class TtsSynthesisRequest
{
    /// <summary>Creates a request.</summary>
    /// <param name="text">The text to speak (inline audio tags such as <c>[whispers]</c> allowed). Not empty.</param>
    /// <param name="voice">A Gemini voice name such as <c>Kore</c>; null for the model's default.</param>
    /// <param name="prompt">A style instruction such as <c>Say this in a dramatic, theatrical tone</c>; null for none.</param>
    /// <param name="languageCode">A BCP-47 language hint such as <c>en-GB</c>; null for none.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public TtsSynthesisRequest(string text, string? voice = null, string? prompt = null, string? languageCode = null)
        : this(new TtsUtterance(RequireText(text), voice: voice, prompt: prompt, languageCode: languageCode))
    {
    }

    /// <summary>Creates a request for an utterance (what the build resolves a script line to).</summary>
    /// <param name="utterance">What to say; its text must not be empty or white space.</param>
    /// <exception cref="ArgumentException">The utterance's text is empty or white space.</exception>
    public TtsSynthesisRequest(TtsUtterance utterance)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        RequireText(utterance.Text);
        Utterance = utterance;
    }

    /// <summary>What to say: text, voice, prompt and language code.</summary>
    public TtsUtterance Utterance { get; }

    /// <summary>The text to speak.</summary>
    public string Text => Utterance.Text;

    /// <summary>The voice name, or null for the model's default.</summary>
    public string? Voice => Utterance.Voice;

    /// <summary>The style instruction, or null.</summary>
    public string? Prompt => Utterance.Prompt;

    /// <summary>The BCP-47 language hint, or null.</summary>
    public string? LanguageCode => Utterance.LanguageCode;

    private static string RequireText(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        return text;
    }
}
