using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>
    /// One file's catalog class and what other files put inside it: everything a check of its lines needs from the rest
    /// of the catalog (<see cref="TtsCatalogValidator.CheckLines"/>). Compared by value, so an editor can tell that an
    /// edit elsewhere left it as it was.
    /// </summary>
    public sealed class TtsCatalogClass : IEquatable<TtsCatalogClass>
    {
        /// <summary>Creates a catalog class.</summary>
        /// <param name="filePath">The path diagnostics name.</param>
        /// <param name="relativePath">The relative script path.</param>
        /// <param name="classPath">The class path (<see cref="TtsNaming.GetClassPath"/>); at least one name.</param>
        /// <param name="nestedClasses">
        /// The classes nested in this one (folder classes, or file classes of a folder named like this file), each with
        /// the relative path of the first file that makes it, in ordinal order of their names.
        /// </param>
        public TtsCatalogClass(string filePath, string relativePath, IReadOnlyList<string> classPath, IReadOnlyList<KeyValuePair<string, string>> nestedClasses)
        {
            FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
            RelativePath = relativePath ?? throw new ArgumentNullException(nameof(relativePath));
            ClassPath = classPath ?? throw new ArgumentNullException(nameof(classPath));
            NestedClasses = nestedClasses ?? throw new ArgumentNullException(nameof(nestedClasses));
            if (classPath.Count == 0)
            {
                throw new ArgumentException("A catalog class has at least one name.", nameof(classPath));
            }
        }

        /// <summary>The path diagnostics name.</summary>
        public string FilePath { get; }

        /// <summary>The relative script path.</summary>
        public string RelativePath { get; }

        /// <summary>The class path below <c>TtsAssets</c>: folders, then the file.</summary>
        public IReadOnlyList<string> ClassPath { get; }

        /// <summary>The nested classes (name, relative path of the file that first makes it), in ordinal order of their names.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> NestedClasses { get; }

        /// <summary>The relative path of the file that makes the nested class <paramref name="name"/>, or null.</summary>
        /// <param name="name">A class name.</param>
        public string? FindNestedClass(string name)
        {
            // Few entries (a folder's files and subfolders); a binary search keeps a big folder cheap too.
            int low = 0;
            int high = NestedClasses.Count - 1;
            while (low <= high)
            {
                int middle = low + ((high - low) / 2);
                int order = string.CompareOrdinal(NestedClasses[middle].Key, name);
                if (order == 0)
                {
                    return NestedClasses[middle].Value;
                }

                if (order < 0)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return null;
        }

        /// <inheritdoc />
        public bool Equals(TtsCatalogClass? other)
        {
            if (ReferenceEquals(this, other))
            {
                return true;
            }

            if (other is null
                || !string.Equals(FilePath, other.FilePath, StringComparison.Ordinal)
                || !string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
                || ClassPath.Count != other.ClassPath.Count
                || NestedClasses.Count != other.NestedClasses.Count)
            {
                return false;
            }

            for (int i = 0; i < ClassPath.Count; i++)
            {
                if (!string.Equals(ClassPath[i], other.ClassPath[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            for (int i = 0; i < NestedClasses.Count; i++)
            {
                if (!string.Equals(NestedClasses[i].Key, other.NestedClasses[i].Key, StringComparison.Ordinal)
                    || !string.Equals(NestedClasses[i].Value, other.NestedClasses[i].Value, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsCatalogClass);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((FilePath.GetHashCode() * 397) ^ NestedClasses.Count);

        /// <summary>The relative path.</summary>
        public override string ToString() => RelativePath;
    }
}
