using System;

namespace PixazoTts
{
    /// <summary>
    /// The finishing values set at one level: a line, a file's top level, a <c>TtsAsset</c> item or the project. A null
    /// member is not set at this level and falls through to the next (DESIGN.md "Finishing": line, file, item, project).
    /// <see cref="SampleRate"/> and <see cref="Format"/> are never set on a line.
    /// </summary>
    public sealed class TtsFinishingValues : IEquatable<TtsFinishingValues>
    {
        /// <summary>Creates the values of one level.</summary>
        /// <param name="loudness"><c>loudness</c> / <c>TtsLoudness</c>, or null.</param>
        /// <param name="truePeak"><c>true_peak</c> / <c>TtsTruePeak</c> in dBTP, or null.</param>
        /// <param name="trimSilence"><c>trim_silence</c> / <c>TtsTrimSilence</c>, or null.</param>
        /// <param name="sampleRate"><c>sample_rate</c> / <c>TtsSampleRate</c>, or null.</param>
        /// <param name="format"><c>format</c> / <c>TtsAudioFormat</c>, or null.</param>
        public TtsFinishingValues(TtsLoudnessTarget? loudness, double? truePeak, bool? trimSilence, int? sampleRate, TtsAudioFormat? format)
        {
            Loudness = loudness;
            TruePeak = truePeak;
            TrimSilence = trimSilence;
            SampleRate = sampleRate;
            Format = format;
        }

        /// <summary>Nothing set at this level.</summary>
        public static TtsFinishingValues None { get; } = new TtsFinishingValues(null, null, null, null, null);

        /// <summary>The loudness target, or null.</summary>
        public TtsLoudnessTarget? Loudness { get; }

        /// <summary>The true-peak limit in dBTP, or null.</summary>
        public double? TruePeak { get; }

        /// <summary>Whether to trim leading and trailing silence, or null.</summary>
        public bool? TrimSilence { get; }

        /// <summary>The output sample rate, or null.</summary>
        public int? SampleRate { get; }

        /// <summary>The output format, or null.</summary>
        public TtsAudioFormat? Format { get; }

        /// <summary>True when nothing is set at this level.</summary>
        public bool IsEmpty => Loudness is null && TruePeak is null && TrimSilence is null && SampleRate is null && Format is null;

        /// <inheritdoc />
        public bool Equals(TtsFinishingValues? other) =>
            other is not null && Nullable.Equals(Loudness, other.Loudness) && Nullable.Equals(TruePeak, other.TruePeak) &&
            TrimSilence == other.TrimSilence && SampleRate == other.SampleRate && Format == other.Format;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsFinishingValues);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Loudness.GetHashCode();
                hash = (hash * 397) ^ TruePeak.GetHashCode();
                hash = (hash * 397) ^ TrimSilence.GetHashCode();
                hash = (hash * 397) ^ SampleRate.GetHashCode();
                return (hash * 397) ^ Format.GetHashCode();
            }
        }
    }
}
