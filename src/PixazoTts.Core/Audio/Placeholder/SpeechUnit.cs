namespace PixazoTts.Audio.Placeholder
{
    /// <summary>The vowel colours the placeholder can voice (each has its own harmonic table).</summary>
    internal enum VowelColor : byte
    {
        A,
        E,
        I,
        O,
        U,
        Schwa,
    }

    /// <summary>What a unit of the read text is.</summary>
    internal enum SpeechUnitKind : byte
    {
        /// <summary>A syllable: onset consonants, a vowel group, coda consonants.</summary>
        Syllable,

        /// <summary>Silence of <see cref="SpeechUnit.PauseMs"/> (punctuation, a pause tag).</summary>
        Pause,

        /// <summary>A laugh tag: a few short breathy bursts.</summary>
        Laugh,

        /// <summary>A sigh or gasp tag: a breath.</summary>
        Breath,

        /// <summary>The end of a sentence, with its mark in <see cref="SpeechUnit.SentenceMark"/>.</summary>
        SentenceEnd,
    }

    /// <summary>
    /// A delivery modifier from an inline audio tag ([whispers], [excited], [like dracula]); it applies until the
    /// end of the sentence, the way the model's tags steer the speech that follows them.
    /// </summary>
    internal readonly struct Delivery
    {
        public static readonly Delivery Neutral = new Delivery(false, 1, 1, 1);

        public Delivery(bool whisper, double energy, double pitch, double pace)
        {
            Whisper = whisper;
            Energy = energy;
            Pitch = pitch;
            Pace = pace;
        }

        public bool Whisper { get; }

        public double Energy { get; }

        public double Pitch { get; }

        public double Pace { get; }
    }

    /// <summary>
    /// One unit of text as the placeholder reads it. Consonants are coded one char each:
    /// 'p' plosive, 's' hiss (s, z), 'x' hush (sh, ch, j), 'f' soft fricative (f, v, th), 'h' aspirate, 'n' sonorant (m, n, l, r, w).
    /// </summary>
    internal sealed class SpeechUnit
    {
        public SpeechUnitKind Kind { get; set; }

        public string Onset { get; set; } = string.Empty;

        public VowelColor Vowel { get; set; }

        /// <summary>A vowel group of two or more letters (a diphthong or long vowel).</summary>
        public bool LongVowel { get; set; }

        public string Coda { get; set; } = string.Empty;

        /// <summary>The first syllable of a word.</summary>
        public bool WordStart { get; set; }

        /// <summary>Syllables in this syllable's word.</summary>
        public int WordSyllables { get; set; }

        /// <summary>The last syllable before a comma-like pause (gets a continuation rise).</summary>
        public bool PhraseFinal { get; set; }

        public Delivery Delivery { get; set; } = Delivery.Neutral;

        public int PauseMs { get; set; }

        public char SentenceMark { get; set; }
    }
}
