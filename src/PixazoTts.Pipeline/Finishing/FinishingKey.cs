using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// The derived cache key of finished audio (contract, docs/contracts.md "Finished audio"): the lowercase hex SHA-256 of
/// the UTF-8 bytes of
/// <code>
/// "pixazo-tts-finish/1\n" + F("source", sourceKey) + F("loudness", loudness) + F("true_peak", truePeak)
///   + F("trim_silence", trim) + F("sample_rate", rate) + F("format", format) + F("opus_bitrate", bitrate)
/// </code>
/// with F as in the cache key. <c>loudness</c> is <c>off</c> or the target in invariant shortest round-trip form
/// (<c>-16</c>, <c>-23.5</c>); <c>true_peak</c> likewise, and empty when loudness is off (it changes nothing then);
/// <c>trim_silence</c> is <c>true</c> or <c>false</c>; <c>sample_rate</c> decimal; <c>format</c> <c>wav</c> or
/// <c>opus</c>; <c>opus_bitrate</c> decimal for Opus, empty for WAV. A setting that does not change the audio does
/// not change the key, so it never re-finishes.
/// </summary>
public static class FinishingKey
{
    /// <summary>The first line of the hashed input.</summary>
    public const string Prefix = "pixazo-tts-finish/1\n";

    /// <summary>The derived key of <paramref name="sourceKey"/>'s audio finished with <paramref name="settings"/>.</summary>
    public static string Compute(string sourceKey, FinishingSettings settings)
    {
        ArgumentNullException.ThrowIfNull(sourceKey);
        ArgumentNullException.ThrowIfNull(settings);
        var input = new StringBuilder(Prefix, 256);
        Field(input, "source", sourceKey);
        Field(input, "loudness", settings.Loudness.ToString());
        Field(input, "true_peak", settings.Loudness.IsOff ? string.Empty : settings.TruePeakDbtp.ToString("R", CultureInfo.InvariantCulture));
        Field(input, "trim_silence", settings.TrimSilence ? "true" : "false");
        Field(input, "sample_rate", settings.SampleRate.ToString(CultureInfo.InvariantCulture));
        Field(input, "format", settings.Format == TtsAudioFormat.Opus ? "opus" : "wav");
        Field(input, "opus_bitrate", settings.Format == TtsAudioFormat.Opus ? settings.OpusBitrate.ToString(CultureInfo.InvariantCulture) : string.Empty);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(input.ToString()));
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>The exact bytes hashed (for tests and documentation).</summary>
    internal static void Field(StringBuilder builder, string name, string value) =>
        builder.Append(name).Append(':').Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('\n');
}
