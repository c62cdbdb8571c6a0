using System;
using System.Collections.Generic;
using System.Linq;

namespace PixazoTts
{
    /// <summary>
    /// A project's cast: the characters and lexicon of all its <c>TtsCast</c> files together, and what is wrong between
    /// the files (a character or a word defined twice, names that clash in the catalog). Files are taken in path order,
    /// so the first definition wins and the later one is reported, the same in the task and the generator.
    /// </summary>
    public sealed class TtsCast : IEquatable<TtsCast>
    {
        private readonly Dictionary<string, TtsCastCharacter> _byName;

        private TtsCast(int fileCount, IReadOnlyList<TtsCastCharacter> characters, IReadOnlyList<TtsLexiconEntry> lexicon, IReadOnlyList<TtsDiagnostic> diagnostics)
        {
            FileCount = fileCount;
            Characters = characters;
            Lexicon = lexicon;
            Diagnostics = diagnostics;
            _byName = characters.ToDictionary(c => c.Name, StringComparer.Ordinal);
        }

        /// <summary>No cast files.</summary>
        public static TtsCast None { get; } = new TtsCast(0, Array.Empty<TtsCastCharacter>(), Array.Empty<TtsLexiconEntry>(), Array.Empty<TtsDiagnostic>());

        /// <summary>How many cast files there are (0: the project has no cast).</summary>
        public int FileCount { get; }

        /// <summary>Every character, files in path order, characters in file order.</summary>
        public IReadOnlyList<TtsCastCharacter> Characters { get; }

        /// <summary>The project-wide lexicon, files in path order, entries in file order.</summary>
        public IReadOnlyList<TtsLexiconEntry> Lexicon { get; }

        /// <summary>What is wrong between the files (PTTS1024-1026); each file's own diagnostics are on its <see cref="TtsCastFile"/>.</summary>
        public IReadOnlyList<TtsDiagnostic> Diagnostics { get; }

        /// <summary>Puts parsed cast files together.</summary>
        /// <param name="files">The parsed files, in any order.</param>
        public static TtsCast Merge(IEnumerable<TtsCastFile> files)
        {
            if (files == null)
            {
                throw new ArgumentNullException(nameof(files));
            }

            var ordered = files.OrderBy(f => f.FilePath, StringComparer.Ordinal).ToList();
            if (ordered.Count == 0)
            {
                return None;
            }

            var diagnostics = new List<TtsDiagnostic>();
            var characters = new List<TtsCastCharacter>();
            var byName = new Dictionary<string, TtsCastCharacter>(StringComparer.Ordinal);
            var byIdentifier = new Dictionary<string, TtsCastCharacter>(StringComparer.Ordinal);
            var lexicon = new List<TtsLexiconEntry>();
            var byWord = new Dictionary<string, TtsLexiconEntry>(StringComparer.Ordinal);
            foreach (var file in ordered)
            {
                foreach (var character in file.Characters)
                {
                    if (byName.TryGetValue(character.Name, out var earlier))
                    {
                        diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.DuplicateCharacter, character.FilePath, character.NameSpan, character.Name, earlier.FilePath));
                        continue;
                    }

                    string identifier = TtsNaming.ToIdentifier(character.Name);
                    if (byIdentifier.TryGetValue(identifier, out var sameName) || identifier == "Cast")
                    {
                        // A member may not be named like its class (CS0542): TtsAssets.Cast.Cast is refused as well.
                        string other = sameName is null ? "the class TtsAssets.Cast itself" : "character '" + sameName.Name + "'";
                        diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.CharacterNamesClash, character.FilePath, character.NameSpan, character.Name, identifier, other));
                        continue;
                    }

                    byName.Add(character.Name, character);
                    byIdentifier.Add(identifier, character);
                    characters.Add(character);
                }

                foreach (var entry in file.Lexicon)
                {
                    if (byWord.TryGetValue(entry.Word, out var earlier))
                    {
                        diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.DuplicateLexiconWord, entry.FilePath, entry.WordSpan, entry.Word, earlier.FilePath));
                        continue;
                    }

                    byWord.Add(entry.Word, entry);
                    lexicon.Add(entry);
                }
            }

            return new TtsCast(ordered.Count, characters, lexicon, diagnostics);
        }

        /// <summary>The character named <paramref name="name"/> (ordinal), or null.</summary>
        /// <param name="name">A speaker.</param>
        public TtsCastCharacter? Find(string name) => _byName.TryGetValue(name, out var character) ? character : null;

        /// <summary>The character whose name is closest to <paramref name="name"/> (case first, then edit distance), or null when there is none.</summary>
        /// <param name="name">An unknown speaker.</param>
        public string? SuggestClosest(string name)
        {
            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var character in Characters)
            {
                if (string.Equals(character.Name, name, StringComparison.OrdinalIgnoreCase))
                {
                    return character.Name;
                }

                int distance = GeminiVoices.EditDistance(name, character.Name, bestDistance);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = character.Name;
                }
            }

            return best;
        }

        /// <inheritdoc />
        public bool Equals(TtsCast? other) =>
            other is not null &&
            FileCount == other.FileCount &&
            TtsCastFile.SequenceEqual(Characters, other.Characters) &&
            TtsCastFile.SequenceEqual(Lexicon, other.Lexicon) &&
            TtsCastFile.SequenceEqual(Diagnostics, other.Diagnostics);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsCast);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((FileCount * 397) ^ (Characters.Count * 31) ^ Lexicon.Count);
    }
}
