using System;
using System.Globalization;

namespace PixazoTts
{
    /// <summary>A loudness setting: a target integrated loudness in LUFS, or <c>off</c> (keep the gateway's level).</summary>
    public readonly struct TtsLoudnessTarget : IEquatable<TtsLoudnessTarget>
    {
        private TtsLoudnessTarget(bool isOff, double lufs)
        {
            IsOff = isOff;
            Lufs = lufs;
        }

        /// <summary><c>off</c>: no loudness normalization.</summary>
        public static TtsLoudnessTarget Off => new TtsLoudnessTarget(true, 0);

        /// <summary>True for <c>off</c>.</summary>
        public bool IsOff { get; }

        /// <summary>The target in LUFS (meaningless when <see cref="IsOff"/>).</summary>
        public double Lufs { get; }

        /// <summary>A target of <paramref name="lufs"/> LUFS.</summary>
        /// <param name="lufs">The integrated loudness to reach.</param>
        public static TtsLoudnessTarget Target(double lufs) => new TtsLoudnessTarget(false, lufs);

        /// <inheritdoc />
        public bool Equals(TtsLoudnessTarget other) => IsOff == other.IsOff && (IsOff || Lufs.Equals(other.Lufs));

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is TtsLoudnessTarget other && Equals(other);

        /// <summary>Equality of two settings.</summary>
        public static bool operator ==(TtsLoudnessTarget left, TtsLoudnessTarget right) => left.Equals(right);

        /// <summary>Inequality of two settings.</summary>
        public static bool operator !=(TtsLoudnessTarget left, TtsLoudnessTarget right) => !left.Equals(right);

        /// <inheritdoc />
        public override int GetHashCode() => IsOff ? 1 : Lufs.GetHashCode();

        /// <summary><c>off</c>, or the number as written in a setting (invariant, shortest round-trip form).</summary>
        public override string ToString() => IsOff ? "off" : Lufs.ToString("R", CultureInfo.InvariantCulture);
    }
}
