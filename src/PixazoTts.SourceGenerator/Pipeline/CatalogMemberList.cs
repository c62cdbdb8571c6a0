using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// The shape of the catalog: what <c>TtsAssets.All</c> lists (member paths in catalog order) and the folder classes
    /// (declared once, with their docs, beside <c>All</c>). Text edits leave it equal, so they never re-emit it.
    /// </summary>
    internal sealed class CatalogMemberList : IEquatable<CatalogMemberList>
    {
        public CatalogMemberList(string rootNamespace, bool nullableAnnotations, EquatableArray<string> members, EquatableArray<CatalogFolder> folders)
        {
            RootNamespace = rootNamespace;
            NullableAnnotations = nullableAnnotations;
            Members = members;
            Folders = folders;
        }

        public string RootNamespace { get; }

        /// <summary>Member paths relative to <c>TtsAssets</c>, e.g. <c>Voice.Npc.Blacksmith.PriceHigh</c>.</summary>
        public EquatableArray<string> Members { get; }

        public bool NullableAnnotations { get; }

        /// <summary>Every folder class, parents before children.</summary>
        public EquatableArray<CatalogFolder> Folders { get; }

        public bool Equals(CatalogMemberList? other) =>
            other is not null && string.Equals(RootNamespace, other.RootNamespace, StringComparison.Ordinal) && NullableAnnotations == other.NullableAnnotations && Members.Equals(other.Members) && Folders.Equals(other.Folders);

        public override bool Equals(object? obj) => Equals(obj as CatalogMemberList);

        public override int GetHashCode() => unchecked((RootNamespace.GetHashCode() * 397) ^ Members.GetHashCode());
    }
}
