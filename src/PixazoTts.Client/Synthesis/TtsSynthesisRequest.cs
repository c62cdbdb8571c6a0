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
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Text = text;
        Voice = voice;
        Prompt = prompt;
        LanguageCode = languageCode;
    }

    /// <summary>The text to speak.</summary>
    public string Text { get; }

    /// <summary>The voice name, or null for the model's default.</summary>
    public string? Voice { get; }

    /// <summary>The style instruction, or null.</summary>
    public string? Prompt { get; }

    /// <summary>The BCP-47 language hint, or null.</summary>
    public string? LanguageCode { get; }
}
