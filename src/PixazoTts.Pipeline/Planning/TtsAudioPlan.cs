namespace PixazoTts.Pipeline.Planning;

/// <summary>What a build will do for its lines: plain data, made by <see cref="TtsAudioPlanner"/> from the cache as it is.</summary>
internal sealed class TtsAudioPlan
{
    public TtsAudioPlan(IReadOnlyList<TtsPlannedLine> lines, IReadOnlyList<TtsDiagnostic> diagnostics)
    {
        Lines = lines;
        Diagnostics = diagnostics;
        ToMake = lines.Where(l => l.IsToMake).ToList();
    }

    /// <summary>Every distinct line, in the order given.</summary>
    public IReadOnlyList<TtsPlannedLine> Lines { get; }

    /// <summary>The lines whose audio must be made in this build.</summary>
    public IReadOnlyList<TtsPlannedLine> ToMake { get; }

    /// <summary>Warnings found while looking (corrupt entries that were discarded).</summary>
    public IReadOnlyList<TtsDiagnostic> Diagnostics { get; }

    /// <summary>True when any line needs the gateway (and so an API key).</summary>
    public bool NeedsGateway => ToMake.Any(l => l.Source == TtsAudioSource.Gateway);

    /// <summary>The requests this plan makes to the gateway (what it pays for: <see cref="TtsCost"/>).</summary>
    public int GatewayRequests => ToMake.Count(l => l.Source == TtsAudioSource.Gateway);

    /// <summary>Distinct lines that were in the cache.</summary>
    public int CacheHits => Lines.Count - ToMake.Count;
}
