namespace PixazoTts
{
    /// <summary>
    /// The shape check for <c>language_code</c>: a BCP-47-like tag, a primary subtag of 2 to 8 ASCII letters then
    /// any number of <c>-</c> subtags of 1 to 8 ASCII letters or digits (<c>en</c>, <c>en-US</c>, <c>zh-Hant-TW</c>,
    /// <c>es-419</c>). It catches the usual slips (<c>en_US</c>, <c>english</c> is fine, <c>en-</c>, spaces) without
    /// a registry of languages, because the gateway takes the code only as a hint.
    /// </summary>
    public static class TtsLanguageCode
    {
        /// <summary>The same rule as a regular expression (used by <c>spec/tts.schema.json</c>).</summary>
        public const string Pattern = "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$";

        /// <summary>True when <paramref name="code"/> has the shape of a BCP-47 tag.</summary>
        /// <param name="code">A language code.</param>
        public static bool IsWellFormed(string code)
        {
            if (code == null)
            {
                return false;
            }

            int index = 0;
            int primary = CountWhile(code, index, IsAsciiLetter);
            if (primary < 2 || primary > 8)
            {
                return false;
            }

            index += primary;
            while (index < code.Length)
            {
                if (code[index] != '-')
                {
                    return false;
                }

                index++;
                int subtag = CountWhile(code, index, IsAsciiLetterOrDigit);
                if (subtag < 1 || subtag > 8)
                {
                    return false;
                }

                index += subtag;
            }

            return true;
        }

        private static int CountWhile(string text, int start, System.Func<char, bool> predicate)
        {
            int count = 0;
            while (start + count < text.Length && predicate(text[start + count]))
            {
                count++;
            }

            return count;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static bool IsAsciiLetterOrDigit(char c) => IsAsciiLetter(c) || (c >= '0' && c <= '9');
    }
}
