namespace PixazoTts.Audio.Placeholder
{
    /// <summary>
    /// A small deterministic PRNG (SplitMix64) seeded from <see cref="StableHash"/>. The placeholder voice must give the
    /// same bytes for the same inputs in every process and on every machine, so neither <c>System.Random</c> (whose
    /// algorithm is an implementation detail) nor <c>string.GetHashCode</c> (randomised per process) will do.
    /// </summary>
    internal struct StableRandom
    {
        private ulong _state;

        public StableRandom(ulong seed)
        {
            _state = seed;
        }

        public ulong NextUInt64()
        {
            unchecked
            {
                _state += 0x9E3779B97F4A7C15UL;
                var z = _state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                return z ^ (z >> 31);
            }
        }

        /// <summary>A double in [0, 1).</summary>
        public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

        /// <summary>A double in [<paramref name="min"/>, <paramref name="max"/>).</summary>
        public double Between(double min, double max) => min + ((max - min) * NextDouble());

        /// <summary>True with probability <paramref name="probability"/>.</summary>
        public bool Chance(double probability) => NextDouble() < probability;
    }
}
