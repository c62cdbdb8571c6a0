using System;

namespace PixazoTts
{
    /// <summary>A line with its defaults applied: exactly what is sent to the gateway and what goes into the cache key.</summary>
    public sealed class ResolvedTtsLine : IEquatable<ResolvedTtsLine>
    {
        /// <summary>Creates a resolved line.</summary>
        /// <param name="id">The line id.</param>
        /// <param name="text">The text.</param>
        /// <param name="voice">The resolved voice, or null (left out of the request).</param>
        /// <param name="prompt">The resolved prompt, or null.</param>
        /// <param name="languageCode">The resolved language code, or null.</param>
        public ResolvedTtsLine(string id, string text, string? voice, string? prompt, string? languageCode)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Voice = voice;
            Prompt = prompt;
            LanguageCode = languageCode;
        }

        /// <summary>The line id.</summary>
        public string Id { get; }

        /// <summary>The text.</summary>
        public string Text { get; }

        /// <summary>The resolved voice, or null.</summary>
        public string? Voice { get; }

        /// <summary>The resolved prompt, or null.</summary>
        public string? Prompt { get; }

        /// <summary>The resolved language code, or null.</summary>
        public string? LanguageCode { get; }

        /// <summary>The cache key for <paramref name="model"/>: <c>TtsCacheKey.Compute(model, Voice, LanguageCode, Prompt, Text)</c>.</summary>
        /// <param name="model">The model id (<see cref="TtsModels"/>).</param>
        public string ComputeKey(string model) => TtsCacheKey.Compute(model, Voice, LanguageCode, Prompt, Text);

        /// <inheritdoc />
        public bool Equals(ResolvedTtsLine? other) =>
            other is not null &&
            string.Equals(Id, other.Id, StringComparison.Ordinal) &&
            string.Equals(Text, other.Text, StringComparison.Ordinal) &&
            string.Equals(Voice, other.Voice, StringComparison.Ordinal) &&
            string.Equals(Prompt, other.Prompt, StringComparison.Ordinal) &&
            string.Equals(LanguageCode, other.LanguageCode, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ResolvedTtsLine);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = StringComparer.Ordinal.GetHashCode(Id);
                hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Text);
                return (hash * 397) ^ (Voice == null ? 0 : StringComparer.Ordinal.GetHashCode(Voice));
            }
        }

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }
}
