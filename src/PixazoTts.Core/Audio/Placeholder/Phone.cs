namespace PixazoTts.Audio.Placeholder
{
    /// <summary>How a phone sounds.</summary>
    internal enum PhoneKind : byte
    {
        /// <summary>Nothing (a pause, a plosive's closure, a gap between words).</summary>
        Silence,

        /// <summary>Harmonics of a moving pitch through a vowel's spectral colour, with some breath.</summary>
        Voiced,

        /// <summary>Coloured noise: a fricative or a breath (see <see cref="Phone.Noise"/>).</summary>
        Noise,

        /// <summary>A plosive's release: a short, quickly decaying noise burst.</summary>
        Burst,
    }

    /// <summary>One planned stretch of sound, fully decided (length, pitch, loudness) before rendering.</summary>
    internal struct Phone
    {
        public PhoneKind Kind;

        public int Samples;

        public VowelColor Vowel;

        /// <summary>The noise colour of a <see cref="PhoneKind.Noise"/> phone: a consonant code of <see cref="SpeechUnit"/>.</summary>
        public char Noise;

        public double F0Start;

        public double F0End;

        /// <summary>Peak amplitude before the master gain (about 0.5 for an ordinary syllable).</summary>
        public double Amplitude;

        /// <summary>Breath share of a voiced phone: 0 clean … 1 whispered (noise only).</summary>
        public double Breath;

        public int AttackSamples;

        public int ReleaseSamples;
    }
}
