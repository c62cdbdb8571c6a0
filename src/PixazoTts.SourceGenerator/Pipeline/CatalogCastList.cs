using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>What <c>TtsAssets.Cast</c> lists: per character (cast order) its member name and its lines' member paths.</summary>
    internal sealed class CatalogCastList : IEquatable<CatalogCastList>
    {
        public CatalogCastList(string rootNamespace, bool nullableAnnotations, EquatableArray<CatalogCharacter> characters)
        {
            RootNamespace = rootNamespace;
            NullableAnnotations = nullableAnnotations;
            Characters = characters;
        }

        public string RootNamespace { get; }

        public bool NullableAnnotations { get; }

        public EquatableArray<CatalogCharacter> Characters { get; }

        public bool Equals(CatalogCastList? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(RootNamespace, other.RootNamespace, StringComparison.Ordinal) &&
            NullableAnnotations == other.NullableAnnotations && Characters.Equals(other.Characters)));

        public override bool Equals(object? obj) => Equals(obj as CatalogCastList);

        public override int GetHashCode() => unchecked((RootNamespace.GetHashCode() * 397) ^ Characters.GetHashCode());
    }

    /// <summary>One character of <c>TtsAssets.Cast</c>: its name, member name and its lines' member paths (relative to <c>TtsAssets</c>).</summary>
    internal sealed class CatalogCharacter : IEquatable<CatalogCharacter>
    {
        public CatalogCharacter(string name, string identifier, EquatableArray<string> members)
        {
            Name = name;
            Identifier = identifier;
            Members = members;
        }

        public string Name { get; }

        public string Identifier { get; }

        public EquatableArray<string> Members { get; }

        public bool Equals(CatalogCharacter? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(Name, other.Name, StringComparison.Ordinal) &&
            string.Equals(Identifier, other.Identifier, StringComparison.Ordinal) && Members.Equals(other.Members)));

        public override bool Equals(object? obj) => Equals(obj as CatalogCharacter);

        public override int GetHashCode() => unchecked((Name.GetHashCode() * 397) ^ Members.GetHashCode());
    }
}
