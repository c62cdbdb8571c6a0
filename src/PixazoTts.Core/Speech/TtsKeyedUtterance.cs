using System;

namespace PixazoTts
{
    /// <summary>
    /// An utterance as made by one model, with its cache key computed once: what the cache files an entry under and
    /// checks a production against (by value, without hashing again).
    /// </summary>
    public sealed class TtsKeyedUtterance : IEquatable<TtsKeyedUtterance>
    {
        /// <summary>Computes the key of <paramref name="utterance"/> made by <paramref name="model"/>.</summary>
        /// <param name="model">The model id (<see cref="TtsModels"/>).</param>
        /// <param name="utterance">What is spoken.</param>
        public TtsKeyedUtterance(string model, TtsUtterance utterance)
        {
            Model = model ?? throw new ArgumentNullException(nameof(model));
            Utterance = utterance ?? throw new ArgumentNullException(nameof(utterance));
            Key = TtsCacheKey.Compute(model, utterance);
        }

        /// <summary>The model id the key is computed with.</summary>
        public string Model { get; }

        /// <summary>What is spoken.</summary>
        public TtsUtterance Utterance { get; }

        /// <summary>The cache key: 64 lowercase hex digits.</summary>
        public string Key { get; }

        /// <inheritdoc />
        public bool Equals(TtsKeyedUtterance? other) => other is not null && string.Equals(Key, other.Key, StringComparison.Ordinal);

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsKeyedUtterance);

        /// <inheritdoc />
        public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Key);

        /// <summary>The key.</summary>
        public override string ToString() => Key;
    }
}
