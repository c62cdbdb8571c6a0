namespace PixazoTts
{
    /// <summary>The model ids that go into cache keys.</summary>
    public static class TtsModels
    {
        /// <summary>The gateway's model (real Gemini audio).</summary>
        public const string Gateway = "gemini-flash-tts";

        /// <summary>The offline placeholder voice; keyed apart so that real audio replaces it once a key is set.</summary>
        public const string Placeholder = "placeholder";
    }
}
