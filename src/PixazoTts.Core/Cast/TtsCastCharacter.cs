using System;

namespace PixazoTts
{
    /// <summary>One character of a cast file: its name and the voice settings its lines get unless they set their own.</summary>
    public sealed class TtsCastCharacter : IEquatable<TtsCastCharacter>
    {
        /// <summary>Creates a character; empty settings count as not set.</summary>
        /// <param name="name">The character's name (line-id rule).</param>
        /// <param name="voice">The character's voice, or null.</param>
        /// <param name="prompt">The character's prompt, or null.</param>
        /// <param name="languageCode">The character's language code, or null.</param>
        /// <param name="filePath">The cast file.</param>
        /// <param name="nameSpan">The span of the name (the member name, quotes included).</param>
        public TtsCastCharacter(string name, string? voice, string? prompt, string? languageCode, string filePath, TtsSourceSpan nameSpan)
        {
            Name = name ?? throw new ArgumentNullException(nameof(name));
            Settings = new TtsVoiceSettings(voice, prompt, languageCode);
            FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
            NameSpan = nameSpan;
        }

        /// <summary>The character's name.</summary>
        public string Name { get; }

        /// <summary>The character's voice, prompt and language code (null where not set).</summary>
        public TtsVoiceSettings Settings { get; }

        /// <summary>The cast file that defines the character.</summary>
        public string FilePath { get; }

        /// <summary>The span of the name in <see cref="FilePath"/>.</summary>
        public TtsSourceSpan NameSpan { get; }

        /// <inheritdoc />
        public bool Equals(TtsCastCharacter? other) =>
            other is not null &&
            string.Equals(Name, other.Name, StringComparison.Ordinal) &&
            Settings.Equals(other.Settings) &&
            string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) &&
            NameSpan == other.NameSpan;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsCastCharacter);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Name) * 397) ^ Settings.GetHashCode());

        /// <summary>The name.</summary>
        public override string ToString() => Name;
    }
}
