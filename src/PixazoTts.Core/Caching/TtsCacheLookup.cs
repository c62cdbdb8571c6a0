namespace PixazoTts.Caching
{
    /// <summary>The result of <see cref="TtsCache.Lookup"/>.</summary>
    public sealed class TtsCacheLookup
    {
        internal TtsCacheLookup(bool found, string wavPath, bool wasCorrupt, string? problem)
        {
            Found = found;
            WavPath = wavPath;
            WasCorrupt = wasCorrupt;
            Problem = problem;
        }

        /// <summary>True when a verified WAV is at <see cref="WavPath"/>.</summary>
        public bool Found { get; }

        /// <summary>Where the entry's WAV is (or would be).</summary>
        public string WavPath { get; }

        /// <summary>True when an entry was there but failed verification; it is never trusted and is discarded.</summary>
        public bool WasCorrupt { get; }

        /// <summary>What was wrong with a corrupt entry, or null.</summary>
        public string? Problem { get; }
    }
}
