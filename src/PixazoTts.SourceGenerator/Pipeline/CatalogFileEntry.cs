using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// A generated script as the root class and the cast list see it: its path and class path, and (for the cast list)
    /// the speakers of its lines. Its line texts are not here, so editing them leaves this equal.
    /// </summary>
    internal sealed class CatalogFileEntry : IEquatable<CatalogFileEntry?> // nullable: the collected entries hold null for scripts without a class
    {
        public CatalogFileEntry(string relativePath, EquatableArray<string> classPath, EquatableArray<CatalogSpeakerLine> speakers)
        {
            RelativePath = relativePath;
            ClassPath = classPath;
            Speakers = speakers;
        }

        public string RelativePath { get; }

        public EquatableArray<string> ClassPath { get; }

        /// <summary>The lines that have a speaker: their index in the script's table and the speaker's name.</summary>
        public EquatableArray<CatalogSpeakerLine> Speakers { get; }

        /// <summary>The private class that holds the script's table (<see cref="CatalogFileClass.TableClass"/>).</summary>
        public string TableClass => CatalogFileClass.TableClassOf(ClassPath);

        public bool Equals(CatalogFileEntry? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
            && ClassPath.Equals(other.ClassPath)
            && Speakers.Equals(other.Speakers)));

        public override bool Equals(object? obj) => Equals(obj as CatalogFileEntry);

        public override int GetHashCode() => RelativePath.GetHashCode();
    }

    /// <summary>A line that has a speaker: its index in its script's table and the speaker's name.</summary>
    internal sealed class CatalogSpeakerLine : IEquatable<CatalogSpeakerLine>
    {
        public CatalogSpeakerLine(int index, string speaker)
        {
            Index = index;
            Speaker = speaker;
        }

        public int Index { get; }

        public string Speaker { get; }

        public bool Equals(CatalogSpeakerLine? other) =>
            other is not null && (ReferenceEquals(this, other) || (Index == other.Index && string.Equals(Speaker, other.Speaker, StringComparison.Ordinal)));

        public override bool Equals(object? obj) => Equals(obj as CatalogSpeakerLine);

        public override int GetHashCode() => unchecked((Index * 397) ^ Speaker.GetHashCode());
    }
}
