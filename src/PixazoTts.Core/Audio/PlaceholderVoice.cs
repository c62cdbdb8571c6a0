using System;
using PixazoTts.Audio.Placeholder;

namespace PixazoTts.Audio
{
    /// <summary>
    /// The offline placeholder voice: a deterministic, speech-like stand-in for Gemini TTS audio, used by the build's
    /// <c>Placeholder</c> provider and by the emulator. It is not speech, but it sounds like someone talking: syllables
    /// with moving pitch and vowel colour, consonant noises, pauses at punctuation, a rise at questions; the voice
    /// name sets the timbre, the prompt the pace and energy, inline tags like <c>[whispers]</c> and <c>[laughs]</c>
    /// change the delivery instead of being spoken. Output: 24 kHz, mono, 16-bit PCM WAV, like the gateway's.
    /// </summary>
    public static class PlaceholderVoice
    {
        /// <summary>The sample rate of the audio (the same as Gemini TTS).</summary>
        public const int SampleRate = 24000;

        /// <summary>
        /// Synthesizes a line. The same inputs give the same bytes in every process; the length grows with the text.
        /// </summary>
        /// <param name="utterance">
        /// What to say: the text (inline audio tags such as <c>[whispers]</c> change the delivery), the voice (a Gemini
        /// voice name sets the timbre; unknown names get a stable timbre of their own), the prompt (words like "urgent",
        /// "shout", "slow", "calm", "whisper", "dramatic" change the delivery) and the language (tonal languages get
        /// per-syllable pitch contours).
        /// </param>
        /// <returns>The WAV file's bytes (canonical 44-byte header).</returns>
        public static byte[] Synthesize(TtsUtterance utterance)
        {
            if (utterance == null)
            {
                throw new ArgumentNullException(nameof(utterance));
            }

            string text = utterance.Text;
            string? voice = utterance.Voice;
            string? prompt = utterance.Prompt;
            string? languageCode = utterance.LanguageCode;
            var seed = StableHash.Of(text, voice, prompt, languageCode);
            var profile = PlaceholderVoiceProfile.Create(voice, prompt, languageCode);
            var units = PlaceholderTextReader.Read(text);
            var random = new StableRandom(seed);
            var phones = PlaceholderProsody.Plan(units, profile, ref random);
            var samples = new PlaceholderRenderer(profile, seed).Render(phones);
            return WavFile.FromPcm16(samples, SampleRate, 1);
        }
    }
}
