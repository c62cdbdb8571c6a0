using System;
using System.Collections.Generic;

namespace PixazoTts.Audio.Placeholder
{
    /// <summary>
    /// Renders planned phones into 16-bit samples. Voiced sound reads a one-period wavetable per vowel colour (the
    /// harmonics of the voice's pitch weighted by the vowel's formants and the voice's spectral tilt) with a phase
    /// accumulator, so the per-sample cost is a table lookup: thousands of lines render in a build without notice.
    /// </summary>
    internal sealed class PlaceholderRenderer
    {
        private const int TableSize = 1024;
        private const int TableMask = TableSize - 1;
        private const double MasterGain = 0.62 * short.MaxValue;
        private const double LimiterKnee = 0.82 * short.MaxValue;
        private const double LimiterHeadroom = short.MaxValue - LimiterKnee;

        // One period of a sine; harmonic k at table index n is Sine[(k * n) & mask], so tables need no Math.Sin.
        private static readonly float[] Sine = CreateSine();

        // Formants F1, F2, F3 (Hz) per vowel colour, in VowelColor order.
        private static readonly double[,] Formants =
        {
            { 750, 1150, 2600 },
            { 500, 1900, 2600 },
            { 300, 2300, 3000 },
            { 500, 850, 2500 },
            { 320, 800, 2300 },
            { 520, 1400, 2500 },
        };

        private readonly PlaceholderVoiceProfile _profile;
        private readonly float[]?[] _tables = new float[]?[6];
        private uint _noise;
        private double _phase;
        private double _lowPass;
        private double _previousNoise;

        public PlaceholderRenderer(PlaceholderVoiceProfile profile, ulong seed)
        {
            _profile = profile;
            _noise = (uint)(seed ^ (seed >> 32)) | 1;
        }

        public short[] Render(List<Phone> phones)
        {
            long total = 0;
            foreach (var phone in phones)
            {
                total += phone.Samples;
            }

            if (total > int.MaxValue / 2)
            {
                throw new ArgumentException("The text is too long for one placeholder WAV file.");
            }

            var output = new short[total];
            var position = 0;
            foreach (var phone in phones)
            {
                var span = output.AsSpan(position, phone.Samples);
                switch (phone.Kind)
                {
                    case PhoneKind.Voiced:
                        RenderVoiced(phone, span);
                        break;
                    case PhoneKind.Noise:
                        RenderNoise(phone, span);
                        break;
                    case PhoneKind.Burst:
                        RenderBurst(phone, span);
                        break;
                }

                position += phone.Samples;
            }

            return output;
        }

        private void RenderVoiced(in Phone phone, Span<short> output)
        {
            var table = TableFor(phone.Vowel);
            var n = phone.Samples;
            var f0 = phone.F0Start;
            var f0Step = (phone.F0End - phone.F0Start) / n;
            var breath = phone.Breath;
            var voicing = 1 - breath;
            var whisperColour = WhisperColour(phone.Vowel);
            var jitter = _profile.Jitter;
            var jitterFactor = 1.0;
            const double invRate = 1.0 / PlaceholderVoice.SampleRate;
            for (var i = 0; i < n; i++)
            {
                if ((i & 63) == 0)
                {
                    jitterFactor = 1 + (jitter * NextNoise());
                }

                _phase += f0 * jitterFactor * invRate;
                if (_phase >= 1)
                {
                    _phase -= 1;
                }

                var x = _phase * TableSize;
                var index = (int)x;
                var fraction = x - index;
                var a = table[index & TableMask];
                var voiced = a + ((table[(index + 1) & TableMask] - a) * fraction);

                // Breath: noise shaped towards the vowel's colour, so a whisper still has vowels.
                _lowPass += whisperColour * (NextNoise() - _lowPass);
                var sample = (voiced * voicing) + (_lowPass * breath * 1.8);

                Write(output, i, sample * phone.Amplitude * Envelope(i, n, phone.AttackSamples, phone.ReleaseSamples) * (1 - (0.18 * i / n)));
                f0 += f0Step;
            }
        }

        private void RenderNoise(in Phone phone, Span<short> output)
        {
            var n = phone.Samples;
            for (var i = 0; i < n; i++)
            {
                var white = NextNoise();
                double coloured;
                switch (phone.Noise)
                {
                    case 's':
                        // Hiss: a first difference is a high-pass, the bright "s".
                        coloured = (white - _previousNoise) * 0.75;
                        break;
                    case 'x':
                        // Hush: high-passed, then softened: energy in the middle of the band, the duller "sh".
                        _lowPass += 0.45 * ((white - _previousNoise) - _lowPass);
                        coloured = _lowPass * 1.4;
                        break;
                    case 'h':
                        _lowPass += 0.25 * (white - _lowPass);
                        coloured = _lowPass * 1.7;
                        break;
                    default:
                        coloured = white * 0.6;
                        break;
                }

                _previousNoise = white;
                Write(output, i, coloured * phone.Amplitude * Envelope(i, n, phone.AttackSamples, phone.ReleaseSamples));
            }
        }

