using System.Globalization;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Reads finishing values written as text: the MSBuild properties (<c>TtsLoudness</c>, <c>TtsTruePeak</c>,
/// <c>TtsTrimSilence</c>, <c>TtsSampleRate</c>, <c>TtsAudioFormat</c>) and the <c>TtsAsset</c> metadata of the same
/// names without <c>Tts</c>. Empty means not set. The build task and the CLI report the invalid ones
/// with their own codes and positions.
/// </summary>
public static class FinishingValuesParser
{
    /// <summary>The values of one level; an invalid value is reported and counts as not set.</summary>
    /// <param name="prefix"><c>Tts</c> for properties, empty for item metadata.</param>
    /// <param name="loudness">The loudness as written.</param>
    /// <param name="truePeak">The true peak as written.</param>
    /// <param name="trimSilence">The trim setting as written.</param>
    /// <param name="sampleRate">The sample rate as written.</param>
    /// <param name="format">The format as written.</param>
    /// <param name="invalid">Called with the setting's name, its value and what is allowed.</param>
    public static TtsFinishingValues Parse(
        string prefix, string? loudness, string? truePeak, string? trimSilence, string? sampleRate, string? format, Action<string, string, string> invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        TtsLoudnessTarget? loudnessValue = null;
        double? truePeakValue = null;
        bool? trimValue = null;
        int? rateValue = null;
        TtsAudioFormat? formatValue = null;
        if (!string.IsNullOrWhiteSpace(loudness))
        {
            if (TtsFinishingRules.TryParseLoudness(loudness, out var parsed)) { loudnessValue = parsed; }
            else { invalid(prefix + "Loudness", loudness, TtsFinishingRules.LoudnessAllowed); }
        }

        if (!string.IsNullOrWhiteSpace(truePeak))
        {
            if (TtsFinishingRules.TryParseTruePeak(truePeak, out double parsed)) { truePeakValue = parsed; }
            else { invalid(prefix + "TruePeak", truePeak, TtsFinishingRules.TruePeakAllowed); }
        }

        if (!string.IsNullOrWhiteSpace(trimSilence))
        {
            if (TtsFinishingRules.TryParseTrimSilence(trimSilence, out bool parsed)) { trimValue = parsed; }
            else { invalid(prefix + "TrimSilence", trimSilence, TtsFinishingRules.TrimSilenceAllowed); }
        }

        if (!string.IsNullOrWhiteSpace(sampleRate))
        {
            if (TtsFinishingRules.TryParseSampleRate(sampleRate, out int parsed)) { rateValue = parsed; }
            else { invalid(prefix + "SampleRate", sampleRate, TtsFinishingRules.SampleRateAllowed); }
        }

        if (!string.IsNullOrWhiteSpace(format))
        {
            if (TtsFinishingRules.TryParseFormat(format, out var parsed)) { formatValue = parsed; }
            else { invalid(prefix + "AudioFormat", format, TtsFinishingRules.FormatAllowed); }
        }

        return new TtsFinishingValues(loudnessValue, truePeakValue, trimValue, rateValue, formatValue);
    }

    /// <summary><c>TtsOpusBitrate</c>: bits per second from 6000 to 510000; empty gives 32000.</summary>
    public static int ParseOpusBitrate(string? value, Action<string, string, string> invalid)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        if (string.IsNullOrWhiteSpace(value))
        {
            return FinishingSettings.DefaultOpusBitrate;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int bitrate) &&
            bitrate is >= FinishingSettings.MinOpusBitrate and <= FinishingSettings.MaxOpusBitrate)
        {
            return bitrate;
        }

        invalid("TtsOpusBitrate", value, "bits per second from 6000 to 510000 (such as 32000)");
        return FinishingSettings.DefaultOpusBitrate;
    }
}
