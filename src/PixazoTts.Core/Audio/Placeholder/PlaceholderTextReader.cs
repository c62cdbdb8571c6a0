using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PixazoTts.Audio.Placeholder
{
    /// <summary>
    /// Reads a line of text the way the placeholder speaks it: words split into syllable-like vowel groups with their
    /// consonants, pauses at punctuation, sentence ends with their mark, and inline audio tags ([whispers], [laughs])
    /// turned into delivery changes or sounds instead of being spoken.
    /// </summary>
    internal static class PlaceholderTextReader
    {
        private const int CommaPauseMs = 190;
        private const int SentencePauseMs = 430;
        private const int EllipsisPauseMs = 600;
        private const int MaxTagLength = 48;

        public static List<SpeechUnit> Read(string text)
        {
            // FormD splits accented letters into a base letter and combining marks; the marks are then skipped, so
            // "café" reads like "cafe" without a table of every accented letter.
            var normalized = text.Normalize(NormalizationForm.FormD);
            var units = new List<SpeechUnit>();
            var word = new StringBuilder();
            var delivery = Delivery.Neutral;

            for (var i = 0; i < normalized.Length; i++)
            {
                var c = normalized[i];
                var category = CharUnicodeInfo.GetUnicodeCategory(c);
                if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark)
                {
                    continue;
                }

                if (char.IsLetterOrDigit(c) || ((c == '\'' || c == '\u2019') && word.Length > 0))
                {
                    word.Append(c);
                    continue;
                }

                FlushWord(word, units, delivery);
                switch (c)
                {
                    case '[':
                        var close = normalized.IndexOf(']', i + 1);
                        var nextOpen = normalized.IndexOf('[', i + 1);
                        if (close > i && close - i <= MaxTagLength && (nextOpen < 0 || nextOpen > close))
                        {
                            delivery = ApplyTag(normalized.Substring(i + 1, close - i - 1).Trim().ToLowerInvariant(), delivery, units);
                            i = close;
                        }

                        break;
                    case ',':
                    case ';':
                    case ':':
                    case '\u2013':
                    case '\u2014':
                    case '(':
                    case ')':
                    case '\u3001':
                    case '\uFF0C':
                        AddPause(units, CommaPauseMs, phraseEnd: true);
                        break;
                    case '.':
                    case '!':
                    case '?':
                    case '\u2026':
                    case '\u3002':
                    case '\uFF01':
                    case '\uFF1F':
                    case '\n':
                        i = ReadSentenceEnd(normalized, i, units);
                        delivery = Delivery.Neutral;
                        break;
                }
            }

            FlushWord(word, units, delivery);
            return units;
        }

        /// <summary>Reads a run of sentence punctuation ("?!", "...", ".\n") as one sentence end; returns the last index used.</summary>
        private static int ReadSentenceEnd(string text, int start, List<SpeechUnit> units)
        {
            var question = false;
            var exclamation = false;
            var dots = 0;
            var end = start;
            for (; end < text.Length; end++)
            {
                var c = text[end];
                if (c == '?' || c == '\uFF1F')
                {
                    question = true;
                }
                else if (c == '!' || c == '\uFF01')
                {
                    exclamation = true;
                }
                else if (c == '.' || c == '\u3002')
                {
                    dots++;
                }
                else if (c == '\u2026')
                {
                    dots += 3;
                }
                else if (c != '\n' && c != '\r')
                {
                    break;
                }
            }

            // A period inside a number or an abbreviation-like run ("3.5", "e.g") is not a sentence end.
            if (dots == 1 && !question && !exclamation && end < text.Length && char.IsLetterOrDigit(text[end]))
            {
                return end - 1;
            }

            var ellipsis = dots >= 2 && !question && !exclamation;
            if (units.Count == 0 || units[units.Count - 1].Kind == SpeechUnitKind.SentenceEnd)
            {
                return end - 1;
            }

            units.Add(new SpeechUnit
            {
                Kind = SpeechUnitKind.SentenceEnd,
                SentenceMark = question ? '?' : exclamation ? '!' : ellipsis ? '\u2026' : '.',
                PauseMs = ellipsis ? EllipsisPauseMs : SentencePauseMs,
            });
            return end - 1;
        }

        private static void AddPause(List<SpeechUnit> units, int pauseMs, bool phraseEnd)
        {
            if (units.Count == 0)
            {
                return;
            }

            var last = units[units.Count - 1];
            if (last.Kind == SpeechUnitKind.Pause || last.Kind == SpeechUnitKind.SentenceEnd)
            {
                return;
            }

            if (phraseEnd && last.Kind == SpeechUnitKind.Syllable)
            {
                last.PhraseFinal = true;
            }

            units.Add(new SpeechUnit { Kind = SpeechUnitKind.Pause, PauseMs = pauseMs });
        }

        private static Delivery ApplyTag(string tag, Delivery current, List<SpeechUnit> units)
        {
            if (tag.Length == 0)
            {
                return current;
            }

            if (tag.Contains("laugh") || tag.Contains("chuckl") || tag.Contains("giggl"))
            {
                units.Add(new SpeechUnit { Kind = SpeechUnitKind.Laugh, Delivery = current });
                return current;
            }

            if (tag.Contains("sigh") || tag.Contains("gasp") || tag.Contains("breath") || tag.Contains("exhal") || tag.Contains("inhal"))
            {
                units.Add(new SpeechUnit { Kind = SpeechUnitKind.Breath, PauseMs = tag.Contains("gasp") ? 220 : 480, Delivery = current });
                return current;
            }

            if (tag.Contains("pause") || tag.Contains("silence"))
            {
                var ms = tag.Contains("long") ? 900 : tag.Contains("short") ? 250 : 500;
                units.Add(new SpeechUnit { Kind = SpeechUnitKind.Pause, PauseMs = ms });
                return current;
            }

            if (tag.Contains("whisper"))
            {
                return new Delivery(true, current.Energy, current.Pitch, current.Pace);
            }

            if (tag.Contains("shout") || tag.Contains("yell") || tag.Contains("excit") || tag.Contains("angry") || tag.Contains("scream"))
            {
                return new Delivery(current.Whisper, current.Energy * 1.35, current.Pitch * 1.12, current.Pace * 0.9);
            }

            if (tag.Contains("sad") || tag.Contains("calm") || tag.Contains("tired") || tag.Contains("sleep") || tag.Contains("soft"))
            {
                return new Delivery(current.Whisper, current.Energy * 0.75, current.Pitch * 0.94, current.Pace * 1.2);
            }

            // Any other tag ("like dracula", "sarcastic") still changes the delivery, by a stable amount per tag.
            var random = new StableRandom(StableHash.Of("tag", tag));
            return new Delivery(current.Whisper, current.Energy * random.Between(0.85, 1.15), current.Pitch * random.Between(0.8, 1.2), current.Pace * random.Between(0.9, 1.12));
        }

        private static void FlushWord(StringBuilder word, List<SpeechUnit> units, Delivery delivery)
        {
            if (word.Length == 0)
            {
                return;
            }

            var first = units.Count;
            var phones = Classify(word);
            word.Clear();
            AddSyllables(phones, units, delivery);
            var count = units.Count - first;
            for (var i = first; i < units.Count; i++)
            {
                units[i].WordStart = i == first;
                units[i].WordSyllables = count;
            }
        }

        /// <summary>
        /// Letters to phone codes: a vowel colour as 'A','E','I','O','U','@' or a consonant code (see <see cref="SpeechUnit"/>);
        /// '|' separates syllables that a writing system marks on its own (one per CJK, kana, Hangul or digit character).
        /// </summary>
        private static string Classify(StringBuilder word)
        {
            var codes = new StringBuilder(word.Length + 4);
            for (var i = 0; i < word.Length; i++)
            {
                var c = char.ToLowerInvariant(word[i]);
                var next = i + 1 < word.Length ? char.ToLowerInvariant(word[i + 1]) : '\0';
                if (c == '\'' || c == '\u2019')
                {
                    continue;
                }

                if (char.IsDigit(c))
                {
                    // A digit is spoken as a word; give it a syllable of its own with a stable sound.
                    var d = (int)char.GetNumericValue(c);
                    codes.Append('|').Append("npxsfhnpsf"[d < 0 ? 0 : d % 10]).Append("IUEIAOIEAO"[d < 0 ? 0 : d % 10]).Append('|');
                    continue;
                }

                var vowel = VowelOf(c);
                if (vowel != '\0')
                {
                    // 'y' before a vowel at the start of a syllable is a consonant ("yes").
                    if (c == 'y' && VowelOf(next) != '\0' && next != 'y')
                    {
                        codes.Append('n');
                    }
                    else
                    {
                        codes.Append(vowel);
                    }

                    continue;
                }

                if (c < 0x0530)
                {
                    i += AppendConsonant(codes, c, next);
                    continue;
                }

                // Scripts beyond Latin, Greek and Cyrillic: one syllable per character, its sound stable per code point.
                codes.Append('|').Append("pnsxfhn"[c % 7]).Append("AEIOU@"[c / 7 % 6]).Append('|');
            }

            return codes.ToString();
        }

        /// <summary>Appends the code of a consonant (handling sh, ch, th, ph, ng, ck, x); returns the extra letters it used.</summary>
        private static int AppendConsonant(StringBuilder codes, char c, char next)
        {
            switch (c)
            {
                case 's' when next == 'h':
                case 'c' when next == 'h':
                    if (c == 'c')
                    {
                        codes.Append('p');
                    }

                    codes.Append('x');
                    return 1;
                case 't' when next == 'h':
                case 'p' when next == 'h':
                    codes.Append('f');
                    return 1;
                case 'n' when next == 'g':
                    codes.Append('n');
                    return 1;
                case 'c' when next == 'k':
                    codes.Append('p');
                    return 1;
                case 'c':
                    codes.Append(next == 'e' || next == 'i' || next == 'y' ? 's' : 'p');
                    return 0;
                case 'x':
                    codes.Append('p').Append('s');
                    return 0;
                case 'j':
                    codes.Append('p').Append('x');
                    return 0;
                case 'p':
                case 't':
                case 'k':
                case 'b':
                case 'd':
                case 'g':
                case 'q':
                case '\u03c0':
                case '\u03c4':
                case '\u03ba':
                case '\u043f':
                case '\u0442':
                case '\u043a':
                case '\u0431':
                case '\u0434':
                case '\u0433':
                    codes.Append('p');
                    return 0;
                case 's':
                case 'z':
                case '\u03c3':
                case '\u03c2':
                case '\u03b6':
                case '\u0441':
                case '\u0437':
                case '\u0446':
                    codes.Append('s');
                    return 0;
                case '\u0448':
                case '\u0449':
                case '\u0436':
                case '\u0447':
                    codes.Append('x');
                    return 0;
                case 'f':
                case 'v':
                case '\u03c6':
                case '\u03b8':
                case '\u0444':
                case '\u0432':
                    codes.Append('f');
                    return 0;
                case 'h':
                case '\u03c7':
                case '\u0445':
                    codes.Append('h');
                    return 0;
                default:
                    codes.Append('n');
                    return 0;
            }
        }

        private static char VowelOf(char c)
        {
            switch (c)
            {
                case 'a':
                case '\u00e6':
                case '\u03b1':
                case '\u0430':
                case '\u044f':
                    return 'A';
                case 'e':
                case '\u03b5':
                case '\u03b7':
                case '\u0435':
                case '\u044d':
                    return 'E';
                case 'i':
                case 'y':
                case '\u03b9':
                case '\u0438':
                case '\u044b':
                    return 'I';
                case 'o':
                case '\u00f8':
                case '\u03bf':
                case '\u03c9':
                case '\u043e':
                case '\u0451':
                    return 'O';
                case 'u':
                case '\u03c5':
                case '\u0443':
                case '\u044e':
                    return 'U';
                default:
                    return '\0';
            }
        }

        /// <summary>
        /// Groups phone codes into syllables: each vowel group is a nucleus; consonants before the first go to its
        /// onset, after the last to its coda; between two vowel groups, one consonant opens the next syllable and a
        /// longer cluster gives its first consonant to the previous one ("win-ter"). A word with no vowel ("hmm")
        /// becomes one syllable on a neutral vowel.
        /// </summary>
        private static void AddSyllables(string codes, List<SpeechUnit> units, Delivery delivery)
        {
            var pending = new StringBuilder();
            SpeechUnit? previous = null;
            var i = 0;
            while (i < codes.Length)
            {
                var c = codes[i];
                if (c == '|')
                {
                    i++;
                    continue;
                }

                if (!IsVowelCode(c))
                {
                    pending.Append(c);
                    i++;
                    continue;
                }

                var start = i;
                while (i < codes.Length && IsVowelCode(codes[i]) && (i == start || codes[i - 1] != '|'))
                {
                    i++;
                }

                var onset = pending.ToString();
                pending.Clear();
                if (previous != null && onset.Length >= 2)
                {
                    previous.Coda += onset.Substring(0, 1);
                    onset = onset.Substring(1);
                }

                previous = new SpeechUnit
                {
                    Kind = SpeechUnitKind.Syllable,
                    Onset = onset,
                    Vowel = ColorOf(codes[start]),
                    LongVowel = i - start >= 2,
                    Delivery = delivery,
                };
                units.Add(previous);
            }

            if (pending.Length > 0)
            {
                if (previous != null)
                {
                    previous.Coda += pending.ToString();
                }
                else
                {
                    units.Add(new SpeechUnit { Kind = SpeechUnitKind.Syllable, Onset = pending.ToString(), Vowel = VowelColor.Schwa, Delivery = delivery });
                }
            }
        }

        private static bool IsVowelCode(char c) => c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U' || c == '@';

        private static VowelColor ColorOf(char code)
        {
            switch (code)
            {
                case 'A': return VowelColor.A;
                case 'E': return VowelColor.E;
                case 'I': return VowelColor.I;
                case 'O': return VowelColor.O;
                case 'U': return VowelColor.U;
                default: return VowelColor.Schwa;
            }
        }
    }
}
