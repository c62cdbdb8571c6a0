namespace PixazoTts.Pipeline.Planning;

/// <summary>
/// Reads and checks every <c>TtsAsset</c>: the same parser and the same catalog validation as the source generator,
/// so the build and the IDE never disagree on what is valid.
/// </summary>
internal static class TtsAssetLoader
{
    /// <summary>Loads the scripts; every problem (read errors, script and naming diagnostics) goes to <paramref name="diagnostics"/>.</summary>
    public static IReadOnlyList<TtsAssetScript> Load(IReadOnlyList<TtsAssetInput> items, List<TtsDiagnostic> diagnostics)
    {
        var scripts = new List<TtsAssetScript>(items.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            string fullPath = item.FullPath;
            if (!seen.Add(fullPath))
            {
                // The same file included twice (two globs) is one script, not a PTTS1102 clash with itself.
                continue;
            }

            string relativePath = item.RelativePath.Replace('\\', '/');
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
            scripts.Add(new TtsAssetScript(fullPath, relativePath, item.ItemDefaults, parseResult));
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
}
