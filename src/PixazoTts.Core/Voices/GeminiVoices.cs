using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>
    /// The 30 prebuilt voices of Gemini Flash TTS. An unknown name is only a warning (the gateway may add voices),
    /// so this list serves suggestions and validation, never a hard refusal.
    /// </summary>
    public static class GeminiVoices
    {
        private static readonly GeminiVoice[] Voices =
        {
            new GeminiVoice("Zephyr", "Bright"),
            new GeminiVoice("Puck", "Upbeat"),
            new GeminiVoice("Charon", "Informative"),
            new GeminiVoice("Kore", "Firm"),
            new GeminiVoice("Fenrir", "Excitable"),
            new GeminiVoice("Leda", "Youthful"),
            new GeminiVoice("Orus", "Firm"),
            new GeminiVoice("Aoede", "Breezy"),
            new GeminiVoice("Callirrhoe", "Easy-going"),
            new GeminiVoice("Autonoe", "Bright"),
            new GeminiVoice("Enceladus", "Breathy"),
            new GeminiVoice("Iapetus", "Clear"),
            new GeminiVoice("Umbriel", "Easy-going"),
            new GeminiVoice("Algieba", "Smooth"),
            new GeminiVoice("Despina", "Smooth"),
            new GeminiVoice("Erinome", "Clear"),
            new GeminiVoice("Algenib", "Gravelly"),
            new GeminiVoice("Rasalgethi", "Informative"),
            new GeminiVoice("Laomedeia", "Upbeat"),
            new GeminiVoice("Achernar", "Soft"),
            new GeminiVoice("Alnilam", "Firm"),
            new GeminiVoice("Schedar", "Even"),
            new GeminiVoice("Gacrux", "Mature"),
            new GeminiVoice("Pulcherrima", "Forward"),
            new GeminiVoice("Achird", "Friendly"),
            new GeminiVoice("Zubenelgenubi", "Casual"),
            new GeminiVoice("Vindemiatrix", "Gentle"),
            new GeminiVoice("Sadachbia", "Lively"),
            new GeminiVoice("Sadaltager", "Knowledgeable"),
            new GeminiVoice("Sulafat", "Warm"),
        };

        private static readonly HashSet<string> Names = CreateNameSet();

        /// <summary>All 30 voices, in the order of the model's documentation.</summary>
        public static IReadOnlyList<GeminiVoice> All { get; } = Array.AsReadOnly(Voices);

        /// <summary>True when <paramref name="name"/> is a known voice, spelled exactly (case-sensitive).</summary>
        /// <param name="name">A voice name.</param>
        public static bool IsKnown(string name) => name != null && Names.Contains(name);

        /// <summary>
        /// The known voice closest to <paramref name="name"/>: a case-insensitive match first (so <c>kore</c> gives
        /// <c>Kore</c>), else the smallest case-insensitive edit distance (ties: the earlier voice in <see cref="All"/>).
        /// Null for a null, empty or whitespace-only name.
        /// </summary>
        /// <param name="name">A voice name, usually an unknown one.</param>
        public static string? SuggestClosest(string name)
        {
            if (name == null || name.Trim().Length == 0)
            {
                return null;
            }

            string trimmed = name.Trim();
            foreach (var voice in Voices)
            {
                if (string.Equals(voice.Name, trimmed, StringComparison.OrdinalIgnoreCase))
                {
                    return voice.Name;
                }
            }

            string? best = null;
            int bestDistance = int.MaxValue;
            foreach (var voice in Voices)
            {
                int distance = EditDistance(trimmed, voice.Name, bestDistance);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = voice.Name;
                }
            }

            return best;
        }

        /// <summary>Case-insensitive Levenshtein distance; stops early once every path is at least <paramref name="limit"/>.</summary>
        internal static int EditDistance(string a, string b, int limit)
        {
            // Voice names are short, but a user may write anything: cap the work at a sane length.
            if (a.Length > 64)
            {
                a = a.Substring(0, 64);
            }

            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (int j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (int i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                int rowMinimum = i;
                char ca = char.ToUpperInvariant(a[i - 1]);
                for (int j = 1; j <= b.Length; j++)
                {
                    int cost = ca == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                    int value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                    current[j] = value;
                    rowMinimum = Math.Min(rowMinimum, value);
                }

                if (rowMinimum >= limit)
                {
                    return rowMinimum;
                }

                var swap = previous;
                previous = current;
                current = swap;
            }

            return previous[b.Length];
        }

        private static HashSet<string> CreateNameSet()
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var voice in Voices)
            {
                names.Add(voice.Name);
            }

            return names;
        }
    }
}
