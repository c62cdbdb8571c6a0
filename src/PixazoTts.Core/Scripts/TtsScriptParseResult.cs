using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>What <see cref="TtsScriptParser"/> found in one file: the script (if its top level could be read) and every diagnostic.</summary>
    public sealed class TtsScriptParseResult : IEquatable<TtsScriptParseResult>
    {
        /// <summary>Creates a result.</summary>
        /// <param name="script">The script, or null when the file could not be read as a JSON object at all.</param>
        /// <param name="diagnostics">The diagnostics in source order.</param>
        public TtsScriptParseResult(TtsScript? script, IReadOnlyList<TtsDiagnostic> diagnostics)
        {
            Script = script;
            Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.IsError)
                {
                    HasErrors = true;
                    break;
                }
            }
        }

        /// <summary>
        /// The script: null only when the file cannot be read as a JSON object at all (not UTF-8, not JSON, not an
        /// object). Otherwise it holds the top-level values and only the valid lines (lines read before a syntax
        /// error, lines without errors of their own), so the IDE catalog survives a typo in one line.
        /// </summary>
        public TtsScript? Script { get; }

        /// <summary>Every diagnostic, in source order.</summary>
        public IReadOnlyList<TtsDiagnostic> Diagnostics { get; }

        /// <summary>True when any diagnostic is an error, i.e. the file is not valid.</summary>
        public bool HasErrors { get; }

        /// <inheritdoc />
        public bool Equals(TtsScriptParseResult? other)
        {
            if (other is null || Diagnostics.Count != other.Diagnostics.Count || !Equals(Script, other.Script))
            {
                return false;
            }

            for (int i = 0; i < Diagnostics.Count; i++)
            {
                if (!Diagnostics[i].Equals(other.Diagnostics[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsScriptParseResult);

        /// <inheritdoc />
        public override int GetHashCode() => ((Script?.GetHashCode() ?? 0) * 397) ^ Diagnostics.Count;
    }
}
