using System;
using System.Globalization;

namespace PixazoTts
{
    /// <summary>
    /// The allowed finishing values and how they are written, shared by the script reader (JSON numbers, booleans and
    /// strings), the build task (MSBuild properties and item metadata) and the generator (the output extension), so a
    /// value means the same wherever it is set.
    /// </summary>
    public static class TtsFinishingRules
    {
        /// <summary>The quietest loudness target, LUFS.</summary>
        public const double MinLoudness = -70;

        /// <summary>The loudest loudness target, LUFS.</summary>
        public const double MaxLoudness = -5;

        /// <summary>The lowest true-peak limit, dBTP.</summary>
        public const double MinTruePeak = -20;

        /// <summary>The highest true-peak limit, dBTP (0 dBTP is full scale).</summary>
        public const double MaxTruePeak = 0;

        /// <summary>The default true-peak limit, dBTP.</summary>
        public const double DefaultTruePeak = -1;

        /// <summary>The sample rate the gateway delivers (the default: no resampling).</summary>
        public const int DefaultSampleRate = 24000;

        /// <summary>What an allowed loudness is, for messages.</summary>
        public const string LoudnessAllowed = "a loudness in LUFS from -70 to -5 (such as -16), or \"off\"";

        /// <summary>What an allowed true peak is, for messages.</summary>
        public const string TruePeakAllowed = "a true-peak limit in dBTP from -20 to 0 (such as -1)";

        /// <summary>What an allowed trim setting is, for messages.</summary>
        public const string TrimSilenceAllowed = "true or false";

        /// <summary>What an allowed sample rate is, for messages.</summary>
        public const string SampleRateAllowed = "24000, 44100 or 48000";

        /// <summary>What an allowed format is, for messages.</summary>
        public const string FormatAllowed = "wav or opus";

        /// <summary>True for a loudness target inside the allowed range.</summary>
        /// <param name="lufs">The target.</param>
        public static bool IsValidLoudness(double lufs) => lufs >= MinLoudness && lufs <= MaxLoudness;

        /// <summary>True for a true-peak limit inside the allowed range.</summary>
        /// <param name="dbtp">The limit.</param>
        public static bool IsValidTruePeak(double dbtp) => dbtp >= MinTruePeak && dbtp <= MaxTruePeak;

        /// <summary>True for 24000, 44100 or 48000.</summary>
        /// <param name="hertz">The rate.</param>
        public static bool IsValidSampleRate(long hertz) => hertz == 24000 || hertz == 44100 || hertz == 48000;

        /// <summary>Parses <c>off</c> or a number in range (invariant culture, surrounding spaces allowed).</summary>
        /// <param name="text">The setting as written.</param>
        /// <param name="target">The target.</param>
        public static bool TryParseLoudness(string text, out TtsLoudnessTarget target)
        {
            target = TtsLoudnessTarget.Off;
            string trimmed = (text ?? string.Empty).Trim();
            if (string.Equals(trimmed, "off", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (TryParseNumber(trimmed, out double lufs) && IsValidLoudness(lufs))
            {
                target = TtsLoudnessTarget.Target(lufs);
                return true;
            }

            return false;
        }

        /// <summary>Parses a true-peak limit in range.</summary>
        /// <param name="text">The setting as written.</param>
        /// <param name="dbtp">The limit.</param>
        public static bool TryParseTruePeak(string text, out double dbtp) =>
            TryParseNumber((text ?? string.Empty).Trim(), out dbtp) && IsValidTruePeak(dbtp);

        /// <summary>Parses <c>true</c> or <c>false</c> (any case).</summary>
        /// <param name="text">The setting as written.</param>
        /// <param name="trim">The value.</param>
        public static bool TryParseTrimSilence(string text, out bool trim) => bool.TryParse((text ?? string.Empty).Trim(), out trim);

        /// <summary>Parses 24000, 44100 or 48000.</summary>
        /// <param name="text">The setting as written.</param>
        /// <param name="hertz">The rate.</param>
        public static bool TryParseSampleRate(string text, out int hertz) =>
            int.TryParse((text ?? string.Empty).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out hertz) && IsValidSampleRate(hertz);

        /// <summary>Parses <c>wav</c> or <c>opus</c> (any case).</summary>
        /// <param name="text">The setting as written.</param>
        /// <param name="format">The format.</param>
        public static bool TryParseFormat(string text, out TtsAudioFormat format)
        {
            string trimmed = (text ?? string.Empty).Trim();
            if (string.Equals(trimmed, "wav", StringComparison.OrdinalIgnoreCase))
            {
                format = TtsAudioFormat.Wav;
                return true;
            }

            format = TtsAudioFormat.Opus;
            return string.Equals(trimmed, "opus", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The file extension of a format, with its dot: <c>.wav</c>, <c>.opus</c>.</summary>
        /// <param name="format">The format.</param>
        public static string GetExtension(TtsAudioFormat format) => format == TtsAudioFormat.Opus ? ".opus" : ".wav";

        /// <summary>
        /// The output format of a line of a file: the file's <c>format</c>, else the item's <c>AudioFormat</c>, else the
        /// project's <c>TtsAudioFormat</c>, else WAV. An item or project value that does not parse counts as not set
        /// here (the build task reports it).
        /// </summary>
        /// <param name="file">The file's own value, or null.</param>
        /// <param name="item">The item metadata as written, or null/empty.</param>
        /// <param name="project">The project property as written, or null/empty.</param>
        public static TtsAudioFormat ResolveFormat(TtsAudioFormat? file, string? item, string? project)
        {
            if (file is { } own)
            {
                return own;
            }

            if (!string.IsNullOrWhiteSpace(item) && TryParseFormat(item!, out var fromItem))
            {
                return fromItem;
            }

            return !string.IsNullOrWhiteSpace(project) && TryParseFormat(project!, out var fromProject) ? fromProject : TtsAudioFormat.Wav;
        }

        private static bool TryParseNumber(string text, out double value) =>
            double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value) &&
            !double.IsNaN(value) && !double.IsInfinity(value);
    }
}
