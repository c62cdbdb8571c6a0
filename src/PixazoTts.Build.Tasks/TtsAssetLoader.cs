using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Reads and checks every <c>TtsAsset</c>: the same parser and the same catalog validation as the source generator,
/// so the build and the IDE never disagree on what is valid.
/// </summary>
internal static class TtsAssetLoader
{
    /// <summary>The metadata the targets put on every TtsAsset (Link if set, else the project-relative path).</summary>
    public const string RelativePathMetadata = "PixazoTtsRelativePath";

    /// <summary>Loads the scripts; every problem (read errors, script and naming diagnostics) goes to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<TtsAssetScript> Load(IReadOnlyList<ITaskItem> items, string projectDirectory, List<TtsDiagnostic> diagnostics)
    {
        var scripts = new List<TtsAssetScript>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string fullPath = item.GetMetadata("FullPath");
            if (!seen.Add(fullPath))
            {
                // The same file included twice (two globs) is one script, not a PTTS1102 clash with itself.
                continue;
            }

            string relativePath = GetRelativePath(item, fullPath, projectDirectory);
            if (TtsScriptPath.Check(fullPath, relativePath) is { } outside)
            {
                diagnostics.Add(outside);
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(fullPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.ScriptUnreadable, fullPath, null, exception.Message));
                continue;
            }

            var parseResult = TtsScriptParser.Parse(fullPath, bytes);
            diagnostics.AddRange(parseResult.Diagnostics);
            var itemDefaults = new TtsVoiceSettings(
                NullIfEmpty(item.GetMetadata("Voice")), NullIfEmpty(item.GetMetadata("Prompt")), NullIfEmpty(item.GetMetadata("LanguageCode")));
            scripts.Add(new TtsAssetScript(fullPath, relativePath, itemDefaults, parseResult)
            {
                ItemFinishing = ReadItemFinishing(item, relativePath, diagnostics),
            });
        }

        var catalogFiles = scripts
            .Where(script => script.ParseResult.Script is not null)
            .Select(script => new TtsCatalogFile(script.FullPath, script.RelativePath, script.ParseResult.Script!.Lines))
            .ToList();
        diagnostics.AddRange(TtsCatalogValidator.Validate(catalogFiles));
        return scripts;
    }

    /// <summary>Every line of every script with its defaults resolved, files in relative-path order, lines in file order.</summary>
    public static IReadOnlyList<TtsLineOccurrence> Resolve(IReadOnlyList<TtsAssetScript> scripts, TtsVoiceSettings projectDefaults)
    {
        var occurrences = new List<TtsLineOccurrence>();
        foreach (var script in scripts.OrderBy(s => s.RelativePath, StringComparer.Ordinal))
        {
            if (script.ParseResult.Script is not { } parsed)
            {
                continue;
            }

            foreach (var line in parsed.Lines)
            {
                var resolved = TtsLineResolver.Resolve(parsed, line, script.ItemDefaults, projectDefaults);
                occurrences.Add(new TtsLineOccurrence(script, line, resolved));
            }
        }

        return occurrences;
    }

    /// <summary>The item's finishing metadata; an invalid value is PTTS2202 (at the project: MSBuild gives no item position).</summary>
    private static TtsFinishingValues ReadItemFinishing(ITaskItem item, string relativePath, List<TtsDiagnostic> diagnostics) =>
        Pipeline.Finishing.FinishingValuesParser.Parse(
            string.Empty,
            item.GetMetadata("Loudness"),
            item.GetMetadata("TruePeak"),
            item.GetMetadata("TrimSilence"),
            item.GetMetadata("SampleRate"),
            item.GetMetadata("AudioFormat"),
            (name, value, allowed) => diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.InvalidFinishingMetadata, null, null, relativePath, name, value, allowed)));

    private static string GetRelativePath(ITaskItem item, string fullPath, string projectDirectory)
    {
        string relativePath = item.GetMetadata(RelativePathMetadata);
        if (string.IsNullOrEmpty(relativePath))
        {
            // Items added by a target after evaluation miss the metadata: compute it the way the targets do.
            string link = item.GetMetadata("Link");
            relativePath = string.IsNullOrEmpty(link) ? Path.GetRelativePath(projectDirectory, fullPath) : link;
        }

        return relativePath.Replace('\\', '/');
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
