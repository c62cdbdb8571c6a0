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
            scripts.Add(new TtsAssetScript(fullPath, relativePath, item.ItemDefaults, parseResult)
            {
                ItemFinishing = ReadItemFinishing(item.Finishing, relativePath, diagnostics),
            });
        }

        var catalogFiles = scripts
            .Where(script => script.ParseResult.Script is not null)
            .Select(script => new TtsCatalogFile(script.FullPath, script.RelativePath, script.ParseResult.Script!.Lines))
            .ToList();
        diagnostics.AddRange(TtsCatalogValidator.Validate(catalogFiles));
        return scripts;
    }

    /// <summary>The item's finishing metadata; an invalid value is PTTS2202 (at the project: MSBuild gives no item position).</summary>
    private static TtsFinishingValues ReadItemFinishing(TtsItemFinishingMetadata item, string relativePath, List<TtsDiagnostic> diagnostics) =>
        PixazoTts.Pipeline.Finishing.FinishingValuesParser.Parse(
            string.Empty,
            item.Loudness,
            item.TruePeak,
            item.TrimSilence,
            item.SampleRate,
            item.AudioFormat,
            (name, value, allowed) => diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.InvalidFinishingMetadata, null, null, relativePath, name, value, allowed)));

    /// <summary>
    /// Reads the <c>TtsCast</c> files and puts them together; their diagnostics (each file's, and those between files)
    /// go to <paramref name="diagnostics"/>. No files: <see cref="TtsCast.None"/>.
    /// </summary>
    /// <param name="fullPaths">The cast files' full paths (the task's <c>TtsCast</c> items, the CLI's project or options).</param>
    /// <param name="diagnostics">Receives every problem.</param>
    public static TtsCast LoadCast(IReadOnlyList<string> fullPaths, List<TtsDiagnostic> diagnostics)
    {
        var files = new List<TtsCastFile>(fullPaths.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string fullPath in fullPaths)
        {
            if (!seen.Add(fullPath))
            {
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(fullPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.CastUnreadable, fullPath, null, exception.Message));
                continue;
            }

            files.Add(TtsCastParser.Parse(fullPath, bytes));
        }

        foreach (var file in files.OrderBy(f => f.FilePath, StringComparer.Ordinal))
        {
            diagnostics.AddRange(file.Diagnostics);
        }

        var cast = TtsCast.Merge(files);
        diagnostics.AddRange(cast.Diagnostics);
        return cast;
    }

    /// <summary>
    /// Binds every script to the cast (speakers, lexicon); unknown speakers and unused lexicon entries go to
    /// <paramref name="diagnostics"/>. The bindings are kept on the scripts for <see cref="Resolve"/>.
    /// </summary>
    public static void Bind(IReadOnlyList<TtsAssetScript> scripts, TtsCast cast, List<TtsDiagnostic> diagnostics)
    {
        var usedCastWords = new List<IReadOnlyList<string>>();
        foreach (var script in scripts)
        {
            if (script.ParseResult.Script is not { } parsed)
            {
                continue;
            }

            script.Binding = TtsCastBinder.Bind(script.FullPath, parsed, cast);
            diagnostics.AddRange(script.Binding.Diagnostics);
            usedCastWords.Add(script.Binding.UsedCastWords);
        }

        diagnostics.AddRange(TtsCastBinder.FindUnusedCastEntries(cast, usedCastWords));
        diagnostics.AddRange(TtsCastBinder.FindCastClassClashes(
            cast, scripts.Where(s => s.ParseResult.Script is not null).Select(s => (s.FullPath, s.RelativePath))));
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

            for (int i = 0; i < parsed.Lines.Count; i++)
            {
                var line = parsed.Lines[i];
                var binding = script.Binding?.Lines[i] ?? TtsLineBinding.Unbound(line);
                var resolved = TtsLineResolver.Resolve(parsed, line, binding, script.ItemDefaults, projectDefaults);
                occurrences.Add(new TtsLineOccurrence(script, line, resolved));
            }
        }

        return occurrences;
    }
}
