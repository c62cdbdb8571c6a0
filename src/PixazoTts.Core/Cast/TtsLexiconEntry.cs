using System;

namespace PixazoTts
{
    /// <summary>
    /// One lexicon entry: a word as written in the lines and the respelling the voice is given instead (from a cast
    /// file's or a script's <c>lexicon</c>), with where the word is written, for diagnostics.
    /// </summary>
    public sealed class TtsLexiconEntry : IEquatable<TtsLexiconEntry>
    {
        /// <summary>Creates an entry.</summary>
        /// <param name="word">The word as written in lines (matched whole-word, case-sensitive).</param>
        /// <param name="respelling">What the voice is given instead.</param>
        /// <param name="filePath">The file that defines the entry.</param>
        /// <param name="wordSpan">The span of the word (the member name, quotes included).</param>
        public TtsLexiconEntry(string word, string respelling, string filePath, TtsSourceSpan wordSpan)
        {
            Word = word ?? throw new ArgumentNullException(nameof(word));
            Respelling = respelling ?? throw new ArgumentNullException(nameof(respelling));
            FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
            WordSpan = wordSpan;
        }

        /// <summary>The word as written in lines.</summary>
        public string Word { get; }

        /// <summary>What the voice is given instead.</summary>
        public string Respelling { get; }

        /// <summary>The file that defines the entry.</summary>
        public string FilePath { get; }

        /// <summary>The span of the word in <see cref="FilePath"/>.</summary>
        public TtsSourceSpan WordSpan { get; }

        /// <inheritdoc />
        public bool Equals(TtsLexiconEntry? other) =>
            other is not null &&
            string.Equals(Word, other.Word, StringComparison.Ordinal) &&
            string.Equals(Respelling, other.Respelling, StringComparison.Ordinal) &&
            string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) &&
            WordSpan == other.WordSpan;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsLexiconEntry);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Word) * 397) ^ StringComparer.Ordinal.GetHashCode(Respelling));

        /// <summary>The word and its respelling.</summary>
        public override string ToString() => Word + " → " + Respelling;
    }
}
