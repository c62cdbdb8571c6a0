namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// A finished line in the cache: the file to place in the output (the finished file, or the source WAV itself when
/// finishing changes nothing) and its measurements.
/// </summary>
public sealed record FinishedEntry(
    string Key, string AudioPath, long Bytes, long DurationMs, double? LoudnessLufs, double? TruePeakDbtp, double LoudnessShortfallLu, bool WasFinished)
{
    /// <summary>True when the true-peak limit kept the line more than 0.05 LU below its loudness target.</summary>
    public bool MissedTarget => LoudnessShortfallLu > 0.05;
}
