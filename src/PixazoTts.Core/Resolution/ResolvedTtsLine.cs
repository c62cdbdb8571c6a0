using System;

namespace PixazoTts
{
    /// <summary>A line with its defaults applied: its id and exactly what is sent to the gateway and hashed into the cache key.</summary>
    public sealed class ResolvedTtsLine : IEquatable<ResolvedTtsLine>
    {
        /// <summary>Creates a resolved line.</summary>
        /// <param name="id">The line id.</param>
        /// <param name="utterance">What is spoken, after defaults.</param>
        public ResolvedTtsLine(string id, TtsUtterance utterance)
        {
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Utterance = utterance ?? throw new ArgumentNullException(nameof(utterance));
        }

        /// <summary>The line id.</summary>
        public string Id { get; }

        /// <summary>What is spoken: text, voice, prompt and language code after defaults.</summary>
        public TtsUtterance Utterance { get; }

        /// <inheritdoc />
        public bool Equals(ResolvedTtsLine? other) =>
            other is not null && string.Equals(Id, other.Id, StringComparison.Ordinal) && Utterance.Equals(other.Utterance);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as ResolvedTtsLine);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((StringComparer.Ordinal.GetHashCode(Id) * 397) ^ Utterance.GetHashCode());

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }
}
