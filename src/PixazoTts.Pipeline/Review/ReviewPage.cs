using System.Text;

namespace PixazoTts.Pipeline.Review;

/// <summary>
/// Writes the review page: <c>DIR/index.html</c>, a static page that opens from disk with no server and lists every
/// line with its audio, waveform, status against the previous review in DIR and cost. The audio is copied into
/// <c>DIR/audio/&lt;key&gt;.&lt;ext&gt;</c> and referenced relatively, so the folder can be zipped or moved as it is.
/// </summary>
public static class ReviewPage
{
    /// <summary>
    /// Writes (or rewrites) the page for <paramref name="lines"/> into <paramref name="outputDirectory"/>. A line is
    /// new when the previous review in that folder had no line with its script and id, changed when it had one with
    /// another key. Audio files an earlier review wrote that no line uses any more are removed; no other file is.
    /// </summary>
    /// <param name="lines">The lines, in the order the page lists them; script + id must be unique.</param>
    /// <param name="outputDirectory">The folder to write (created when missing).</param>
    /// <returns>The page's path and its counts.</returns>
    /// <exception cref="ArgumentException">A line is malformed (no text, a malformed key, a relative audio path) or
    /// two lines share a script and id.</exception>
    /// <exception cref="IOException">A line's audio file cannot be read, or the folder cannot be written.</exception>
    public static ReviewPageResult Write(IReadOnlyList<ReviewLine> lines, string outputDirectory)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentException.ThrowIfNullOrEmpty(outputDirectory);
        var extensions = Validate(lines);

        var directory = Path.GetFullPath(outputDirectory);
        var audioDirectory = Path.Combine(directory, ReviewFiles.AudioFolder);
        Directory.CreateDirectory(audioDirectory);

        var previous = ReviewState.Read(directory);
        var previousKeys = previous?.KeysByLine();

        var audioByName = new Dictionary<string, ReviewAudio>(StringComparer.Ordinal);
        var pageLines = new List<ReviewPageLine>(lines.Count);
        var statuses = new List<ReviewStatus>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var audioKey = line.AudioKey ?? line.Key;
            var name = ReviewFiles.AudioName(audioKey, extensions[i]);
            if (!audioByName.TryGetValue(name, out var audio))
            {
                audio = CopyAndAnalyze(line, Path.Combine(audioDirectory, audioKey + extensions[i]), extensions[i]);
                audioByName.Add(name, audio);
            }

            var status = ReviewState.Classify(previousKeys, line);
            statuses.Add(status);
            pageLines.Add(new ReviewPageLine(
                line.Script,
                line.Id,
                line.Text,
                line.Voice,
                line.Prompt,
                line.LanguageCode,
                ReviewFormat.LangAttribute(line.LanguageCode),
                line.Key,
                name,
                line.IsPlaceholder,
                line.CostUsd,
                ReviewFormat.Usd(line.CostUsd),
                ReviewFormat.StatusName(status),
                audio.DurationSeconds,
                audio.Peaks,
                audio.Problem));
        }

        var current = new HashSet<(string, string)>(lines.Select(l => (l.Script, l.Id)));
        var removed = previous?.Lines
            .Where(l => !current.Contains((l.Script, l.Id)))
            .Select(l => new ReviewRemovedLine(l.Script, l.Id))
            .ToList() ?? new List<ReviewRemovedLine>();

        var totalCost = lines.Sum(l => l.CostUsd);
        var summary = new ReviewPageSummary(
            lines.Count,
            statuses.Count(s => s == ReviewStatus.New),
            statuses.Count(s => s == ReviewStatus.Changed),
            statuses.Count(s => s == ReviewStatus.Unchanged),
            lines.Count(l => l.IsPlaceholder),
            lines.Count(l => !l.IsPlaceholder),
            pageLines.Sum(l => l.DurationSeconds ?? 0),
            totalCost,
            ReviewFormat.Usd(totalCost));

        var html = ReviewPageHtml.Render(new ReviewPageData(previous is null, summary, removed, pageLines));
        var indexPath = Path.Combine(directory, ReviewFiles.IndexFileName);
        ReviewFiles.WriteAtomically(indexPath, Encoding.UTF8.GetBytes(html));

        RemoveUnusedAudio(directory, previous, audioByName.Keys);
        new ReviewState(
            lines.Select(l => new ReviewStateLine(l.Script, l.Id, l.Key)).ToList(),
            audioByName.Keys.Order(StringComparer.Ordinal).ToList()).Write(directory);

        return new ReviewPageResult(indexPath, lines.Count, summary.New, summary.Changed);
    }

    // Checks every line before anything is written, so a bad line leaves the folder as it was.
    private static string[] Validate(IReadOnlyList<ReviewLine> lines)
    {
        var extensions = new string[lines.Count];
        var seen = new HashSet<(string, string)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i] ?? throw new ArgumentException($"Line {i} is null.", nameof(lines));
            if (line.Script is null || line.Id is null || line.Text is null || line.Key is null || line.AudioPath is null)
            {
                throw new ArgumentException($"Line {i} ('{line.Id}' in '{line.Script}') lacks its script, id, text, key or audio path.", nameof(lines));
            }

            if (!TtsCacheKey.IsWellFormed(line.Key))
            {
                throw new ArgumentException($"Line '{line.Id}' in '{line.Script}' has a malformed key '{line.Key}' (expected 64 lowercase hex digits).", nameof(lines));
            }

            if (line.AudioKey is not null && !TtsCacheKey.IsWellFormed(line.AudioKey))
            {
                throw new ArgumentException($"Line '{line.Id}' in '{line.Script}' has a malformed audio key '{line.AudioKey}' (expected 64 lowercase hex digits).", nameof(lines));
            }

            if (!Path.IsPathFullyQualified(line.AudioPath))
            {
                throw new ArgumentException($"Line '{line.Id}' in '{line.Script}': the audio path '{line.AudioPath}' is not absolute.", nameof(lines));
            }

            if (!ReviewFiles.TryGetAudioExtension(line.AudioPath, out extensions[i]))
            {
                throw new ArgumentException($"Line '{line.Id}' in '{line.Script}': the audio file '{line.AudioPath}' has no plain extension such as .wav.", nameof(lines));
            }

            if (!seen.Add((line.Script, line.Id)))
            {
                throw new ArgumentException($"Line '{line.Id}' in '{line.Script}' is given twice.", nameof(lines));
            }
        }

        return extensions;
    }

    private static ReviewAudio CopyAndAnalyze(ReviewLine line, string destination, string extension)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(line.AudioPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"The audio of line '{line.Id}' in '{line.Script}' cannot be read: {e.Message}", e);
        }

        // A key names its audio for good: an identical copy is left as it is (and keeps its time stamp).
        if (!HasContent(destination, bytes))
        {
            ReviewFiles.WriteAtomically(destination, bytes);
        }

        return ReviewAudio.Analyze(bytes, extension);
    }

    private static bool HasContent(string path, byte[] bytes)
    {
        var file = new FileInfo(path);
        return file.Exists && file.Length == bytes.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes);
    }

    private static void RemoveUnusedAudio(string directory, ReviewState? previous, IEnumerable<string> used)
    {
        if (previous is null)
        {
            return;
        }

        var keep = new HashSet<string>(used, StringComparer.Ordinal);
        foreach (var name in previous.Audio)
        {
            if (keep.Contains(name) || !ReviewFiles.IsOwnAudioName(name))
            {
                continue;
            }

            var path = Path.Combine(directory, ReviewFiles.AudioFolder, name[(ReviewFiles.AudioFolder.Length + 1)..]);
            File.Delete(path);
        }
    }
}
