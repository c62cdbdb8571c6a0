using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>A folder class of the catalog (e.g. <c>TtsAssets.Voice.Npc</c> for <c>Voice/npc/</c>).</summary>
    internal sealed class CatalogFolder : IEquatable<CatalogFolder>
    {
        public CatalogFolder(EquatableArray<string> classPath, string relativePath)
        {
            ClassPath = classPath;
            RelativePath = relativePath;
        }

        public EquatableArray<string> ClassPath { get; }

        /// <summary>The folder as the project names it, <c>/</c>-separated with a trailing <c>/</c>.</summary>
        public string RelativePath { get; }

        public bool Equals(CatalogFolder? other) =>
            other is not null && (ReferenceEquals(this, other) || (ClassPath.Equals(other.ClassPath) && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)));

        public override bool Equals(object? obj) => Equals(obj as CatalogFolder);

        public override int GetHashCode() => RelativePath.GetHashCode();
    }
}
