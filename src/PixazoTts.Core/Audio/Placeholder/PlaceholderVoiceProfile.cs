using System;
using System.Collections.Generic;

namespace PixazoTts.Audio.Placeholder
{
    /// <summary>
    /// How a voice name, a style prompt and a language code shape the placeholder voice: base pitch, pitch range,
    /// brightness, breathiness, roughness, pace and energy. Deterministic, and different enough between voices and
    /// prompts that a listener hears which line uses which voice and delivery.
    /// </summary>
    internal sealed class PlaceholderVoiceProfile
    {
        // The synthesizer's own casting sheet: the gateway documents each voice's tone, and (from Google's voice
        // samples) whether it is a higher or a lower voice; together they pick the placeholder's timbre.
        private static readonly Dictionary<string, (bool High, string Tone)> Casting =
            new Dictionary<string, (bool High, string Tone)>(StringComparer.OrdinalIgnoreCase)
            {
                ["Zephyr"] = (true, "Bright"), ["Puck"] = (false, "Upbeat"), ["Charon"] = (false, "Informative"),
                ["Kore"] = (true, "Firm"), ["Fenrir"] = (false, "Excitable"), ["Leda"] = (true, "Youthful"),
                ["Orus"] = (false, "Firm"), ["Aoede"] = (true, "Breezy"), ["Callirrhoe"] = (true, "Easy-going"),
                ["Autonoe"] = (true, "Bright"), ["Enceladus"] = (false, "Breathy"), ["Iapetus"] = (false, "Clear"),
                ["Umbriel"] = (false, "Easy-going"), ["Algieba"] = (false, "Smooth"), ["Despina"] = (true, "Smooth"),
                ["Erinome"] = (true, "Clear"), ["Algenib"] = (false, "Gravelly"), ["Rasalgethi"] = (false, "Informative"),
                ["Laomedeia"] = (true, "Upbeat"), ["Achernar"] = (true, "Soft"), ["Alnilam"] = (false, "Firm"),
                ["Schedar"] = (false, "Even"), ["Gacrux"] = (true, "Mature"), ["Pulcherrima"] = (true, "Forward"),
                ["Achird"] = (false, "Friendly"), ["Zubenelgenubi"] = (false, "Casual"), ["Vindemiatrix"] = (true, "Gentle"),
                ["Sadachbia"] = (false, "Lively"), ["Sadaltager"] = (false, "Knowledgeable"), ["Sulafat"] = (true, "Warm"),
            };

        private PlaceholderVoiceProfile()
        {
        }

        /// <summary>Base pitch in Hz.</summary>
        public double Pitch { get; private set; } = 165;

        /// <summary>Scales every pitch excursion (declination, stress, question rise): 0.3 monotone … 2 very expressive.</summary>
        public double Range { get; private set; } = 1;

        /// <summary>Spectral tilt exponent of the harmonics: lower is brighter.</summary>
        public double Tilt { get; private set; } = 1.2;

        /// <summary>Share of breath noise mixed into voiced sound (0..1).</summary>
        public double Breath { get; private set; } = 0.04;

        /// <summary>Pitch jitter (relative), for a rough or gravelly voice.</summary>
        public double Jitter { get; private set; } = 0.006;

        /// <summary>Duration multiplier: below 1 is faster.</summary>
        public double Pace { get; private set; } = 1;

        /// <summary>Loudness multiplier.</summary>
        public double Energy { get; private set; } = 1;

        /// <summary>The whole line is whispered (from the prompt).</summary>
        public bool Whisper { get; private set; }

        /// <summary>A tonal language: syllables get their own pitch contours.</summary>
        public bool Tonal { get; private set; }

        public static PlaceholderVoiceProfile Create(string? voice, string? prompt, string? languageCode)
        {
            var profile = new PlaceholderVoiceProfile();
            profile.ApplyVoice(voice);
            if (!string.IsNullOrEmpty(prompt))
            {
                profile.ApplyPrompt(prompt!);
            }

            if (!string.IsNullOrEmpty(languageCode))
            {
                profile.ApplyLanguage(languageCode!);
            }

            profile.Pace = Clamp(profile.Pace, 0.55, 1.7);
            profile.Energy = Clamp(profile.Energy, 0.45, 1.7);
            profile.Range = Clamp(profile.Range, 0.25, 2.2);
            profile.Pitch = Clamp(profile.Pitch, 70, 320);
            return profile;
        }

