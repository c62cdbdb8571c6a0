using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PixazoTts
{
    /// <summary>
    /// The content key of a line (contract, docs/contracts.md "Cache key"): the lowercase hex SHA-256 of the UTF-8 bytes of
    /// <c>"pixazo-tts/1\n" + F("model") + F("voice") + F("language_code") + F("prompt") + F("text")</c> with
    /// <c>F(name, value) = name + ":" + utf8ByteLength(value) + ":" + value + "\n"</c>, an absent value being "".
    /// The length prefix makes the encoding unambiguous whatever the values contain (newlines, colons).
    /// Values are taken exactly as given: no trimming, no Unicode normalisation. The text is the spoken text (after the
    /// lexicon). A take of 2 or more appends <c>F("take", decimal take)</c> after the text; take 1 adds nothing, so every
    /// key made before takes existed is still the key of take 1 (docs/contracts.md "Cast, lexicon and takes").
    /// </summary>
    public static class TtsCacheKey
    {
        /// <summary>The length of a key: 64 lowercase hex digits.</summary>
        public const int Length = 64;

        /// <summary>Computes the key of <paramref name="utterance"/> made by <paramref name="model"/>.</summary>
        /// <param name="model">The model id (<see cref="TtsModels.Gateway"/> or <see cref="TtsModels.Placeholder"/>).</param>
        /// <param name="utterance">What is spoken, after defaults.</param>
        public static string Compute(string model, TtsUtterance utterance)
        {
            if (model == null)
            {
                throw new ArgumentNullException(nameof(model));
            }

            if (utterance == null)
            {
                throw new ArgumentNullException(nameof(utterance));
            }

            string text = utterance.Text;
            string? prompt = utterance.Prompt;
            var builder = new StringBuilder(96 + text.Length + (prompt?.Length ?? 0));
            builder.Append("pixazo-tts/1\n");
            AppendField(builder, "model", model);
            AppendField(builder, "voice", utterance.Voice);
            AppendField(builder, "language_code", utterance.LanguageCode);
            AppendField(builder, "prompt", prompt);
            AppendField(builder, "text", text);
            if (utterance.Take > 1)
            {
                AppendField(builder, "take", utterance.Take.ToString(CultureInfo.InvariantCulture));
            }

            using var sha = SHA256.Create();
            return ToLowerHex(sha.ComputeHash(Encoding.UTF8.GetBytes(builder.ToString())));
        }

        /// <summary>True when <paramref name="key"/> has the shape of a key (64 lowercase hex digits).</summary>
        /// <param name="key">A string.</param>
        public static bool IsWellFormed(string? key)
        {
            if (key == null || key.Length != Length)
            {
                return false;
            }

            foreach (char c in key)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                {
                    return false;
                }
            }

            return true;
        }

        internal static string ToLowerHex(byte[] bytes)
        {
            var chars = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                chars[2 * i] = HexDigit(bytes[i] >> 4);
                chars[(2 * i) + 1] = HexDigit(bytes[i] & 0xF);
            }

            return new string(chars);
        }

        private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

        private static void AppendField(StringBuilder builder, string name, string? value)
        {
            value ??= string.Empty;
            builder.Append(name).Append(':')
                .Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture))
                .Append(':').Append(value).Append('\n');
        }
    }
}
