using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PixazoTts
{
    /// <summary>
    /// Turns a line's written text into its spoken text: every whole-word, case-sensitive occurrence of a lexicon word is
    /// replaced by its respelling. One implementation for the task and the generator.
    /// </summary>
    /// <remarks>
    /// <para>Matching (docs/contracts.md "Cast, lexicon and takes"): the text is scanned left to right; at each position
    /// the longest entry that matches there as a whole word is replaced and the scan continues after it (replacements
    /// are never scanned again). So of two overlapping entries the one that starts first wins, and of two that start at
    /// the same place the longer one ("Xyl'thar" before "Xyl").</para>
    /// <para>Whole word: an occurrence must not continue a word of a spaced script on either side. A "spaced word
    /// character" is a letter, a combining mark or a digit of any script that separates its words with spaces (Latin,
    /// Cyrillic, Greek, Arabic, Hebrew, Devanagari...). Apostrophes, hyphens, punctuation, spaces and audio-tag
    /// brackets are not word characters, so "Eldoria's", "(Eldoria)" and "Eldoria-born" contain the word "Eldoria",
    /// while "Eldorian" does not. Scripts written without spaces between words (Han, Hiragana, Katakana, Thai, Lao,
    /// Khmer, Myanmar) have no word boundaries a program can find without a dictionary, and Korean writes particles onto
    /// its nouns ("서울에"): the characters of these scripts (Hangul included) are never word characters, so an entry written in them
    /// matches wherever its characters occur ("東京" in "東京都"), and a Latin entry next to them matches too
    /// ("GUI" in "使用GUI界面").</para>
    /// </remarks>
    public sealed class TtsLexicon
    {
        private readonly Dictionary<char, TtsLexiconEntry[]> _byFirstChar;

        /// <summary>Creates a lexicon. Of two entries with the same word the first is kept (callers list the script's entries before the cast's).</summary>
        /// <param name="entries">The entries, in precedence order.</param>
        public TtsLexicon(IEnumerable<TtsLexiconEntry> entries)
        {
            if (entries == null)
            {
                throw new ArgumentNullException(nameof(entries));
            }

            var seen = new HashSet<string>(StringComparer.Ordinal);
            var lists = new Dictionary<char, List<TtsLexiconEntry>>();
            var kept = new List<TtsLexiconEntry>();
            foreach (var entry in entries)
            {
                if (entry.Word.Length == 0 || !seen.Add(entry.Word))
                {
                    continue;
                }

                kept.Add(entry);
                if (!lists.TryGetValue(entry.Word[0], out var list))
                {
                    lists.Add(entry.Word[0], list = new List<TtsLexiconEntry>());
                }

                list.Add(entry);
            }

            Entries = kept;
            _byFirstChar = new Dictionary<char, TtsLexiconEntry[]>(lists.Count);
            foreach (var pair in lists)
            {
                // Longest first; equal lengths keep their order (a stable sort), so the result never depends on hashing.
                var sorted = pair.Value.ToArray();
                var order = new int[sorted.Length];
                for (int i = 0; i < order.Length; i++)
                {
                    order[i] = i;
                }

                Array.Sort(order, (a, b) => sorted[b].Word.Length != sorted[a].Word.Length ? sorted[b].Word.Length.CompareTo(sorted[a].Word.Length) : a.CompareTo(b));
                var result = new TtsLexiconEntry[sorted.Length];
                for (int i = 0; i < order.Length; i++)
                {
                    result[i] = sorted[order[i]];
                }

                _byFirstChar.Add(pair.Key, result);
            }
        }

        /// <summary>An empty lexicon: the spoken text is the written text.</summary>
        public static TtsLexicon Empty { get; } = new TtsLexicon(Array.Empty<TtsLexiconEntry>());

        /// <summary>The entries in effect (first of each word), in precedence order.</summary>
        public IReadOnlyList<TtsLexiconEntry> Entries { get; }

        /// <summary>The spoken text of <paramref name="text"/>.</summary>
        /// <param name="text">A line's written text.</param>
        public string Apply(string text) => Apply(text, null);

        /// <summary>The spoken text of <paramref name="text"/>; every entry that was applied is added to <paramref name="used"/>.</summary>
        /// <param name="text">A line's written text.</param>
        /// <param name="used">Collects the entries applied, or null.</param>
        public string Apply(string text, ISet<TtsLexiconEntry>? used)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (_byFirstChar.Count == 0)
            {
                return text;
            }

            StringBuilder? spoken = null;
            int copiedUpTo = 0;
            int i = 0;
            while (i < text.Length)
            {
                var match = _byFirstChar.TryGetValue(text[i], out var candidates) ? MatchAt(text, i, candidates) : null;
                if (match == null)
                {
                    i++;
                    continue;
                }

                spoken ??= new StringBuilder(text.Length + 16);
                spoken.Append(text, copiedUpTo, i - copiedUpTo).Append(match.Respelling);
                used?.Add(match);
                i += match.Word.Length;
                copiedUpTo = i;
            }

            return spoken == null ? text : spoken.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
        }

        /// <summary>
        /// True when <paramref name="c"/>'s code point (a UTF-16 unit or a pair) at <paramref name="index"/> is a word
        /// character of a script that separates words with spaces (see the remarks of <see cref="TtsLexicon"/>).
        /// </summary>
        internal static bool IsSpacedWordCharacter(string c, int index)
        {
            int codePoint = char.IsSurrogatePair(c, index) ? char.ConvertToUtf32(c, index) : c[index];
            if (IsUnspacedScript(codePoint))
            {
                return false;
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c, index))
            {
                case UnicodeCategory.UppercaseLetter:
                case UnicodeCategory.LowercaseLetter:
                case UnicodeCategory.TitlecaseLetter:
                case UnicodeCategory.ModifierLetter:
                case UnicodeCategory.OtherLetter:
                case UnicodeCategory.NonSpacingMark:
                case UnicodeCategory.SpacingCombiningMark:
                case UnicodeCategory.EnclosingMark:
                case UnicodeCategory.DecimalDigitNumber:
                    return true;
                default:
                    return false;
            }
        }

        private static bool IsUnspacedScript(int cp) =>
            (cp >= 0x0E00 && cp <= 0x0EFF) ||   // Thai, Lao
            (cp >= 0x1000 && cp <= 0x109F) ||   // Myanmar
            (cp >= 0x1780 && cp <= 0x17FF) ||   // Khmer
            (cp >= 0x1100 && cp <= 0x11FF) ||   // Hangul Jamo
            (cp >= 0x2E80 && cp <= 0x2FDF) ||   // CJK radicals, Kangxi
            (cp >= 0x3000 && cp <= 0x9FFF) ||   // CJK symbols, kana, Bopomofo, Hangul compatibility, CJK ideographs
            (cp >= 0xA960 && cp <= 0xA97F) ||   // Hangul Jamo extended
            (cp >= 0xAC00 && cp <= 0xD7FF) ||   // Hangul syllables
            (cp >= 0xF900 && cp <= 0xFAFF) ||   // CJK compatibility ideographs
            (cp >= 0xFF66 && cp <= 0xFFDC) ||   // half-width kana and Hangul
            (cp >= 0x20000 && cp <= 0x3FFFF);   // CJK extensions

        private static TtsLexiconEntry? MatchAt(string text, int start, TtsLexiconEntry[] candidates)
        {
            foreach (var entry in candidates)
            {
                string word = entry.Word;
                if (start + word.Length > text.Length || string.CompareOrdinal(text, start, word, 0, word.Length) != 0)
                {
                    continue;
                }

                if (IsBoundary(text, start, word, atStart: true) && IsBoundary(text, start + word.Length, word, atStart: false))
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>
        /// Whether the word's edge at <paramref name="position"/> is a word boundary: not both the character outside and
        /// the word's own edge character are spaced word characters.
        /// </summary>
        private static bool IsBoundary(string text, int position, string word, bool atStart)
        {
            if (atStart)
            {
                if (position == 0)
                {
                    return true;
                }

                int before = position - 1;
                if (before > 0 && char.IsLowSurrogate(text[before]) && char.IsHighSurrogate(text[before - 1]))
                {
                    before--;
                }

                return !(IsSpacedWordCharacter(text, before) && IsSpacedWordCharacter(word, 0));
            }

            if (position >= text.Length)
            {
                return true;
            }

            int last = word.Length - 1;
            if (last > 0 && char.IsLowSurrogate(word[last]) && char.IsHighSurrogate(word[last - 1]))
            {
                last--;
            }

            return !(IsSpacedWordCharacter(text, position) && IsSpacedWordCharacter(word, last));
        }
    }
}
