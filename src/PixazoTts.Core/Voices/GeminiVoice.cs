using System;

namespace PixazoTts
{
    /// <summary>One prebuilt Gemini TTS voice: its name (as the API spells it) and its tone.</summary>
    public sealed class GeminiVoice
    {
        /// <summary>Creates a voice description.</summary>
        /// <param name="name">The voice name, e.g. <c>Kore</c>.</param>
        /// <param name="tone">Its tone, e.g. <c>Firm</c>.</param>
        public GeminiVoice(string name, string tone)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Tone = tone ?? throw new ArgumentNullException(nameof(tone));
        }

        /// <summary>The voice name, e.g. <c>Kore</c>.</summary>
        public string Name { get; }

        /// <summary>Its tone, e.g. <c>Firm</c>.</summary>
        public string Tone { get; }

        /// <summary><c>Name (Tone)</c>.</summary>
        public override string ToString() => Name + " (" + Tone + ")";
    }
}