        private void RenderBurst(in Phone phone, Span<short> output)
        {
            var n = phone.Samples;
            var level = 1.0;
            var decay = Math.Exp(-1.0 / (0.004 * PlaceholderVoice.SampleRate));
            for (var i = 0; i < n; i++)
            {
                Write(output, i, NextNoise() * phone.Amplitude * level);
                level *= decay;
            }
        }

        private static double Envelope(int i, int n, int attack, int release)
        {
            if (attack > 0 && i < attack)
            {
                return (double)i / attack;
            }

            var remaining = n - i;
            return release > 0 && remaining < release ? (double)remaining / release : 1;
        }

        /// <summary>Master gain and a soft limiter: loud phones bend smoothly towards full scale and never wrap around.</summary>
        private static void Write(Span<short> output, int index, double value)
        {
            var scaled = value * MasterGain;
            var magnitude = Math.Abs(scaled);
            if (magnitude > LimiterKnee)
            {
                var bent = LimiterKnee + (LimiterHeadroom * Math.Tanh((magnitude - LimiterKnee) / LimiterHeadroom));
                scaled = scaled < 0 ? -bent : bent;
            }

            output[index] = (short)Math.Round(scaled);
        }

        /// <summary>White noise in [-1, 1) from xorshift32 (deterministic, seeded per line).</summary>
        private double NextNoise()
        {
            var x = _noise;
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            _noise = x;
            return (int)x * (1.0 / 2147483648.0);
        }

        private static double WhisperColour(VowelColor vowel)
        {
            switch (vowel)
            {
                case VowelColor.I:
                case VowelColor.E:
                    return 0.55;
                case VowelColor.O:
                case VowelColor.U:
                    return 0.18;
                default:
                    return 0.32;
            }
        }

        private float[] TableFor(VowelColor vowel)
        {
            var table = _tables[(int)vowel];
            if (table == null)
            {
                table = BuildTable(vowel);
                _tables[(int)vowel] = table;
            }

            return table;
        }

        /// <summary>
        /// One period of the voice on a vowel: harmonics of the base pitch, each weighted by its closeness to the
        /// vowel's formants and by the voice's tilt (brightness), with Schroeder phases so the wave is not one spike.
        /// </summary>
        private float[] BuildTable(VowelColor vowel)
        {
            var pitch = _profile.Pitch;

            // Keep every harmonic well below Nyquist even when the pitch rises by half.
            var harmonics = (int)Math.Min(28, 9000 / (pitch * 1.5));
            var weights = new double[harmonics + 1];
            var v = (int)vowel;
            for (var k = 1; k <= harmonics; k++)
            {
                var frequency = k * pitch;
                var formantGain = 0.12
                    + Resonance(frequency, Formants[v, 0])
                    + (0.8 * Resonance(frequency, Formants[v, 1]))
                    + (0.35 * Resonance(frequency, Formants[v, 2]));
                weights[k] = formantGain * Math.Pow(k, -_profile.Tilt);
            }

            var table = new float[TableSize];
            var peak = 0.0;
            var samples = new double[TableSize];
            for (var k = 1; k <= harmonics; k++)
            {
                var offset = (int)((long)k * (k - 1) * TableSize / (2 * harmonics)) & TableMask;
                var weight = weights[k];
                for (var n = 0; n < TableSize; n++)
                {
                    samples[n] += weight * Sine[((k * n) + offset) & TableMask];
                }
            }

            foreach (var s in samples)
            {
                peak = Math.Max(peak, Math.Abs(s));
            }

            for (var n = 0; n < TableSize; n++)
            {
                table[n] = (float)(samples[n] / peak);
            }

            return table;
        }

        private static double Resonance(double frequency, double formant)
        {
            var bandwidth = 80 + (0.06 * formant);
            var d = (frequency - formant) / bandwidth;
            return 1 / (1 + (d * d));
        }

        private static float[] CreateSine()
        {
            var sine = new float[TableSize];
            for (var n = 0; n < TableSize; n++)
            {
                sine[n] = (float)Math.Sin(2 * Math.PI * n / TableSize);
            }

            return sine;
        }
    }
}
