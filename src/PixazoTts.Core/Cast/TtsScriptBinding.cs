using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>One script bound to the cast: a binding per line (in the order of <see cref="TtsScript.Lines"/>), its diagnostics, and which cast lexicon words its lines use.</summary>
    public sealed class TtsScriptBinding : IEquatable<TtsScriptBinding>
    {
        /// <summary>Creates a binding.</summary>
        /// <param name="lines">A binding per line, in the order of <see cref="TtsScript.Lines"/>.</param>
        /// <param name="diagnostics">Unknown speakers and unused script lexicon entries.</param>
        /// <param name="usedCastWords">The cast lexicon words this script's lines use, in cast order.</param>
        public TtsScriptBinding(IReadOnlyList<TtsLineBinding> lines, IReadOnlyList<TtsDiagnostic> diagnostics, IReadOnlyList<string> usedCastWords)
        {
            Lines = lines ?? throw new ArgumentNullException(nameof(lines));
            Diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
            UsedCastWords = usedCastWords ?? throw new ArgumentNullException(nameof(usedCastWords));
        }

        /// <summary>A binding per line, in the order of <see cref="TtsScript.Lines"/>.</summary>
        public IReadOnlyList<TtsLineBinding> Lines { get; }

        /// <summary>Unknown speakers (PTTS1018) and unused script lexicon entries (PTTS1020), in source order.</summary>
        public IReadOnlyList<TtsDiagnostic> Diagnostics { get; }

        /// <summary>The cast lexicon words this script's lines use.</summary>
        public IReadOnlyList<string> UsedCastWords { get; }

        /// <inheritdoc />
        public bool Equals(TtsScriptBinding? other)
        {
            if (other is null || !TtsCastFile.SequenceEqual(Lines, other.Lines) || !TtsCastFile.SequenceEqual(Diagnostics, other.Diagnostics) ||
                UsedCastWords.Count != other.UsedCastWords.Count)
            {
                return false;
            }

            for (int i = 0; i < UsedCastWords.Count; i++)
            {
                if (!string.Equals(UsedCastWords[i], other.UsedCastWords[i], StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsScriptBinding);

        /// <inheritdoc />
        public override int GetHashCode() => unchecked((Lines.Count * 397) ^ Diagnostics.Count ^ (UsedCastWords.Count * 31));
    }
}
