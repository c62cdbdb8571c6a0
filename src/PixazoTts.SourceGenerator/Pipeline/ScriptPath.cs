using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// What the cross-file half of the naming check needs of one script: its paths, and whether it could be read. A class
    /// rather than a tuple, for the reason given on <see cref="EquatableArray{T}"/>.
    /// </summary>
    internal sealed class ScriptPath : IEquatable<ScriptPath>
    {
        public ScriptPath(string filePath, string relativePath, bool parsed)
        {
            FilePath = filePath;
            RelativePath = relativePath;
            Parsed = parsed;
        }

        public string FilePath { get; }

        public string RelativePath { get; }

        /// <summary>Whether the script could be read (with or without errors): only those can become classes.</summary>
        public bool Parsed { get; }

        public bool Equals(ScriptPath? other) =>
            other is not null && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal)
            && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal) && Parsed == other.Parsed;

        public override bool Equals(object? obj) => Equals(obj as ScriptPath);

        public override int GetHashCode() => unchecked((FilePath.GetHashCode() * 397) ^ RelativePath.GetHashCode());
    }
}
