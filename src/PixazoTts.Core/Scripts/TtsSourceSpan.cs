using System;
using System.Globalization;

namespace PixazoTts
{
    /// <summary>
    /// A range of a <c>.tts.json</c> file: a char offset and length in the decoded text (UTF-16 code units) and
    /// 0-based start and end line/column. It maps one to one onto Roslyn's <c>TextSpan</c> and
    /// <c>LinePositionSpan</c>; MSBuild shows <c>StartLine + 1</c>, <c>StartColumn + 1</c>.
    /// </summary>
    public readonly struct TtsSourceSpan : IEquatable<TtsSourceSpan>
    {
        /// <summary>Creates a span.</summary>
        /// <param name="start">Char offset of the first char.</param>
        /// <param name="length">Number of chars.</param>
        /// <param name="startLine">0-based line of the first char.</param>
        /// <param name="startColumn">0-based column (UTF-16 code units) of the first char.</param>
        /// <param name="endLine">0-based line just after the last char.</param>
        /// <param name="endColumn">0-based column just after the last char.</param>
        public TtsSourceSpan(int start, int length, int startLine, int startColumn, int endLine, int endColumn)
        {
            Start = start;
            Length = length;
            StartLine = startLine;
            StartColumn = startColumn;
            EndLine = endLine;
            EndColumn = endColumn;
        }

        /// <summary>The span at the very start of a file (shown as line 1, column 1), for problems of a whole file.</summary>
        public static TtsSourceSpan FileStart => default;

        /// <summary>Char offset of the first char in the decoded text.</summary>
        public int Start { get; }

        /// <summary>Number of chars (UTF-16 code units).</summary>
        public int Length { get; }

        /// <summary>Char offset just after the last char.</summary>
        public int End => Start + Length;

        /// <summary>0-based line of the first char.</summary>
        public int StartLine { get; }

        /// <summary>0-based column (UTF-16 code units) of the first char.</summary>
        public int StartColumn { get; }

        /// <summary>0-based line of the position just after the span.</summary>
        public int EndLine { get; }

        /// <summary>0-based column of the position just after the span.</summary>
        public int EndColumn { get; }

        /// <inheritdoc />
        public bool Equals(TtsSourceSpan other) =>
            Start == other.Start && Length == other.Length && StartLine == other.StartLine &&
            StartColumn == other.StartColumn && EndLine == other.EndLine && EndColumn == other.EndColumn;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TtsSourceSpan other && Equals(other);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Start;
                hash = (hash * 397) ^ Length;
                hash = (hash * 397) ^ StartLine;
                hash = (hash * 397) ^ StartColumn;
                hash = (hash * 397) ^ EndLine;
                return (hash * 397) ^ EndColumn;
            }
        }

        /// <summary>Value equality.</summary>
        public static bool operator ==(TtsSourceSpan left, TtsSourceSpan right) => left.Equals(right);

        /// <summary>Value inequality.</summary>
        public static bool operator !=(TtsSourceSpan left, TtsSourceSpan right) => !left.Equals(right);

        /// <summary>The 1-based form users see: <c>(line,col)-(line,col)</c>.</summary>
        public override string ToString() => string.Format(
            CultureInfo.InvariantCulture, "({0},{1})-({2},{3})", StartLine + 1, StartColumn + 1, EndLine + 1, EndColumn + 1);
    }
}
