using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// The shape of the catalog: the scripts whose tables <c>TtsAssets.All</c> joins (path order) and the folder classes
    /// (declared once, with their docs, beside <c>All</c>). Editing, adding or removing lines leaves it equal, so such
    /// edits never re-emit it; only adding, removing or renaming a script does.
    /// </summary>
    internal sealed class CatalogMemberList : IEquatable<CatalogMemberList>
    {
        public CatalogMemberList(string rootNamespace, bool nullableAnnotations, EquatableArray<CatalogFileEntry> files, EquatableArray<CatalogFolder> folders)
        {
            RootNamespace = rootNamespace;
            NullableAnnotations = nullableAnnotations;
            Files = files;
            Folders = folders;
        }

        public string RootNamespace { get; }

        public bool NullableAnnotations { get; }

        /// <summary>The generated scripts, in ordinal order of their relative paths.</summary>
        public EquatableArray<CatalogFileEntry> Files { get; }

        /// <summary>Every folder class, parents before children.</summary>
        public EquatableArray<CatalogFolder> Folders { get; }

        public bool Equals(CatalogMemberList? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(RootNamespace, other.RootNamespace, StringComparison.Ordinal) && NullableAnnotations == other.NullableAnnotations && Files.Equals(other.Files) && Folders.Equals(other.Folders)));

        public override bool Equals(object? obj) => Equals(obj as CatalogMemberList);

        public override int GetHashCode() => unchecked((RootNamespace.GetHashCode() * 397) ^ Files.GetHashCode());
    }
}
