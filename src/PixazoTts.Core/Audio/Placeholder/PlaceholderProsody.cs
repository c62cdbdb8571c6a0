using System;
using System.Collections.Generic;

namespace PixazoTts.Audio.Placeholder
{
    /// <summary>
    /// Turns read text into timed phones: durations (pace, stress, phrase-final lengthening), a pitch contour per
    /// sentence (declination, stress accents, a rise at '?', a continuation rise before a comma, a final fall,
    /// more energy at '!'), loudness, and the sounds of tags (laughs, breaths).
    /// </summary>
    internal static class PlaceholderProsody
    {
        private const int SamplesPerMs = PlaceholderVoice.SampleRate / 1000;
        private const int LeadingSilenceMs = 60;
        private const int TrailingSilenceMs = 160;

        public static List<Phone> Plan(List<SpeechUnit> units, PlaceholderVoiceProfile profile, ref StableRandom random)
        {
            var phones = new List<Phone>(units.Count * 4 + 2);
            AddSilence(phones, LeadingSilenceMs);
            var start = 0;
            while (start < units.Count)
            {
                var end = start;
                while (end < units.Count && units[end].Kind != SpeechUnitKind.SentenceEnd)
                {
                    end++;
                }

                var mark = end < units.Count ? units[end].SentenceMark : '.';
                PlanSentence(units, start, Math.Min(end + 1, units.Count), mark, profile, phones, ref random);
                start = end + 1;
            }

            AddSilence(phones, TrailingSilenceMs);
            return phones;
        }

        private static void PlanSentence(List<SpeechUnit> units, int start, int end, char mark, PlaceholderVoiceProfile profile, List<Phone> phones, ref StableRandom random)
        {
            var syllables = 0;
            for (var i = start; i < end; i++)
            {
                if (units[i].Kind == SpeechUnitKind.Syllable)
                {
                    syllables++;
                }
            }

            var index = 0;
            for (var i = start; i < end; i++)
            {
                var unit = units[i];
                var pace = profile.Pace * unit.Delivery.Pace;
                switch (unit.Kind)
                {
                    case SpeechUnitKind.Syllable:
                        if (unit.WordStart && index > 0 && units[i - 1].Kind == SpeechUnitKind.Syllable)
                        {
                            AddSilence(phones, random.Between(12, 30) * pace);
                        }

                        PlanSyllable(unit, index, syllables, mark, profile, phones, ref random);
                        index++;
                        break;
                    case SpeechUnitKind.Pause:
                    case SpeechUnitKind.SentenceEnd:
                        AddSilence(phones, unit.PauseMs * profile.Pace);
                        break;
                    case SpeechUnitKind.Laugh:
                        PlanLaugh(profile, unit.Delivery, phones, ref random);
                        break;
                    case SpeechUnitKind.Breath:
                        var samples = ToSamples(unit.PauseMs, pace);
                        phones.Add(new Phone { Kind = PhoneKind.Noise, Noise = 'h', Samples = samples, Amplitude = 0.22 * profile.Energy, AttackSamples = samples / 3, ReleaseSamples = samples / 2 });
                        AddSilence(phones, 120 * pace);
                        break;
                }
            }
        }

        private static void PlanSyllable(SpeechUnit unit, int index, int count, char mark, PlaceholderVoiceProfile profile, List<Phone> phones, ref StableRandom random)
        {
            var position = count > 1 ? (double)index / (count - 1) : 0;
            var last = index == count - 1;
            var stressed = unit.WordStart
                ? random.Chance(unit.WordSyllables > 1 ? 0.75 : 0.45)
                : random.Chance(0.12);

            // Declination: pitch drifts down over a sentence; an exclamation starts higher and falls further.
            var declination = mark == '!' ? 0.16 - (0.26 * position)
                : mark == '?' ? 0.05 - (0.08 * position)
                : 0.09 - (0.19 * position);
            var range = profile.Range;
            var pitch = profile.Pitch * unit.Delivery.Pitch;
            var target = pitch * (1 + (range * (declination + (stressed ? 0.1 : 0) + random.Between(-0.035, 0.035))));

            double f0Start;
            double f0End;
            if (profile.Tonal)
            {
                f0Start = target * (1 + (range * random.Between(-0.16, 0.16)));
                f0End = target * (1 + (range * random.Between(-0.16, 0.16)));
            }
            else if (mark == '?' && index >= count - 2)
            {
                // A yes/no question rises over its last syllables.
                f0Start = target * (1 + (range * (last ? 0.1 : 0.02)));
                f0End = target * (1 + (range * (last ? 0.32 : 0.1)));
            }
            else if (last && mark != '\u2026')
            {
                f0Start = target * (1 + (range * 0.03));
                f0End = target * (1 - (range * 0.16));
            }
            else if (unit.PhraseFinal)
            {
                f0Start = target;
                f0End = target * (1 + (range * 0.08));
            }
            else
            {
                f0Start = target * (1 + (range * 0.03));
                f0End = target * (1 - (range * 0.03));
            }

            f0Start = Math.Max(55, Math.Min(400, f0Start));
            f0End = Math.Max(55, Math.Min(400, f0End));

            var pace = profile.Pace * unit.Delivery.Pace;
            var amplitude = 0.5 * profile.Energy * unit.Delivery.Energy * (stressed ? 1.2 : 0.92) * (mark == '!' ? 1.2 : 1) * random.Between(0.9, 1.05);
            var whisper = profile.Whisper || unit.Delivery.Whisper;
            var breath = whisper ? 1 : profile.Breath;
            if (whisper)
            {
                amplitude *= 0.5;
            }

            foreach (var consonant in unit.Onset)
            {
                AddConsonant(phones, consonant, pace, amplitude, f0Start, breath, ref random);
            }

            var vowelMs = unit.Onset.Length == 0 && unit.Vowel == VowelColor.Schwa ? 60 : 88.0;
            vowelMs *= (stressed ? 1.3 : 1) * (unit.LongVowel ? 1.25 : 1) * (last || unit.PhraseFinal ? 1.45 : 1) * random.Between(0.88, 1.12);
            var samples = ToSamples(vowelMs, pace);
            phones.Add(new Phone
            {
                Kind = PhoneKind.Voiced,
                Samples = samples,
                Vowel = unit.Vowel,
                F0Start = f0Start,
                F0End = f0End,
                Amplitude = amplitude,
                Breath = breath,
                AttackSamples = Math.Min(samples / 3, 12 * SamplesPerMs),
                ReleaseSamples = Math.Min(samples / 3, 28 * SamplesPerMs),
            });

            foreach (var consonant in unit.Coda)
            {
                AddConsonant(phones, consonant, pace * 0.8, amplitude * 0.85, f0End, breath, ref random);
            }
        }

