using System;

namespace PixazoTts
{
    /// <summary>
    /// What the cast gives one line: its speaker (its own, else its file's), that character's settings and the line's
    /// spoken text (the written text after the lexicon).
    /// </summary>
    public sealed class TtsLineBinding : IEquatable<TtsLineBinding>
    {
        /// <summary>Creates a binding.</summary>
        /// <param name="speaker">The line's speaker (its own, else its file's), or null.</param>
        /// <param name="isOwnSpeaker">True when the line names the speaker itself (the file's top-level values then come after the character's).</param>
        /// <param name="speakerSettings">The speaker's settings; <see cref="TtsVoiceSettings.None"/> for no or an unknown speaker.</param>
        /// <param name="spokenText">The text after the lexicon.</param>
        public TtsLineBinding(string? speaker, bool isOwnSpeaker, TtsVoiceSettings speakerSettings, string spokenText)
        {
            Speaker = speaker;
            IsOwnSpeaker = isOwnSpeaker;
            SpeakerSettings = speakerSettings ?? throw new ArgumentNullException(nameof(speakerSettings));
            SpokenText = spokenText ?? throw new ArgumentNullException(nameof(spokenText));
        }

        /// <summary>The line's speaker (its own, else its file's), or null.</summary>
        public string? Speaker { get; }

        /// <summary>True when the line names its speaker itself.</summary>
        public bool IsOwnSpeaker { get; }

        /// <summary>The speaker's voice, prompt and language code (none when there is no speaker or it is unknown).</summary>
        public TtsVoiceSettings SpeakerSettings { get; }

        /// <summary>The text after the lexicon: what the gateway receives and the key hashes.</summary>
        public string SpokenText { get; }

        /// <summary>The binding of a line without a cast: no speaker, the written text spoken as is.</summary>
        /// <param name="line">The line.</param>
        public static TtsLineBinding Unbound(TtsScriptLine line) =>
            new TtsLineBinding(null, false, TtsVoiceSettings.None, (line ?? throw new ArgumentNullException(nameof(line))).Text);

        /// <inheritdoc />
        public bool Equals(TtsLineBinding? other) =>
            other is not null &&
            string.Equals(Speaker, other.Speaker, StringComparison.Ordinal) &&
            IsOwnSpeaker == other.IsOwnSpeaker &&
            SpeakerSettings.Equals(other.SpeakerSettings) &&
            string.Equals(SpokenText, other.SpokenText, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsLineBinding);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(SpokenText) * 397) ^ SpeakerSettings.GetHashCode());
    }
}
