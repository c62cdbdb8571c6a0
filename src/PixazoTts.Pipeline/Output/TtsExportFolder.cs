using PixazoTts.Audio;
using PixazoTts.Pipeline.Finishing;
using PixazoTts.Pipeline.Manifest;

namespace PixazoTts.Pipeline.Output;

/// <summary>
/// An output folder that a tool other than MSBuild owns (<c>pixazo-tts sync --out DIR</c>): each line's finished audio at
/// <c>DIR/&lt;dir&gt;/&lt;name&gt;/&lt;id&gt;.wav</c> (or <c>.opus</c>) exactly as the build lays out <c>bin/</c>, and the
/// manifest, both from <see cref="TtsFinishingStep"/> as the build's are. Unlike the build's <c>obj/</c> folder it may
/// hold the user's own files, so it deletes only what its previous manifest listed and no line produces any more, and
/// never overwrites a file that manifest did not list (unless it already has the same bytes). Files are copies, not hard
/// links: a game engine that rewrites an imported file must not change the cache.
/// </summary>
internal static class TtsExportFolder
{
    /// <summary>What <see cref="Apply"/> did.</summary>
    public sealed record Outcome(int Written, int Unchanged, IReadOnlyList<string> Removed);

    /// <summary>Files at the lines' paths that the previous manifest does not list and whose bytes differ: the sync must not touch them.</summary>
    public static IReadOnlyList<string> FindForeignFiles(string root, IEnumerable<TtsFinishedLine> lines, IReadOnlyList<TtsManifestLine>? previous)
    {
        var owned = Owned(previous);
        var foreign = new List<string>();
        foreach (var line in lines)
        {
            string target = Target(root, line.OutputPath);
            if (File.Exists(target) && !owned.Contains(line.OutputPath) && !SameBytes(target, line.Entry.AudioPath))
            {
                foreign.Add(target);
            }
        }

        return foreign;
    }

    /// <summary>Places every file, removes what only the previous manifest listed, writes the new manifest (last).</summary>
    public static Outcome Apply(string root, IReadOnlyList<TtsFinishedLine> lines, IReadOnlyList<TtsManifestLine>? previous, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(root);
        int written = 0;
        int unchanged = 0;
        var current = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            cancellationToken.ThrowIfCancellationRequested();
            current.Add(line.OutputPath);
            if (Place(line.Entry.AudioPath, Target(root, line.OutputPath)))
            {
                written++;
            }
            else
            {
                unchanged++;
            }
        }

        var removed = new List<string>();
        foreach (var old in previous ?? [])
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

        TtsManifestWriter.Write(root, lines.Select(l => l.Manifest));
        return new Outcome(written, unchanged, removed);
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

    private static HashSet<string> Owned(IReadOnlyList<TtsManifestLine>? previous) =>
        new((previous ?? []).Select(l => l.Path), StringComparer.Ordinal);

    private static string Target(string root, string relativePath) => Path.GetFullPath(Path.Combine(root, relativePath));

    // A manifest is a file users can edit: a path that climbs out of the folder is never deleted.
    private static bool IsSafeRelative(string path) =>
        !Path.IsPathRooted(path) && !path.Replace('\\', '/').Split('/').Contains("..");

    /// <summary>Copies the entry unless the target already has it (same length and last-write time, as set here).</summary>
    private static bool Place(string cacheFile, string target)
    {
        var source = new FileInfo(cacheFile);
        var existing = new FileInfo(target);
        if (existing.Exists && existing.Length == source.Length && existing.LastWriteTimeUtc == source.LastWriteTimeUtc)
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        string temporary = target + ".pixazo-tts.tmp";
        File.Copy(cacheFile, temporary, overwrite: true);
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
