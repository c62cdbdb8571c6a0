using System.Collections.Concurrent;
using System.Globalization;
using PixazoTts.Pipeline.Manifest;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Between the cache and the output folder: each line's settings resolved (line, file, item, project), each distinct
/// (source audio, settings) pair finished once through the finished-audio cache (so a changed setting costs
/// milliseconds and never a request), and the files and manifest lines the output folder gets. One step for both front
/// ends: the build task places the files in <c>obj/</c> (and so <c>bin/</c>), <c>pixazo-tts sync</c> in its output
/// folder and <c>pixazo-tts review</c> in its page, so they get the same finished bytes and the same manifest.
/// </summary>
internal static class TtsFinishingStep
{
    /// <summary>Finishes every line of <paramref name="plan"/> once its audio is in the cache (after production).</summary>
    public static TtsFinishingResult Run(
        TtsAudioPlan plan, TtsProductionReport report, TtsBuildSettings settings, List<TtsDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);
        var sources = plan.Lines
            .Select(l => new TtsFinishingSource(
                l.Line, l.Target.Key, l.CachedWavPath ?? report.WavPaths[l.Line], l.Source is TtsAudioSource.Placeholder or TtsAudioSource.CachedPlaceholder))
            .ToList();
        return Run(sources, settings, settings.CacheRoot, diagnostics, cancellationToken);
    }

    /// <summary>Finishes every occurrence of <paramref name="lines"/>; failures become PTTS2203 at the line.</summary>
    public static TtsFinishingResult Run(
        IReadOnlyList<TtsFinishingSource> lines, TtsBuildSettings settings, string cacheRoot, List<TtsDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var cache = new FinishedAudioCache(cacheRoot);
        var occurrences = new List<(TtsLineOccurrence Occurrence, TtsFinishingSource Source, FinishingSettings Settings)>();
        foreach (var source in lines)
        {
            foreach (var occurrence in source.Line.Occurrences)
            {
                var file = occurrence.Script.ParseResult.Script?.Finishing ?? TtsFinishingValues.None;
                var resolved = FinishingSettings.Resolve(occurrence.Line.Finishing, file, occurrence.Script.ItemFinishing, settings.Finishing, settings.OpusBitrate);
                occurrences.Add((occurrence, source, resolved));
            }
        }

        // One finishing per distinct (source, settings): lines shared by several files are finished once.
        var entries = new ConcurrentDictionary<(string, FinishingSettings), FinishedEntry?>();
        var failures = new ConcurrentBag<TtsDiagnostic>();
        var distinct = occurrences.GroupBy(o => (o.Source.SourceKey, o.Settings)).Select(g => g.First()).ToList();
        var options = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(distinct, options, item =>
        {
            try
            {
                entries[(item.Source.SourceKey, item.Settings)] = cache.GetOrFinish(item.Source.SourceKey, item.Source.SourceWavPath, item.Settings);
            }
            catch (Exception exception) when (exception is InvalidDataException or InvalidOperationException or ArgumentException)
            {
                entries[(item.Source.SourceKey, item.Settings)] = null;
                failures.Add(new TtsDiagnostic(
                    TtsDiagnosticDescriptors.FinishingFailed, item.Occurrence.Script.FullPath, item.Occurrence.Line.IdSpan, item.Occurrence.Line.Id, exception.Message));
            }
        });
        diagnostics.AddRange(failures.OrderBy(d => d.FilePath, StringComparer.Ordinal));

        var result = new TtsFinishingResult();
        string? firstShort = null;
        double worstShortfall = 0;
        int shortLines = 0;
        foreach (var (occurrence, source, resolved) in occurrences)
        {
            if (entries[(source.SourceKey, resolved)] is not { } entry)
            {
                continue;
            }

            string outputPath = ChangeExtension(occurrence.OutputPath, resolved.Extension);
            var utterance = occurrence.Resolved.Utterance;
            var manifestLine = new TtsManifestLine(
                occurrence.Line.Id, occurrence.Script.RelativePath, outputPath, occurrence.Line.Text, utterance.Voice, utterance.Prompt, utterance.LanguageCode,
                source.Line.Gateway.Key, entry.DurationMs, entry.LoudnessLufs, entry.TruePeakDbtp, entry.Bytes, source.IsPlaceholder);
            result.Lines.Add(new TtsFinishedLine(occurrence, outputPath, entry, manifestLine));
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

/// <summary>A distinct line whose audio is in the cache: its source key (gateway's, or the placeholder voice's) and file.</summary>
internal sealed record TtsFinishingSource(TtsDistinctLine Line, string SourceKey, string SourceWavPath, bool IsPlaceholder);

/// <summary>One occurrence finished: where it goes (extension after the format), the finished entry, its manifest line.</summary>
internal sealed record TtsFinishedLine(TtsLineOccurrence Occurrence, string OutputPath, FinishedEntry Entry, TtsManifestLine Manifest);

/// <summary>What <see cref="TtsFinishingStep"/> hands to the output folder and the manifest.</summary>
internal sealed class TtsFinishingResult
{
    /// <summary>Every occurrence that was finished, in the order of the lines given.</summary>
    public List<TtsFinishedLine> Lines { get; } = [];

    /// <summary>Each output file (relative path, '/'-separated) and the cache file to place there.</summary>
    public IEnumerable<(string OutputPath, string File)> Files => Lines.Select(l => (l.OutputPath, l.Entry.AudioPath));

    /// <summary>The manifest's lines.</summary>
    public IEnumerable<TtsManifestLine> Manifest => Lines.Select(l => l.Manifest);

    /// <summary>Distinct (audio, settings) pairs finished in this run (the rest came from the finished-audio cache).</summary>
    public int Finished { get; set; }
}
