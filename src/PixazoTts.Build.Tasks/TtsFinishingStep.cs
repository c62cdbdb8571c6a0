using System.Collections.Concurrent;
using System.Globalization;
using PixazoTts.Pipeline.Finishing;
using PixazoTts.Pipeline.Manifest;
using TtsManifestLine = PixazoTts.Pipeline.Manifest.TtsManifestLine;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Between the cache and the output folder: each line's settings resolved (line, file, item, project), each distinct
/// (source audio, settings) pair finished once through the finished-audio cache (so a changed setting costs
/// milliseconds and never a request), and the files and manifest lines the output folder gets.
/// </summary>
internal static class TtsFinishingStep
{
    /// <summary>Finishes every occurrence of <paramref name="lines"/>; failures become PTTS2203 at the line.</summary>
    public static TtsFinishingResult Run(
        IReadOnlyList<(TtsDistinctLine Line, string SourceKey, string SourceWavPath)> lines, TtsBuildSettings settings, string cacheRoot,
        List<TtsDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var cache = new FinishedAudioCache(cacheRoot);
        var occurrences = new List<(TtsLineOccurrence Occurrence, string GatewayKey, string SourceKey, string SourceWavPath, FinishingSettings Settings)>();
        foreach (var (line, sourceKey, sourceWavPath) in lines)
        {
            foreach (var occurrence in line.Occurrences)
            {
                var file = occurrence.Script.ParseResult.Script?.Finishing ?? TtsFinishingValues.None;
                var resolved = FinishingSettings.Resolve(occurrence.Line.Finishing, file, occurrence.Script.ItemFinishing, settings.Finishing, settings.OpusBitrate);
                occurrences.Add((occurrence, line.Gateway.Key, sourceKey, sourceWavPath, resolved));
            }
        }

        // One finishing per distinct (source, settings): lines shared by several files are finished once.
        var entries = new ConcurrentDictionary<(string, FinishingSettings), FinishedEntry?>();
        var failures = new ConcurrentBag<TtsDiagnostic>();
        var distinct = occurrences.GroupBy(o => (o.SourceKey, o.Settings)).Select(g => g.First()).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(distinct, options, item =>
        {
            try
            {
                entries[(item.SourceKey, item.Settings)] = cache.GetOrFinish(item.SourceKey, item.SourceWavPath, item.Settings);
            }
            catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or ArgumentException)
            {
                entries[(item.SourceKey, item.Settings)] = null;
                failures.Add(new TtsDiagnostic(
                    TtsDiagnosticDescriptors.FinishingFailed, item.Occurrence.Script.FullPath, item.Occurrence.Line.IdSpan, item.Occurrence.Line.Id, exception.Message));
            }
        });
        diagnostics.AddRange(failures.OrderBy(d => d.FilePath, StringComparer.Ordinal));

        var result = new TtsFinishingResult();
        string? firstShort = null;
        double worstShortfall = 0;
        int shortLines = 0;
        foreach (var (occurrence, gatewayKey, sourceKey, _, resolved) in occurrences)
        {
            if (entries[(sourceKey, resolved)] is not { } entry)
            {
                continue;
            }

            string outputPath = ChangeExtension(occurrence.OutputPath, resolved.Extension);
            result.Files.Add((outputPath, entry.AudioPath));
            var utterance = occurrence.Resolved.Utterance;
            result.Manifest.Add(new TtsManifestLine(
                occurrence.Line.Id, occurrence.Script.RelativePath, outputPath, utterance.Text, utterance.Voice, utterance.Prompt, utterance.LanguageCode,
                gatewayKey,
                entry.DurationMs, entry.LoudnessLufs, entry.TruePeakDbtp, entry.Bytes));
            if (entry.MissedTarget)
            {
                shortLines++;
                firstShort ??= outputPath;
                worstShortfall = Math.Max(worstShortfall, entry.LoudnessShortfallLu);
            }
        }

        result.Finished = entries.Values.Count(e => e is { WasFinished: true });
        if (shortLines > 0)
        {
            diagnostics.Add(new TtsDiagnostic(
                TtsDiagnosticDescriptors.LoudnessTargetNotReached, null, null, shortLines, worstShortfall.ToString("0.0", CultureInfo.InvariantCulture), firstShort!));
        }

        return result;
    }

    private static string ChangeExtension(string outputPath, string extension) =>
        outputPath.EndsWith(".wav", StringComparison.Ordinal) ? outputPath[..^4] + extension : outputPath + extension;
}

/// <summary>What <see cref="TtsFinishingStep"/> hands to the output folder and the manifest.</summary>
internal sealed class TtsFinishingResult
{
    /// <summary>Each output file (relative path, '/'-separated) and the cache file to place there.</summary>
    public List<(string OutputPath, string File)> Files { get; } = [];

    /// <summary>The manifest's lines.</summary>
    public List<TtsManifestLine> Manifest { get; } = [];

    /// <summary>Distinct (audio, settings) pairs finished in this build (the rest came from the finished-audio cache).</summary>
    public int Finished { get; set; }
}
