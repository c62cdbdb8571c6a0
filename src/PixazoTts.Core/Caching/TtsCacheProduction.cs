using System;

namespace PixazoTts.Caching
{
    /// <summary>What a producer hands to <see cref="TtsCache.GetOrAddAsync"/>: the WAV and its metadata.</summary>
    public sealed class TtsCacheProduction
    {
        /// <summary>Creates a production; the metadata's length and hash must be those of <paramref name="wav"/>.</summary>
        /// <param name="wav">The WAV bytes.</param>
        /// <param name="metadata">Its metadata (see <see cref="TtsCacheMetadata.Describe"/>).</param>
        /// <exception cref="ArgumentException">The metadata does not describe <paramref name="wav"/>.</exception>
        public TtsCacheProduction(byte[] wav, TtsCacheMetadata metadata)
        {
            Wav = wav ?? throw new ArgumentNullException(nameof(wav));
            Metadata = metadata ?? throw new ArgumentNullException(nameof(metadata));
            if (metadata.ByteLength != wav.LongLength ||
                !string.Equals(metadata.Sha256, TtsCacheMetadata.ComputeSha256(wav), StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    "The metadata's byte_length and sha256 are not those of the WAV; create it with TtsCacheMetadata.Describe.",
                    nameof(metadata));
            }
        }

        /// <summary>The WAV bytes.</summary>
        public byte[] Wav { get; }

        /// <summary>The metadata.</summary>
        public TtsCacheMetadata Metadata { get; }
    }
}
