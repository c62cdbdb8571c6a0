using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>Everything needed to write one script's catalog class; nothing that refers to the compilation.</summary>
    internal sealed class CatalogFileClass : IEquatable<CatalogFileClass>
    {
        public CatalogFileClass(string rootNamespace, bool nullableAnnotations, string relativePath, EquatableArray<string> classPath, EquatableArray<CatalogLine> lines)
        {
            RootNamespace = rootNamespace;
            NullableAnnotations = nullableAnnotations;
            RelativePath = relativePath;
            ClassPath = classPath;
            Lines = lines;
        }

        public string RootNamespace { get; }

        public bool NullableAnnotations { get; }

        public string RelativePath { get; }

        /// <summary>The nested class names below <c>TtsAssets</c>: folders, then the file.</summary>
        public EquatableArray<string> ClassPath { get; }

        public EquatableArray<CatalogLine> Lines { get; }

        /// <summary>Unique per project: the validator rejects two files with one class path (even by letter case).</summary>
        public string HintName => "TtsAssets." + string.Join(".", ClassPath) + ".g.cs";

        /// <summary>The private class (nested in <c>TtsAssets</c>) that holds this script's lines as a table.</summary>
        public string TableClass => TableClassOf(ClassPath);

        /// <summary>
        /// <c>Pixazo_Lines_</c> and the class path joined with <c>_</c>. Catalog names never hold a <c>_</c> after their
        /// first character (<c>TtsNaming.ToIdentifier</c>), so this name can clash with no folder, script or line class,
        /// and two class paths never give one name (a segment's own <c>_</c> can only lead it, before a digit).
        /// </summary>
        public static string TableClassOf(EquatableArray<string> classPath) => "Pixazo_Lines_" + string.Join("_", classPath);

        public bool Equals(CatalogFileClass? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(RootNamespace, other.RootNamespace, StringComparison.Ordinal)
            && NullableAnnotations == other.NullableAnnotations
            && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
            && ClassPath.Equals(other.ClassPath)
            && Lines.Equals(other.Lines)));

        public override bool Equals(object? obj) => Equals(obj as CatalogFileClass);

        public override int GetHashCode() => unchecked((RelativePath.GetHashCode() * 397) ^ Lines.GetHashCode());
    }
}
