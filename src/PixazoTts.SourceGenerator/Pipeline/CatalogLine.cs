using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>One generated <c>TtsLine</c> member: the resolved line's utterance, its member name, output path and cache key.</summary>
    internal sealed class CatalogLine : IEquatable<CatalogLine>
    {
        public CatalogLine(string identifier, string id, string path, TtsUtterance utterance, string key)
        {
            Identifier = identifier;
            Id = id;
            Path = path;
            Utterance = utterance;
            Key = key;
        }

        public string Identifier { get; }

        public string Id { get; }

        public string Path { get; }

        public TtsUtterance Utterance { get; }

        public string Key { get; }

        public bool Equals(CatalogLine? other) =>
            other is not null
            && string.Equals(Identifier, other.Identifier, StringComparison.Ordinal)
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && Utterance.Equals(other.Utterance)
            && string.Equals(Key, other.Key, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as CatalogLine);

        // The key covers the utterance already.
        public override int GetHashCode() => unchecked((Key.GetHashCode() * 397) ^ Identifier.GetHashCode());
    }
}
