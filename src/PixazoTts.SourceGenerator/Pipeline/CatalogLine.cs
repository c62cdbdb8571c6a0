using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>One generated <c>TtsLine</c> member: the resolved line's utterance, its member name, output path and cache key.</summary>
    internal sealed class CatalogLine : IEquatable<CatalogLine>
    {
        public CatalogLine(string identifier, string id, string path, TtsUtterance utterance, string key)
            : this(identifier, id, path, utterance.Text, null, utterance, key)
        {
        }

        public CatalogLine(string identifier, string id, string path, string text, string? speaker, TtsUtterance utterance, string key)
        {
            Text = text;
            Speaker = speaker;
            Identifier = identifier;
            Id = id;
            Path = path;
            Utterance = utterance;
            Key = key;
        }

        public string Identifier { get; }

        public string Id { get; }

        public string Path { get; }

        /// <summary>What the utterance says after the lexicon (its <see cref="TtsUtterance.Text"/>) and with which take.</summary>
        public TtsUtterance Utterance { get; }

        /// <summary>The written text (before the lexicon).</summary>
        public string Text { get; }

        /// <summary>The line's speaker (its own, else its file's), or null.</summary>
        public string? Speaker { get; }

        public string Key { get; }

        public bool Equals(CatalogLine? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(Identifier, other.Identifier, StringComparison.Ordinal)
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && Utterance.Equals(other.Utterance)
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && string.Equals(Speaker, other.Speaker, StringComparison.Ordinal)
            && string.Equals(Key, other.Key, StringComparison.Ordinal)));

        public override bool Equals(object? obj) => Equals(obj as CatalogLine);

        // The key covers the utterance already.
        public override int GetHashCode() => unchecked((Key.GetHashCode() * 397) ^ Identifier.GetHashCode());
    }
}
