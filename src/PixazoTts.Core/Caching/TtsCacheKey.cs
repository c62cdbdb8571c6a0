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

        [ThreadStatic]
        private static SHA256? _sha;

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

            // The key's bytes (docs/contracts.md "Cache key"), written as UTF-8 straight into one buffer.
            var fields = new KeyFields(5);
            fields.Add("model", model);
            fields.Add("voice", utterance.Voice);
            fields.Add("language_code", utterance.LanguageCode);
            fields.Add("prompt", utterance.Prompt);
            fields.Add("text", utterance.Text);
            if (utterance.Take > 1)
            {
                fields.Add("take", utterance.Take.ToString(CultureInfo.InvariantCulture));
            }

            // One hasher per thread: creating one per key was a tenth of the generator's time for an edited script.
            var sha = _sha ??= SHA256.Create();
            return ToLowerHex(sha.ComputeHash(fields.ToBytes()));
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

        /// <summary><c>pixazo-tts/1\n</c>, then per field <c>name:UTF-8 byte count:value\n</c>.</summary>
        private struct KeyFields
        {
            private const string Prefix = "pixazo-tts/1\n";
            private readonly string[] _names;
            private readonly string[] _values;
            private readonly int[] _byteCounts;
            private int _count;
            private int _total;

            public KeyFields(int capacity)
            {
                _names = new string[capacity + 1];
                _values = new string[capacity + 1];
                _byteCounts = new int[capacity + 1];
                _count = 0;
                _total = Prefix.Length;
            }

            public void Add(string name, string? value)
            {
                value ??= string.Empty;
                int bytes = Encoding.UTF8.GetByteCount(value);
                _names[_count] = name;
                _values[_count] = value;
                _byteCounts[_count] = bytes;
                _count++;
                _total += name.Length + 1 + Digits(bytes) + 1 + bytes + 1;
            }

            public byte[] ToBytes()
            {
                var buffer = new byte[_total];
                int at = Ascii(Prefix, buffer, 0);
                for (int i = 0; i < _count; i++)
                {
                    at = Ascii(_names[i], buffer, at);
                    buffer[at++] = (byte)':';
                    at = Ascii(_byteCounts[i].ToString(CultureInfo.InvariantCulture), buffer, at);
                    buffer[at++] = (byte)':';
                    at += Encoding.UTF8.GetBytes(_values[i], 0, _values[i].Length, buffer, at);
                    buffer[at++] = (byte)'\n';
                }

                return buffer;
            }

            private static int Ascii(string text, byte[] buffer, int at)
            {
                foreach (char c in text)
                {
                    buffer[at++] = (byte)c;
                }

                return at;
            }

            private static int Digits(int value)
            {
                int digits = 1;
                while (value >= 10)
                {
                    value /= 10;
                    digits++;
                }

                return digits;
            }
        }
    }
}
