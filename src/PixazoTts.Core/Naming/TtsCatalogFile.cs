using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>One script as the catalog sees it: where it is, its relative path (which names it) and its valid lines.</summary>
    public sealed class TtsCatalogFile
    {
        /// <summary>Creates a catalog file.</summary>
        /// <param name="filePath">The path diagnostics name (usually the full path).</param>
        /// <param name="relativePath">The relative script path that names its class and outputs (e.g. <c>Voice/intro.tts.json</c>).</param>
        /// <param name="lines">Its valid lines (<see cref="TtsScript.Lines"/>).</param>
        public TtsCatalogFile(string filePath, string relativePath, IReadOnlyList<TtsScriptLine> lines)
        {
            FilePath = filePath ?? throw new ArgumentNullException(nameof(filePath));
            RelativePath = relativePath ?? throw new ArgumentNullException(nameof(relativePath));
            Lines = lines ?? throw new ArgumentNullException(nameof(lines));
            ClassPath = TtsNaming.GetClassPath(relativePath);
        }

        /// <summary>The path diagnostics name.</summary>
        public string FilePath { get; }

        /// <summary>The relative script path.</summary>
        public string RelativePath { get; }

        /// <summary>The lines.</summary>
        public IReadOnlyList<TtsScriptLine> Lines { get; }

        /// <summary>The catalog class path (<see cref="TtsNaming.GetClassPath"/>).</summary>
        public IReadOnlyList<string> ClassPath { get; }

        /// <summary>The relative path.</summary>
        public override string ToString() => RelativePath;
    }
}
