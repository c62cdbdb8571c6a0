using System.Text;

namespace PixazoTts
{
    /// <summary>Checks of a line's text that are warnings, not errors: audio-tag balance and the model's input limit.</summary>
    public static class TtsTextChecks
    {
        /// <summary>
        /// The input limit in UTF-8 bytes: the model takes 8,192 tokens per request, estimated at about 4 UTF-8
        /// bytes per token. Longer text is only a warning because the estimate is rough.
        /// </summary>
        public const int MaxTextBytes = 8192 * 4;

        /// <summary>
        /// True when every <c>[</c> is closed by a <c>]</c> before the next <c>[</c>, and no <c>]</c> comes without a
        /// <c>[</c>. Audio tags such as <c>[whispers]</c> do not nest, so a nested <c>[</c> is unbalanced too.
        /// </summary>
        /// <param name="text">A line's text.</param>
        public static bool AreAudioTagsBalanced(string text)
        {
            if (text == null)
            {
                return true;
            }

            bool open = false;
            foreach (char c in text)
            {
                if (c == '[')
                {
                    if (open)
                    {
                        return false;
                    }

                    open = true;
                }
                else if (c == ']')
                {
                    if (!open)
                    {
                        return false;
                    }

                    open = false;
                }
            }

            return !open;
        }

        /// <summary>True when <paramref name="text"/> is longer than <see cref="MaxTextBytes"/> UTF-8 bytes.</summary>
        /// <param name="text">A line's text.</param>
        /// <param name="byteLength">Its UTF-8 byte length (0 when the text is obviously short).</param>
        public static bool IsOverInputLimit(string text, out int byteLength)
        {
            byteLength = 0;

            // A UTF-16 code unit takes at most 3 UTF-8 bytes: skip the count for the vast majority of lines.
            if (text == null || text.Length * 3 <= MaxTextBytes)
            {
                return false;
            }

            byteLength = Encoding.UTF8.GetByteCount(text);
            return byteLength > MaxTextBytes;
        }

        /// <summary>True when <paramref name="text"/> is empty or only whitespace.</summary>
        /// <param name="text">A line's text.</param>
        public static bool IsBlank(string text)
        {
            if (text == null)
            {
                return true;
            }

            foreach (char c in text)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
