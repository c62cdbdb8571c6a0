namespace PixazoTts.Pipeline.Output;

/// <summary>
/// Keeps <c>obj/.../pixazotts/audio/</c> equal to the current lines: one file per line at its output path, a hard
/// link to (or a copy of) its cache entry; files of lines that no longer exist are deleted. The targets glob this folder
/// into the output, so it must hold exactly the current set.
/// </summary>
internal static class TtsAudioFolder
{
    /// <summary>Brings the folder up to date: each line's cache entry at each of its occurrences' output paths; returns how many files were (re)linked.</summary>
    public static int Update(string audioDirectory, IEnumerable<(TtsDistinctLine Line, string WavPath)> lines) =>
        Update(audioDirectory, lines.SelectMany(l => l.Line.Occurrences.Select(o => (o.OutputPath, l.WavPath))), []);

    /// <summary>
    /// Brings the folder up to date with explicit files (output path relative to the folder, cache file to place there),
    /// as finishing gives them; <paramref name="keep"/> names other files (relative) the folder keeps, such as the
    /// manifest. Returns how many files were (re)linked.
    /// </summary>
    public static int Update(string audioDirectory, IEnumerable<(string OutputPath, string File)> files, IReadOnlyCollection<string> keep)
    {
        string root = Path.GetFullPath(audioDirectory);
        Directory.CreateDirectory(root);
        var expected = new HashSet<string>(keep.Select(k => Path.GetFullPath(Path.Combine(root, k))), StringComparer.Ordinal);
        int written = 0;
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (outputPath, file) in files)
        {
            string target = Path.GetFullPath(Path.Combine(root, outputPath));
            if (expected.Add(target) && Place(file, target, folders))
            {
                written++;
            }
        }

        foreach (string file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            if (!expected.Contains(Path.GetFullPath(file)))
            {
                File.Delete(file);
            }
        }

        DeleteEmptyDirectories(root);
        return written;
    }

    /// <summary>
    /// Puts the cache entry at <paramref name="target"/> unless it is already there. "Already there" = same length and
    /// same last-write time as the entry: always true for a hard link (one file), true for a copy made here (its time is
    /// set to the entry's). A replaced file gets a fresh time (on the entry too, being the same file), so the SDK's
    /// PreserveNewest copy to bin/ sees it as newer even when the entry is older than the file it replaces.
    /// </summary>
    private static bool Place(string cacheFile, string target, HashSet<string> createdFolders)
    {
        var source = new FileInfo(cacheFile);
        var existing = new FileInfo(target);
        if (existing.Exists && existing.Length == source.Length && existing.LastWriteTimeUtc == source.LastWriteTimeUtc)
        {
            return false;
        }

        string folder = Path.GetDirectoryName(target)!;
        if (createdFolders.Add(folder))
        {
            // Once per folder, not per file (a clean build links 1,000 files into about 50 folders).
            Directory.CreateDirectory(folder);
        }

        if (existing.Exists)
        {
            File.Delete(target);
        }

        var now = DateTime.UtcNow;
        if (HardLink.TryCreate(cacheFile, target))
        {
            if (TryTouch(target, now))
            {
                return true;
            }

            // A read-only shared cache: the link cannot take a new time, so fall back to a private copy.
            File.Delete(target);
        }

        File.Copy(cacheFile, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, now);

        // Same time on the entry marks the copy as current next time; in a read-only cache it simply gets copied again.
        TryTouch(cacheFile, now);
        return true;
    }

    private static bool TryTouch(string path, DateTime time)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, time);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void DeleteEmptyDirectories(string root)
    {
        foreach (string directory in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
                     .OrderByDescending(d => d.Length))
        {
            if (!Directory.EnumerateFileSystemEntries(directory).Any())
            {
                Directory.Delete(directory);
            }
        }
    }
}
