using System;

namespace PixazoTts
{
    /// <summary>
    /// The voice defaults of one level: a <c>TtsAsset</c> item's metadata, or the project's properties. An empty
    /// string means not set (MSBuild gives "" for absent metadata), so it falls through to the next level; it is
    /// stored as null.
    /// </summary>
    public sealed class TtsVoiceSettings : IEquatable<TtsVoiceSettings>
    {
        /// <summary>Creates the defaults of one level; empty strings become null.</summary>
        /// <param name="voice">The default voice.</param>
        /// <param name="prompt">The default prompt.</param>
        /// <param name="languageCode">The default language code.</param>
        public TtsVoiceSettings(string? voice, string? prompt, string? languageCode)
        {
            Voice = NullIfEmpty(voice);
            Prompt = NullIfEmpty(prompt);
            LanguageCode = NullIfEmpty(languageCode);
        }

        /// <summary>No defaults at this level.</summary>
        public static TtsVoiceSettings None { get; } = new TtsVoiceSettings(null, null, null);

        /// <summary>The default voice, or null.</summary>
        public string? Voice { get; }

        /// <summary>The default prompt, or null.</summary>
        public string? Prompt { get; }

        /// <summary>The default language code, or null.</summary>
        public string? LanguageCode { get; }

        /// <inheritdoc />
        public bool Equals(TtsVoiceSettings? other) =>
            other is not null &&
            string.Equals(Voice, other.Voice, StringComparison.Ordinal) &&
            string.Equals(Prompt, other.Prompt, StringComparison.Ordinal) &&
            string.Equals(LanguageCode, other.LanguageCode, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsVoiceSettings);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Voice == null ? 0 : StringComparer.Ordinal.GetHashCode(Voice);
                hash = (hash * 397) ^ (Prompt == null ? 0 : StringComparer.Ordinal.GetHashCode(Prompt));
                return (hash * 397) ^ (LanguageCode == null ? 0 : StringComparer.Ordinal.GetHashCode(LanguageCode));
            }
        }

        internal static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
