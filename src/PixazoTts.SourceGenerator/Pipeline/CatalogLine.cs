using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>One generated <c>TtsLine</c> member: the resolved line, its member name, output path and cache key.</summary>
    internal sealed class CatalogLine : IEquatable<CatalogLine>
    {
        public CatalogLine(string identifier, string id, string path, string text, string? voice, string? prompt, string? languageCode, string key)
        {
            Identifier = identifier;
            Id = id;
            Path = path;
            Text = text;
            Voice = voice;
            Prompt = prompt;
            LanguageCode = languageCode;
            Key = key;
        }

        public string Identifier { get; }

        public string Id { get; }

        public string Path { get; }

        public string Text { get; }

        public string? Voice { get; }

        public string? Prompt { get; }

        public string? LanguageCode { get; }

        public string Key { get; }

        public bool Equals(CatalogLine? other) =>
            other is not null
            && string.Equals(Identifier, other.Identifier, StringComparison.Ordinal)
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Path, other.Path, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal)
            && string.Equals(Voice, other.Voice, StringComparison.Ordinal)
            && string.Equals(Prompt, other.Prompt, StringComparison.Ordinal)
            && string.Equals(LanguageCode, other.LanguageCode, StringComparison.Ordinal)
            && string.Equals(Key, other.Key, StringComparison.Ordinal);

        public override bool Equals(object? obj) => Equals(obj as CatalogLine);

        // The key covers text, voice, prompt and language already.
        public override int GetHashCode() => unchecked((Key.GetHashCode() * 397) ^ Identifier.GetHashCode());
    }
}
