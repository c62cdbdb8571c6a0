using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>The outcome of <see cref="TtsCatalogValidator.Analyze"/>: the naming diagnostics and what may be generated.</summary>
    public sealed class TtsCatalogValidationResult
    {
        internal TtsCatalogValidationResult(IReadOnlyList<TtsDiagnostic> diagnostics, IReadOnlyList<TtsCatalogFile> files)
        {
            Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
            Files = files ?? throw new ArgumentNullException(nameof(files));
        }

        /// <summary>PTTS1101-1103 diagnostics, files in ordinal order of their relative paths, lines in file order.</summary>
        public IReadOnlyList<TtsDiagnostic> Diagnostics { get; }

        /// <summary>
        /// The files that may be generated, in ordinal order of their relative paths, each holding only the lines that
        /// may be generated. Emitting exactly these never gives a C# error in generated code.
        /// </summary>
        public IReadOnlyList<TtsCatalogFile> Files { get; }
    }
}
