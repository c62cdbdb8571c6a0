using PixazoTts.Audio;

namespace PixazoTts.Pipeline.Output;

/// <summary>
/// An output folder that a tool other than MSBuild owns (<c>pixazo-tts sync --out DIR</c>): each line's audio at
/// <c>DIR/&lt;dir&gt;/&lt;name&gt;/&lt;id&gt;.wav</c> exactly as the build lays out <c>bin/</c>, and the manifest. Unlike the
/// build's <c>obj/</c> folder it may hold the user's own files, so it deletes only what its previous manifest listed
/// and no line produces any more, and never overwrites a file that manifest did not list (unless it already has the
/// same bytes). Files are copies, not hard links: a game engine that rewrites an imported file must not change the cache.
/// </summary>
internal static class TtsExportFolder
{
    /// <summary>One file to place: the line, its output path, the cache entry, whether it is placeholder audio.</summary>
    public sealed record Placement(TtsLineOccurrence Occurrence, string CacheWav, TtsKeyedUtterance Target, bool IsPlaceholder);

    /// <summary>What <see cref="Apply"/> did.</summary>
    public sealed record Outcome(int Written, int Unchanged, IReadOnlyList<string> Removed, TtsOutputManifest Manifest);

    /// <summary>Files at the placements' paths that the previous manifest does not list and whose bytes differ: the sync must not touch them.</summary>
    public static IReadOnlyList<string> FindForeignFiles(string root, IEnumerable<Placement> placements, TtsOutputManifest? previous)
    {
        var owned = Owned(previous);
        var foreign = new List<string>();
        foreach (var placement in placements)
        {
            string target = Target(root, placement.Occurrence.OutputPath);
            if (File.Exists(target) && !owned.Contains(placement.Occurrence.OutputPath) && !SameBytes(target, placement.CacheWav))
            {
                foreign.Add(target);
            }
        }

        return foreign;
    }

    /// <summary>Places every file, removes what only the previous manifest listed, writes the new manifest (last).</summary>
    public static Outcome Apply(string root, IReadOnlyList<Placement> placements, TtsOutputManifest? previous, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        int written = 0;
        int unchanged = 0;
        var lines = new List<TtsManifestLine>(placements.Count);
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var placement in placements)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var occurrence = placement.Occurrence;
            string target = Target(root, occurrence.OutputPath);
            current.Add(occurrence.OutputPath);
            if (Place(placement.CacheWav, target))
            {
                written++;
            }
            else
            {
                unchanged++;
            }

            var utterance = occurrence.Resolved.Utterance;
            var info = new FileInfo(target);
            lines.Add(new TtsManifestLine
            {
                Id = occurrence.Line.Id,
                Script = occurrence.Script.RelativePath,
                Path = occurrence.OutputPath,
                Text = occurrence.Line.Text,
                Voice = utterance.Voice,
                Prompt = utterance.Prompt,
                LanguageCode = utterance.LanguageCode,
                Key = placement.Target.Key,
                DurationMs = DurationMs(target),
                Bytes = info.Length,
                Placeholder = placement.IsPlaceholder,
            });
        }

        var removed = new List<string>();
        foreach (var old in previous?.Lines ?? [])
        {
            if (current.Contains(old.Path) || !IsSafeRelative(old.Path))
            {
                continue;
            }

            string stale = Target(root, old.Path);
            if (File.Exists(stale))
            {
                File.Delete(stale);
                removed.Add(old.Path);
                DeleteEmptyParents(root, Path.GetDirectoryName(stale)!);
            }
        }

        var manifest = new TtsOutputManifest { Lines = lines };
        manifest.Write(root);
        return new Outcome(written, unchanged, removed, manifest);
    }

    /// <summary>A WAV's duration in whole milliseconds (0 when its header cannot be read).</summary>
    public static long DurationMs(string wavPath)
    {
        try
        {
            if (WavFile.TryInspect(File.ReadAllBytes(wavPath), out var info, out _) && info is not null)
            {
                return (long)info.Duration.TotalMilliseconds;
            }
        }
        catch (IOException)
        {
        }

        return 0;
    }

    private static HashSet<string> Owned(TtsOutputManifest? previous) =>
        new((previous?.Lines ?? []).Select(l => l.Path), StringComparer.Ordinal);

    private static string Target(string root, string relativePath) => Path.GetFullPath(Path.Combine(root, relativePath));

    // A manifest is a file users can edit: a path that climbs out of the folder is never deleted.
    private static bool IsSafeRelative(string path) =>
        !Path.IsPathRooted(path) && !path.Replace('\\', '/').Split('/').Contains("..");

    /// <summary>Copies the entry unless the target already has it (same length and last-write time, as set here).</summary>
    private static bool Place(string cacheWav, string target)
    {
        var source = new FileInfo(cacheWav);
        var existing = new FileInfo(target);
        if (existing.Exists && existing.Length == source.Length && existing.LastWriteTimeUtc == source.LastWriteTimeUtc)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string temporary = target + ".pixazo-tts.tmp";
        File.Copy(cacheWav, temporary, overwrite: true);
        File.SetLastWriteTimeUtc(temporary, source.LastWriteTimeUtc);
        File.Move(temporary, target, overwrite: true);
        return true;
    }

    private static bool SameBytes(string a, string b)
    {
        var fa = new FileInfo(a);
        var fb = new FileInfo(b);
        return fa.Length == fb.Length && File.ReadAllBytes(a).AsSpan().SequenceEqual(File.ReadAllBytes(b));
    }

    private static void DeleteEmptyParents(string root, string directory)
    {
        string full = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        while (directory.Length > full.Length && directory.StartsWith(full, StringComparison.Ordinal)
               && Directory.Exists(directory) && !Directory.EnumerateFileSystemEntries(directory).Any())
        {
            Directory.Delete(directory);
            directory = Path.GetDirectoryName(directory)!;
        }
    }
}
