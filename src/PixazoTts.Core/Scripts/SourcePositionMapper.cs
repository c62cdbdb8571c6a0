namespace PixazoTts
{
    /// <summary>
    /// Maps UTF-8 byte offsets (what <c>Utf8JsonReader</c> reports) to char offsets and 0-based line/column in the
    /// decoded text. The parser asks for positions in increasing order, so the mapper walks forward from the last
    /// answer: the whole file is scanned at most once (linear time, no per-line table).
    /// Line breaks are <c>\n</c>, <c>\r\n</c> and <c>\r</c>; a 4-byte UTF-8 sequence is two UTF-16 code units.
    /// </summary>
    internal sealed class SourcePositionMapper
    {
        private readonly byte[] _bytes;
        private readonly int _origin;
        private readonly int _end;

        private int _byte;
        private int _char;
        private int _line;
        private int _column;
        private bool _afterCarriageReturn;

        /// <param name="bytes">The buffer.</param>
        /// <param name="origin">Where the JSON starts in <paramref name="bytes"/>: after a BOM, which decoders strip, so it is not a char.</param>
        /// <param name="end">Where the content ends in <paramref name="bytes"/>.</param>
        public SourcePositionMapper(byte[] bytes, int origin, int end)
        {
            _bytes = bytes;
            _origin = origin;
            _end = end;
            _byte = origin;
            Reset();
        }

        /// <summary>The number of content bytes after the origin.</summary>
        public int Length => _end - _origin;

        /// <summary>The position of byte <paramref name="offset"/>, counted from the origin (clamped to the content).</summary>
        public SourcePosition At(long offset)
        {
            int target = _origin + (int)(offset < 0 ? 0 : offset > Length ? Length : offset);
            if (target < _byte)
            {
                // The parser keeps the start positions it needs, so it only ever asks forward; a backward request
                // rescans from the start, which is right but linear: callers must not rely on it in a loop.
                Reset();
            }

            while (_byte < target)
            {
                byte b = _bytes[_byte++];
                if (b == (byte)'\n')
                {
                    if (!_afterCarriageReturn)
                    {
                        _line++;
                    }

                    _column = 0;
                    _char++;
                    _afterCarriageReturn = false;
                }
                else if (b == (byte)'\r')
                {
                    _line++;
                    _column = 0;
                    _char++;
                    _afterCarriageReturn = true;
                }
                else
                {
                    _afterCarriageReturn = false;
                    if ((b & 0xC0) != 0x80)
                    {
                        // A lead byte starts a code point; 4-byte sequences are outside the BMP (a surrogate pair).
                        int units = b >= 0xF0 ? 2 : 1;
                        _char += units;
                        _column += units;
                    }
                }
            }

            return new SourcePosition(_char, _line, _column);
        }

        /// <summary>The span from byte <paramref name="start"/> to byte <paramref name="end"/> (origin-relative).</summary>
        public TtsSourceSpan Span(long start, long end)
        {
            var first = At(start);
            return SourcePosition.Span(first, At(end < start ? start : end));
        }

        /// <summary>The span of the single char (one UTF-8 sequence) at byte <paramref name="offset"/>; empty at a line break or the end.</summary>
        public TtsSourceSpan CharAt(long offset)
        {
            var first = At(offset);
            int index = _origin + (int)(offset < 0 ? 0 : offset > Length ? Length : offset);
            if (index >= _end || _bytes[index] == (byte)'\n' || _bytes[index] == (byte)'\r')
            {
                return SourcePosition.Span(first, first);
            }

            int next = index + 1;
            while (next < _end && (_bytes[next] & 0xC0) == 0x80)
            {
                next++;
            }

            return SourcePosition.Span(first, At(next - _origin));
        }

        /// <summary>How many times the walk restarted from the start (a test checks the parser never makes it).</summary>
        public int Restarts { get; private set; }

        private void Reset()
        {
            if (_byte != _origin)
            {
                Restarts++;
            }

            _byte = _origin;
            _char = 0;
            _column = 0;
            _line = 0;
            _afterCarriageReturn = false;
        }
    }
}
