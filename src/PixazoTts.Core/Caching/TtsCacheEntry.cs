namespace PixazoTts.Caching
{
    /// <summary>The result of <see cref="TtsCache.GetOrAddAsync"/>: a verified WAV in the cache.</summary>
    public sealed class TtsCacheEntry
    {
        internal TtsCacheEntry(string key, string wavPath, bool wasProduced, TtsCacheMetadata? metadata, string? discardedProblem)
        {
            Key = key;
            WavPath = wavPath;
            WasProduced = wasProduced;
            Metadata = metadata;
            DiscardedProblem = discardedProblem;
        }

        /// <summary>The cache key.</summary>
        public string Key { get; }

        /// <summary>The WAV's path in the cache.</summary>
        public string WavPath { get; }

        /// <summary>True when this call ran the producer; false when the entry was already there (or another process made it meanwhile).</summary>
        public bool WasProduced { get; }

        /// <summary>The metadata written by this call when <see cref="WasProduced"/>; null for a hit (see <see cref="TtsCache.ReadMetadata"/>).</summary>
        public TtsCacheMetadata? Metadata { get; }

        /// <summary>True when a corrupt entry was found and discarded on the way (report PTTS2005).</summary>
        public bool WasCorrupt => DiscardedProblem != null;

        /// <summary>What was wrong with the discarded corrupt entry, or null.</summary>
        public string? DiscardedProblem { get; }
    }
}
