using System;
using System.Buffers;
using System.Text;

namespace PixazoTts
{
    /// <summary>
    /// Parses <c>.tts.json</c> files. One implementation for the MSBuild task (bytes from disk) and the source
    /// generator (text from the IDE), so both report the same diagnostics at the same positions. It never throws
    /// for any content: every problem is a <c>PTTS</c> diagnostic with an exact span.
    /// </summary>
    /// <remarks>
    /// The format is JSON with comments and trailing commas allowed (the files are hand-written). Values are kept
    /// exactly as written. Duplicate members, which JSON readers silently accept, are errors.
    /// </remarks>
    public static class TtsScriptParser
    {
        /// <summary>The deepest nesting accepted; deeper input is PTTS1001.</summary>
        public const int MaxDepth = 64;

        /// <summary>The highest <c>take</c> accepted (a sanity bound; a larger number is PTTS1019).</summary>
        public const int MaxTake = 1000;

        /// <summary>
        /// Parses decoded text (the generator's <c>SourceText</c>). The result is identical to
        /// <see cref="Parse(string, byte[])"/> of the text's UTF-8 bytes: a leading U+FEFF is taken as a byte order
        /// mark and, like the BOM a decoder strips, is not counted in offsets and columns.
        /// </summary>
        /// <param name="filePath">The file's path, for diagnostics.</param>
        /// <param name="text">The file's content.</param>
        public static TtsScriptParseResult Parse(string filePath, string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            // One code path for both inputs: encode to UTF-8 (a lone surrogate becomes U+FFFD, still one char, so
            // positions stay right) and read the bytes. The buffer is pooled because the IDE parses on every edit.
            int byteCount = Encoding.UTF8.GetByteCount(text);
            byte[] buffer = ArrayPool<byte>.Shared.Rent(Math.Max(byteCount, 1));
            try
            {
                int written = Encoding.UTF8.GetBytes(text, 0, text.Length, buffer, 0);
                return TtsScriptReader.Read(filePath, buffer, written, validateUtf8: false);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        /// <summary>Parses raw file bytes (the task); a UTF-8 BOM is skipped, invalid UTF-8 is PTTS1014 at the offending byte.</summary>
        /// <param name="filePath">The file's path, for diagnostics.</param>
        /// <param name="bytes">The file's content.</param>
        public static TtsScriptParseResult Parse(string filePath, byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            return TtsScriptReader.Read(filePath, bytes, bytes.Length, validateUtf8: true);
        }

        /// <summary>True when <paramref name="id"/> is a valid line id: <c>[A-Za-z0-9][A-Za-z0-9_.-]*</c>.</summary>
        /// <param name="id">A line id.</param>
        public static bool IsValidLineId(string id)
        {
            if (string.IsNullOrEmpty(id) || !IsAsciiLetterOrDigit(id[0]))
            {
                return false;
            }

            for (int i = 1; i < id.Length; i++)
            {
                char c = id[i];
                if (!IsAsciiLetterOrDigit(c) && c != '_' && c != '.' && c != '-')
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsAsciiLetterOrDigit(char c) =>
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
