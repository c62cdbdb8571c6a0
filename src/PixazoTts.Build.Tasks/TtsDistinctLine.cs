namespace PixazoTts.Build.Tasks;

/// <summary>
/// Every occurrence of one sound (same text, voice, prompt and language after defaults, in any file): it is looked up,
/// synthesized and paid for once.
/// </summary>
internal sealed class TtsDistinctLine
{
    public TtsDistinctLine(IReadOnlyList<TtsLineOccurrence> occurrences)
    {
        Occurrences = occurrences;
        Resolved = occurrences[0].Resolved;
        GatewayKey = Resolved.ComputeKey(TtsModels.Gateway);
        PlaceholderKey = Resolved.ComputeKey(TtsModels.Placeholder);
    }

    public IReadOnlyList<TtsLineOccurrence> Occurrences { get; }

    /// <summary>The first occurrence (files in relative-path order): the one errors and progress name.</summary>
    public TtsLineOccurrence First => Occurrences[0];

    public ResolvedTtsLine Resolved { get; }

    public string GatewayKey { get; }

    public string PlaceholderKey { get; }

    /// <summary>Where its audio comes from, decided by <see cref="TtsAudioPlanner"/>.</summary>
    public TtsAudioSource Source { get; set; }

    /// <summary>The cache entry's WAV once known (a hit, or after production).</summary>
    public string? CachedWavPath { get; set; }
}
