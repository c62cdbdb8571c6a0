namespace PixazoTts.Audio.Placeholder
{
    /// <summary>
    /// FNV-1a (64-bit) over UTF-16 code units: a hash that is the same in every process, unlike
    /// <c>string.GetHashCode</c>. Each value is length-prefixed and absent values are marked, so
    /// ("ab", null) and ("a", "b") hash differently.
    /// </summary>
    internal static class StableHash
    {
        private const ulong OffsetBasis = 14695981039346656037UL;
        private const ulong Prime = 1099511628211UL;

        public static ulong Of(params string?[] values)
        {
            var hash = OffsetBasis;
            foreach (var value in values)
            {
                hash = Mix(hash, value == null ? uint.MaxValue : (uint)value.Length);
                if (value != null)
                {
                    foreach (var c in value)
                    {
                        hash = Mix(hash, c);
                    }
                }
            }

            return hash;
        }

        private static ulong Mix(ulong hash, uint value)
        {
            unchecked
            {
                for (var i = 0; i < 4; i++)
                {
                    hash ^= (byte)(value >> (8 * i));
                    hash *= Prime;
                }

                return hash;
            }
        }
    }
}
