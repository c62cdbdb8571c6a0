using System.Globalization;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// How one line is finished, after precedence (line, file, item, project, default). What the finished audio depends
/// on, and nothing else, goes into <see cref="FinishingKey"/>.
/// </summary>
public sealed record FinishingSettings(
    TtsLoudnessTarget Loudness, double TruePeakDbtp, bool TrimSilence, int SampleRate, TtsAudioFormat Format, int OpusBitrate)
{
    /// <summary>The default <c>TtsOpusBitrate</c>: 32 kbit/s, transparent enough for speech.</summary>
    public const int DefaultOpusBitrate = 32000;

    /// <summary>The lowest <c>TtsOpusBitrate</c> Opus codes.</summary>
    public const int MinOpusBitrate = 6000;

    /// <summary>The highest <c>TtsOpusBitrate</c> Opus codes.</summary>
    public const int MaxOpusBitrate = 510000;

    /// <summary>Every default: the gateway's audio as it is.</summary>
    public static FinishingSettings Default { get; } = new(
        TtsLoudnessTarget.Off, TtsFinishingRules.DefaultTruePeak, false, TtsFinishingRules.DefaultSampleRate, TtsAudioFormat.Wav, DefaultOpusBitrate);

    /// <summary>The output file's extension, with its dot.</summary>
    public string Extension => TtsFinishingRules.GetExtension(Format);

    /// <summary>True when finishing leaves 24 kHz 16-bit WAV audio exactly as it is (the source file is used).</summary>
    public bool LeavesSourceAsIs(int sourceRate) =>
        Loudness.IsOff && !TrimSilence && SampleRate == sourceRate && Format == TtsAudioFormat.Wav;

    /// <summary>Applies the precedence line, file, item, project; what none sets takes the default.</summary>
    public static FinishingSettings Resolve(
        TtsFinishingValues line, TtsFinishingValues file, TtsFinishingValues item, TtsFinishingValues project, int opusBitrate)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(project);
        return new FinishingSettings(
            line.Loudness ?? file.Loudness ?? item.Loudness ?? project.Loudness ?? TtsLoudnessTarget.Off,
            line.TruePeak ?? file.TruePeak ?? item.TruePeak ?? project.TruePeak ?? TtsFinishingRules.DefaultTruePeak,
            line.TrimSilence ?? file.TrimSilence ?? item.TrimSilence ?? project.TrimSilence ?? false,
            file.SampleRate ?? item.SampleRate ?? project.SampleRate ?? TtsFinishingRules.DefaultSampleRate,
            file.Format ?? item.Format ?? project.Format ?? TtsAudioFormat.Wav,
            opusBitrate);
    }

    /// <summary>For logs: the settings as they would be written.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"loudness {Loudness}, true peak {TruePeakDbtp} dBTP, trim {TrimSilence}, {SampleRate} Hz, {Format}{(Format == TtsAudioFormat.Opus ? " " + OpusBitrate + " bit/s" : string.Empty)}");
}