        private static void AddConsonant(List<Phone> phones, char code, double pace, double amplitude, double f0, double breath, ref StableRandom random)
        {
            var jitter = random.Between(0.85, 1.15);
            switch (code)
            {
                case 'p':
                    AddSilence(phones, 28 * pace * jitter);
                    var burst = ToSamples(14, pace);
                    phones.Add(new Phone { Kind = PhoneKind.Burst, Samples = burst, Amplitude = amplitude * 0.55, AttackSamples = 1, ReleaseSamples = burst / 2 });
                    break;
                case 'n':
                    var hum = ToSamples(48 * jitter, pace);
                    phones.Add(new Phone
                    {
                        Kind = PhoneKind.Voiced,
                        Samples = hum,
                        Vowel = VowelColor.U,
                        F0Start = f0,
                        F0End = f0,
                        Amplitude = amplitude * 0.38,
                        Breath = breath,
                        AttackSamples = hum / 4,
                        ReleaseSamples = hum / 4,
                    });
                    break;
                default:
                    var ms = code == 's' || code == 'x' ? 78 : code == 'h' ? 45 : 62;
                    var level = code == 's' ? 0.34 : code == 'x' ? 0.4 : code == 'h' ? 0.2 : 0.16;
                    var samples = ToSamples(ms * jitter, pace);
                    phones.Add(new Phone
                    {
                        Kind = PhoneKind.Noise,
                        Noise = code,
                        Samples = samples,
                        Amplitude = amplitude * level,
                        AttackSamples = Math.Min(samples / 3, 15 * SamplesPerMs),
                        ReleaseSamples = Math.Min(samples / 3, 15 * SamplesPerMs),
                    });
                    break;
            }
        }

        /// <summary>A laugh: a few short, breathy, falling "ha" bursts.</summary>
        private static void PlanLaugh(PlaceholderVoiceProfile profile, Delivery delivery, List<Phone> phones, ref StableRandom random)
        {
            var bursts = 3 + (int)(random.NextDouble() * 3);
            var pitch = profile.Pitch * delivery.Pitch * 1.3;
            for (var k = 0; k < bursts; k++)
            {
                var samples = ToSamples(random.Between(65, 90), 1);
                var f0 = pitch * (1 - (0.05 * k));
                phones.Add(new Phone
                {
                    Kind = PhoneKind.Voiced,
                    Samples = samples,
                    Vowel = VowelColor.A,
                    F0Start = f0 * 1.04,
                    F0End = f0 * 0.96,
                    Amplitude = 0.55 * profile.Energy * delivery.Energy * (1 - (0.12 * k)),
                    Breath = 0.5,
                    AttackSamples = samples / 5,
                    ReleaseSamples = samples / 2,
                });
                var h = ToSamples(random.Between(45, 65), 1);
                phones.Add(new Phone { Kind = PhoneKind.Noise, Noise = 'h', Samples = h, Amplitude = 0.12 * profile.Energy, AttackSamples = h / 4, ReleaseSamples = h / 2 });
            }

            AddSilence(phones, 110);
        }

        private static void AddSilence(List<Phone> phones, double ms) =>
            phones.Add(new Phone { Kind = PhoneKind.Silence, Samples = ToSamples(ms, 1) });

        private static int ToSamples(double ms, double pace) => Math.Max(1, (int)(ms * pace * SamplesPerMs));
    }
}
