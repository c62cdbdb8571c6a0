namespace PixazoTts
{
    /// <summary>A point in the decoded text: char offset and 0-based line and column (UTF-16 code units).</summary>
    internal readonly struct SourcePosition
    {
        public SourcePosition(int offset, int line, int column)
        {
            Offset = offset;
            Line = line;
            Column = column;
        }

        public int Offset { get; }

        public int Line { get; }

        public int Column { get; }

        public static TtsSourceSpan Span(SourcePosition start, SourcePosition end) =>
            new TtsSourceSpan(start.Offset, end.Offset - start.Offset, start.Line, start.Column, end.Line, end.Column);
    }
}
