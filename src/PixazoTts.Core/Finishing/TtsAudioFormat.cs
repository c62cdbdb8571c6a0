namespace PixazoTts
{
    /// <summary>The file format of a finished line (<c>TtsAudioFormat</c> / <c>format</c>).</summary>
    public enum TtsAudioFormat
    {
        /// <summary>16-bit PCM WAV, <c>.wav</c> (the default).</summary>
        Wav,

        /// <summary>Ogg Opus (RFC 7845), <c>.opus</c>.</summary>
        Opus,
    }
}
