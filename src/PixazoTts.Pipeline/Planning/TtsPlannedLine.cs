namespace PixazoTts.Pipeline.Planning;

/// <summary>
/// One distinct line and where its audio comes from in this build: a cache entry already there
/// (<see cref="CachedWavPath"/> set) or one to make for <see cref="Target"/>.
/// </summary>
internal sealed record TtsPlannedLine(TtsDistinctLine Line, TtsAudioSource Source, TtsKeyedUtterance Target, string? CachedWavPath)
{
    /// <summary>True when the audio must be made in this build (gateway or placeholder voice).</summary>
    public bool IsToMake => Source is TtsAudioSource.Gateway or TtsAudioSource.Placeholder;
}
