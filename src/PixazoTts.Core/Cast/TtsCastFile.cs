using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>What <see cref="TtsCastParser"/> found in one cast file: its valid characters and lexicon entries, and every diagnostic.</summary>
    public sealed class TtsCastFile : IEquatable<TtsCastFile>
    {
        /// <summary>Creates a parsed cast file.</summary>
        /// <param name="filePath">The file.</param>
        /// <param name="characters">The valid characters, in file order.</param>
        /// <param name="lexicon">The valid lexicon entries, in file order.</param>
        /// <param name="diagnostics">The diagnostics, in source order.</param>
        public TtsCastFile(string filePath, IReadOnlyList<TtsCastCharacter> characters, IReadOnlyList<TtsLexiconEntry> lexicon, IReadOnlyList<TtsDiagnostic> diagnostics)
        {
            FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
            Characters = characters ?? throw new ArgumentNullException(nameof(characters));
            Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
            Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
        }

        /// <summary>The file.</summary>
        public string FilePath { get; }

        /// <summary>The valid characters in file order (one with an error is left out, so the rest stays usable).</summary>
        public IReadOnlyList<TtsCastCharacter> Characters { get; }

        /// <summary>The valid lexicon entries in file order.</summary>
        public IReadOnlyList<TtsLexiconEntry> Lexicon { get; }

        /// <summary>Every diagnostic of the file, in source order.</summary>
        public IReadOnlyList<TtsDiagnostic> Diagnostics { get; }

        /// <inheritdoc />
        public bool Equals(TtsCastFile? other) =>
            other is not null &&
            string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) &&
            SequenceEqual(Characters, other.Characters) &&
            SequenceEqual(Lexicon, other.Lexicon) &&
            SequenceEqual(Diagnostics, other.Diagnostics);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsCastFile);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(FilePath) * 397) ^ (Characters.Count * 31) ^ Lexicon.Count);

        internal static bool SequenceEqual<T>(IReadOnlyList<T> a, IReadOnlyList<T> b)
            where T : IEquatable<T>
        {
            if (a.Count != b.Count)
            {
                return false;
            }

            for (int i = 0; i < a.Count; i++)
            {
                if (!a[i].Equals(b[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