        private void ApplyVoice(string? voice)
        {
            if (string.IsNullOrWhiteSpace(voice))
            {
                return;
            }

            // A stable per-name spread, so two voices of the same kind and tone still differ a little.
            var spread = new StableRandom(StableHash.Of("voice", voice!.Trim().ToUpperInvariant()));
            if (!Casting.TryGetValue(voice.Trim(), out var cast))
            {
                // An unknown (perhaps newer) voice: still a distinct, stable timbre.
                Pitch = spread.Between(95, 235);
                Tilt = spread.Between(0.9, 1.5);
                Range = spread.Between(0.8, 1.3);
                return;
            }

            Pitch = (cast.High ? 212 : 112) * spread.Between(0.93, 1.07);
            switch (cast.Tone)
            {
                case "Bright": Tilt = 0.85; Range = 1.2; break;
                case "Upbeat": Range = 1.35; Pace = 0.92; Energy = 1.1; break;
                case "Informative": Range = 0.85; Tilt = 1.15; break;
                case "Firm": Range = 0.75; Energy = 1.1; Tilt = 1.1; break;
                case "Excitable": Range = 1.55; Pace = 0.88; Energy = 1.15; Pitch *= 1.06; break;
                case "Youthful": Pitch *= 1.1; Range = 1.2; break;
                case "Breezy": Breath = 0.14; Range = 1.1; break;
                case "Easy-going": Pace = 1.08; Range = 0.9; Tilt = 1.3; break;
                case "Breathy": Breath = 0.32; Tilt = 1.35; break;
                case "Clear": Tilt = 0.95; break;
                case "Smooth": Tilt = 1.45; Range = 0.9; Jitter = 0.003; break;
                case "Gravelly": Jitter = 0.045; Breath = 0.12; Pitch *= 0.88; Tilt = 1.05; break;
                case "Soft": Energy = 0.75; Tilt = 1.55; break;
                case "Even": Range = 0.55; break;
                case "Mature": Pitch *= 0.9; Pace = 1.06; break;
                case "Forward": Energy = 1.15; Tilt = 0.95; break;
                case "Friendly": Range = 1.15; Tilt = 1.1; break;
                case "Casual": Pace = 1.04; Range = 0.95; break;
                case "Gentle": Energy = 0.8; Tilt = 1.4; Pace = 1.05; break;
                case "Lively": Range = 1.4; Pace = 0.93; break;
                case "Knowledgeable": Range = 0.85; Pace = 1.02; break;
                case "Warm": Tilt = 1.35; Pitch *= 0.95; break;
            }
        }

        private void ApplyPrompt(string prompt)
        {
            var words = SplitWords(prompt);
            if (Has(words, "urgen", "hurr", "quick", "fast", "rapid", "rush", "panic", "breathless"))
            {
                Pace *= 0.75;
            }

            if (Has(words, "shout", "yell", "scream", "loud", "angry", "urgen", "excit", "energ", "furious"))
            {
                Energy *= 1.4;
                Pitch *= 1.1;
                Range *= 1.2;
            }

            if (Has(words, "slow", "calm", "relax", "sleep", "tired", "sooth", "meditat", "=sad", "=sadly", "sadn", "lazy", "drowsy"))
            {
                Pace *= 1.3;
                Energy *= 0.85;
            }

            if (Has(words, "soft", "quiet", "hush", "gentl", "tender"))
            {
                Energy *= 0.7;
                Tilt += 0.2;
            }

            if (Has(words, "whisper"))
            {
                Whisper = true;
            }

            if (Has(words, "dramatic", "theatric", "expressive", "cheerful", "happy", "enthusias", "joyful", "playful"))
            {
                Range *= 1.5;
            }

            if (Has(words, "monoton", "flat", "robot", "bored", "deadpan"))
            {
                Range *= 0.35;
            }

            if (Has(words, "deep", "=low", "=lower", "dracula", "villain", "menac", "ominous", "gravel"))
            {
                Pitch *= 0.85;
                Tilt += 0.1;
            }

            if (Has(words, "high", "squeak", "child", "tiny"))
            {
                Pitch *= 1.2;
            }

            if (Has(words, "bright", "crisp", "clear"))
            {
                Tilt -= 0.2;
            }

            if (Has(words, "breath", "airy", "husky"))
            {
                Breath += 0.15;
            }
        }

        private void ApplyLanguage(string languageCode)
        {
            var primary = languageCode.Split('-', '_')[0].ToLowerInvariant();
            switch (primary)
            {
                case "zh":
                case "cmn":
                case "yue":
                case "vi":
                case "th":
                    Tonal = true;
                    break;
                case "ja":
                case "ko":
                    Range *= 0.8;
                    break;
                case "es":
                case "it":
                    Pace *= 0.94;
                    break;
                case "de":
                case "nl":
                    Range *= 0.9;
                    break;
            }
        }

        private static List<string> SplitWords(string text)
        {
            var words = new List<string>();
            var start = -1;
            for (var i = 0; i <= text.Length; i++)
            {
                var isLetter = i < text.Length && char.IsLetter(text[i]);
                if (isLetter && start < 0)
                {
                    start = i;
                }
                else if (!isLetter && start >= 0)
                {
                    words.Add(text.Substring(start, i - start).ToLowerInvariant());
                    start = -1;
                }
            }

            return words;
        }

        /// <summary>
        /// True when a word starts with one of the stems ("urgen" matches urgent, urgently, urgency); a stem written
        /// "=low" must be the whole word, so that "slow" or "follow" does not mean "low".
        /// </summary>
        private static bool Has(List<string> words, params string[] stems)
        {
            foreach (var word in words)
            {
                foreach (var stem in stems)
                {
                    var match = stem[0] == '='
                        ? string.Equals(word, stem.Substring(1), StringComparison.Ordinal)
                        : word.StartsWith(stem, StringComparison.Ordinal);
                    if (match)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private static double Clamp(double value, double min, double max) => value < min ? min : value > max ? max : value;
    }
}
