using System;

namespace PixazoTts
{
    /// <summary>
    /// What is spoken: the text and how to say it (voice, prompt, language code), after defaults. One value travels from
    /// the resolver to the cache key, the cache metadata, the gateway request, the placeholder voice, the catalog and the
    /// emulator, so no signature carries these as loose strings that a swap could silently mix up (a swapped voice and
    /// prompt would still compile, and would file audio under another line's key in a shared cache).
    /// </summary>
    /// <remarks>
    /// An empty voice, prompt or language code means "not set" and is stored as null: the cache key writes an absent
    /// value as the empty string, so the two must be the same utterance. The text is kept exactly as given.
    /// </remarks>
    public sealed class TtsUtterance : IEquatable<TtsUtterance>
    {
        /// <summary>Creates an utterance.</summary>
        /// <param name="text">The text to speak, inline audio tags included, exactly as written.</param>
        /// <param name="voice">The voice name, or null/empty for the model's default.</param>
        /// <param name="prompt">The style instruction, or null/empty for none.</param>
        /// <param name="languageCode">The BCP-47 language hint, or null/empty for none.</param>
        /// <param name="take">The take (1 or more): another reading of the same words; 1 is the first and keeps the key of an utterance without takes.</param>
        public TtsUtterance(string text, string? voice = null, string? prompt = null, string? languageCode = null, int take = 1)
        {
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Voice = NullIfEmpty(voice);
            Prompt = NullIfEmpty(prompt);
            LanguageCode = NullIfEmpty(languageCode);
            if (take < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(take), take, "A take is 1 or more.");
            }

            Take = take;
        }

        /// <summary>The text to speak.</summary>
        public string Text { get; }

        /// <summary>The voice name, or null (left out of the request).</summary>
        public string? Voice { get; }

        /// <summary>The style instruction, or null.</summary>
        public string? Prompt { get; }

        /// <summary>The BCP-47 language hint, or null.</summary>
        public string? LanguageCode { get; }

        /// <summary>
        /// The take, 1 or more. The gateway is not told (it reads the same words again and, being a sampling model, gives
        /// another reading); the cache key is, so take 2 is a new entry while take 1 keeps today's key.
        /// </summary>
        public int Take { get; }

        /// <summary>The cache key of this utterance made by <paramref name="model"/> (see <see cref="TtsCacheKey"/>).</summary>
        /// <param name="model">The model id (<see cref="TtsModels"/>).</param>
        public string ComputeKey(string model) => TtsCacheKey.Compute(model, this);

        /// <inheritdoc />
        public bool Equals(TtsUtterance? other) =>
            other is not null &&
            string.Equals(Text, other.Text, StringComparison.Ordinal) &&
            string.Equals(Voice, other.Voice, StringComparison.Ordinal) &&
            string.Equals(Prompt, other.Prompt, StringComparison.Ordinal) &&
            string.Equals(LanguageCode, other.LanguageCode, StringComparison.Ordinal) &&
            Take == other.Take;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsUtterance);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = StringComparer.Ordinal.GetHashCode(Text);
                hash = (hash * 397) ^ (Voice == null ? 0 : StringComparer.Ordinal.GetHashCode(Voice));
                hash = (hash * 397) ^ (Prompt == null ? 0 : StringComparer.Ordinal.GetHashCode(Prompt));
                hash = (hash * 397) ^ (LanguageCode == null ? 0 : StringComparer.Ordinal.GetHashCode(LanguageCode));
                return (hash * 397) ^ Take;
            }
        }

        /// <summary>For logs and debuggers: the voice, the language and the text.</summary>
        public override string ToString() => (Voice ?? "(default voice)") + ", " + (LanguageCode ?? "(no language)") + ": " + Text;

        private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
