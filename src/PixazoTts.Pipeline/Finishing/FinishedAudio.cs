namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// A finished line: its bytes (null when the source WAV is used as it is) and what the manifest reports about it.
/// Loudness and true peak are measured on the finished PCM (before Opus coding); null for silence.
/// </summary>
public sealed record FinishedAudio(
    byte[]? Bytes, long DurationMs, double? LoudnessLufs, double? TruePeakDbtp, double LoudnessShortfallLu)
{
    /// <summary>True when the true-peak limit kept the line more than 0.05 LU below its loudness target.</summary>
    public bool MissedTarget => LoudnessShortfallLu > 0.05;
}
