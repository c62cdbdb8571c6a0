using System;
using System.IO;
using PixazoTts.Audio;

namespace PixazoTts.Caching
{
    /// <summary>
    /// What a producer hands to <see cref="TtsCache.GetOrAddAsync"/>: new audio for one keyed utterance. The WAV is
    /// hashed once, here, into its metadata; it is validated once: by the producer (the client checks every download
    /// and passes its <see cref="WavInfo"/> on), or here when the producer did not.
    /// </summary>
    public sealed class TtsCacheProduction
    {
        /// <summary>Creates a production and its metadata.</summary>
        /// <param name="target">The model and utterance the audio was made for (its key is the entry's).</param>
        /// <param name="wav">The WAV bytes.</param>
        /// <param name="audio">The producer's own inspection of <paramref name="wav"/> (<see cref="WavFile.TryInspect"/>), or null to inspect it here.</param>
        /// <param name="requestId">The gateway's request id, or null (placeholder audio).</param>
        /// <param name="createdAt">When the audio was made.</param>
        /// <exception cref="InvalidDataException"><paramref name="wav"/> is not a valid WAV.</exception>
        public TtsCacheProduction(TtsKeyedUtterance target, byte[] wav, WavInfo? audio, string? requestId, DateTimeOffset createdAt)
            : this(target, wav, audio, requestId, createdAt, reproducible: false)
        {
        }

        /// <summary>Creates a production and its metadata, saying whether the audio could be had again for free.</summary>
        /// <param name="target">The model and utterance the audio was made for (its key is the entry's).</param>
        /// <param name="wav">The WAV bytes.</param>
        /// <param name="audio">The producer's own inspection of <paramref name="wav"/> (<see cref="WavFile.TryInspect"/>), or null to inspect it here.</param>
        /// <param name="requestId">The gateway's request id, or null (placeholder audio).</param>
        /// <param name="createdAt">When the audio was made.</param>
        /// <param name="reproducible">
        /// True when losing the entry costs nothing (a verified copy of a team-cache entry, which can be downloaded
        /// again): the cache then skips flushing it to disk before the rename. Paid audio is always flushed.
        /// </param>
        /// <exception cref="InvalidDataException"><paramref name="wav"/> is not a valid WAV.</exception>
        public TtsCacheProduction(TtsKeyedUtterance target, byte[] wav, WavInfo? audio, string? requestId, DateTimeOffset createdAt, bool reproducible)
        {
            IsReproducible = reproducible;
            Target = target ?? throw new ArgumentNullException(nameof(target));
            Wav = wav ?? throw new ArgumentNullException(nameof(wav));
            if (audio == null && !WavFile.TryInspect(wav, out audio, out string? problem))
            {
                throw new InvalidDataException("The produced audio is not a valid WAV (" + problem + "); nothing was cached.");
            }

            Audio = audio!;
            Metadata = new TtsCacheMetadata(target.Model, target.Utterance, requestId, createdAt, wav.LongLength, TtsCacheMetadata.ComputeSha256(wav));
        }

        /// <summary>The model and utterance the audio was made for.</summary>
        public TtsKeyedUtterance Target { get; }

        /// <summary>
        /// True when the audio can be had again at no cost (see the constructor): its entry is written whole-or-nothing
        /// as always, but not flushed to disk first. After a power cut such an entry may be missing or fail the reader's
        /// header and length check, and is then fetched again; it is never trusted half-written.
        /// </summary>
        public bool IsReproducible { get; }

        /// <summary>The WAV bytes.</summary>
#pragma warning disable CA1819 // The bytes are the product; a copy would double the memory of every line.
        public byte[] Wav { get; }
#pragma warning restore CA1819

        /// <summary>The WAV's format and duration.</summary>
        public WavInfo Audio { get; }

        /// <summary>The metadata written beside the WAV.</summary>
        public TtsCacheMetadata Metadata { get; }
    }
}
