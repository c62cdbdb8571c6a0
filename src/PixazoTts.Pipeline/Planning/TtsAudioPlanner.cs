using PixazoTts.Caching;

namespace PixazoTts.Pipeline.Planning;

/// <summary>
/// Decides, per distinct line, where its audio comes from in this build, looking in the cache first: real audio
/// (gateway key) wins wherever it exists, even without a key; placeholder audio is made or reused only when the gateway
/// cannot be asked. It reads the cache and returns a plan; it changes nothing.
/// </summary>
internal static class TtsAudioPlanner
{
    public static TtsAudioPlan Plan(IEnumerable<TtsDistinctLine> lines, TtsProviderKind provider, bool hasApiKey, TtsCache cache)
    {
        var planned = new List<TtsPlannedLine>();
        var diagnostics = new List<TtsDiagnostic>();
        bool gatewayCanBeAsked = provider == TtsProviderKind.Pixazo || (provider == TtsProviderKind.Auto && hasApiKey);
        foreach (var line in lines)
        {
            if (provider != TtsProviderKind.Placeholder && Find(cache, line, line.Gateway, diagnostics) is { } real)
            {
                planned.Add(new TtsPlannedLine(line, TtsAudioSource.CachedGateway, line.Gateway, real));
            }
            else if (gatewayCanBeAsked)
            {
                planned.Add(new TtsPlannedLine(line, TtsAudioSource.Gateway, line.Gateway, null));
            }
            else if (Find(cache, line, line.Placeholder, diagnostics) is { } placeholder)
            {
                planned.Add(new TtsPlannedLine(line, TtsAudioSource.CachedPlaceholder, line.Placeholder, placeholder));
            }
            else
            {
                planned.Add(new TtsPlannedLine(line, TtsAudioSource.Placeholder, line.Placeholder, null));
            }
        }

        return new TtsAudioPlan(planned, diagnostics);
    }

    private static string? Find(TtsCache cache, TtsDistinctLine line, TtsKeyedUtterance target, List<TtsDiagnostic> diagnostics)
    {
        var lookup = cache.Lookup(target.Key);
        if (lookup.WasCorrupt)
        {
            var first = line.First;
            diagnostics.Add(new TtsDiagnostic(
                TtsDiagnosticDescriptors.CorruptCacheEntry, first.Script.FullPath, first.Line.IdSpan, first.Line.Id,
                (lookup.Problem ?? "its RIFF/WAVE header or length did not check out") + "; " + lookup.WavPath));
        }

        return lookup.Found ? lookup.WavPath : null;
    }
}
