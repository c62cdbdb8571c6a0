using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>
    /// The outcome of <see cref="TtsCatalogValidator.AnalyzeClasses"/>: the class-level naming diagnostics and the files
    /// that may become classes.
    /// </summary>
    public sealed class TtsCatalogClasses
    {
        private Dictionary<string, TtsCatalogClass>? _byFilePath;

        internal TtsCatalogClasses(IReadOnlyList<TtsDiagnostic> diagnostics, IReadOnlyList<TtsCatalogClass> classes)
        {
            Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
            Classes = classes ?? throw new ArgumentNullException(nameof(classes));
        }

        /// <summary>PTTS1102-1103 diagnostics at files, in ordinal order of their relative paths.</summary>
        public IReadOnlyList<TtsDiagnostic> Diagnostics { get; }

        /// <summary>The files that may become classes, in ordinal order of their relative paths.</summary>
        public IReadOnlyList<TtsCatalogClass> Classes { get; }

        /// <summary>The class of the file with this path, or null when the file may not become one.</summary>
        /// <param name="filePath">The file's <see cref="TtsCatalogFile.FilePath"/>.</param>
        public TtsCatalogClass? Find(string filePath)
        {
            if (_byFilePath == null)
            {
                var map = new Dictionary<string, TtsCatalogClass>(StringComparer.Ordinal);
                foreach (var catalogClass in Classes)
                {
                    if (!map.ContainsKey(catalogClass.FilePath))
                    {
                        map.Add(catalogClass.FilePath, catalogClass);
                    }
                }

                _byFilePath = map;
            }

            return _byFilePath.TryGetValue(filePath, out var found) ? found : null;
        }
    }
}
