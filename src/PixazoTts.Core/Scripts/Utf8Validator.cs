using System;

namespace PixazoTts
{
    /// <summary>Finds the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above U+10FFFF).</summary>
    internal static class Utf8Validator
    {
        /// <summary>The index of the first byte of the first invalid sequence, or -1 when all of it is valid UTF-8.</summary>
        public static int FindFirstInvalidByte(ReadOnlySpan<byte> bytes)
        {
            int i = 0;
            while (i < bytes.Length)
            {
                byte lead = bytes[i];
                if (lead < 0x80)
                {
                    i++;
                    continue;
                }

                int continuations;
                byte secondMin = 0x80;
                byte secondMax = 0xBF;
                if (lead >= 0xC2 && lead <= 0xDF)
                {
                    continuations = 1;
                }
                else if (lead >= 0xE0 && lead <= 0xEF)
                {
                    continuations = 2;
                    if (lead == 0xE0)
                    {
                        secondMin = 0xA0; // overlong
                    }
                    else if (lead == 0xED)
                    {
                        secondMax = 0x9F; // UTF-16 surrogates
                    }
                }
                else if (lead >= 0xF0 && lead <= 0xF4)
                {
                    continuations = 3;
                    if (lead == 0xF0)
                    {
                        secondMin = 0x90; // overlong
                    }
                    else if (lead == 0xF4)
                    {
                        secondMax = 0x8F; // above U+10FFFF
                    }
                }
                else
                {
                    return i;
                }

                if (i + continuations >= bytes.Length)
                {
                    return i;
                }

                byte second = bytes[i + 1];
                if (second < secondMin || second > secondMax)
                {
                    return i;
                }

                for (int k = 2; k <= continuations; k++)
                {
                    if ((bytes[i + k] & 0xC0) != 0x80)
                    {
                        return i;
                    }
                }

                i += continuations + 1;
            }

            return -1;
        }
    }
}
