using PixazoTts.Caching;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Decides, per distinct line, where its audio comes from in this build, looking in the cache first: real audio
/// (gateway key) wins wherever it exists, even without a key; placeholder audio is made or reused only when the gateway
/// cannot be asked.
/// </summary>
internal static class TtsAudioPlanner
{
    public static void Plan(IEnumerable<TtsDistinctLine> lines, TtsBuildSettings settings, TtsCache cache, List<TtsDiagnostic> diagnostics)
    {
        foreach (var line in lines)
        {
            if (settings.Provider != TtsProviderKind.Placeholder && TryUse(cache, line, line.GatewayKey, diagnostics))
            {
                line.Source = TtsAudioSource.CachedGateway;
                continue;
            }

            bool gatewayCanBeAsked = settings.Provider == TtsProviderKind.Pixazo
                || (settings.Provider == TtsProviderKind.Auto && settings.HasApiKey);
            if (gatewayCanBeAsked)
            {
                line.Source = TtsAudioSource.Gateway;
            }
            else if (TryUse(cache, line, line.PlaceholderKey, diagnostics))
            {
                line.Source = TtsAudioSource.CachedPlaceholder;
            }
            else
            {
                line.Source = TtsAudioSource.Placeholder;
            }
        }
    }

    private static bool TryUse(TtsCache cache, TtsDistinctLine line, string key, List<TtsDiagnostic> diagnostics)
    {
        var lookup = cache.Lookup(key);
        if (lookup.WasCorrupt)
        {
            var first = line.First;
            diagnostics.Add(new TtsDiagnostic(
                TtsDiagnosticDescriptors.CorruptCacheEntry, first.Script.FullPath, first.Line.IdSpan, first.Line.Id,
                (lookup.Problem ?? "its RIFF/WAVE header or length did not check out") + "; " + lookup.WavPath));
        }

        if (!lookup.Found)
        {
            return false;
        }

        line.CachedWavPath = lookup.WavPath;
        return true;
    }
}
