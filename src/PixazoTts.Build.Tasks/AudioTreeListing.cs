using System.IO.Enumeration;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// The output files below the synthesis folder (audio and the manifest at its root), in ordinal path order with their
/// paths relative to it. Listed by walking the tree, then read back from a state file for as long as no folder of the
/// tree has changed (<see cref="FolderTimes"/>): on a no-op build of 10,000 lines in 500 scripts that is 500 folder
/// times instead of a walk, 10,000 entries and a sort. Both the listing for referencing projects and publish
/// (<see cref="ListTtsAudio"/>) and the mirror into bin/ (<see cref="MirrorTtsAudio"/>) use it.
/// </summary>
internal static class AudioTreeListing
{
    private const string Header = "pixazotts-audio-listing 1";
    private const string FilePrefix = "f ";
    private const string EndPrefix = "end ";

    /// <summary>
    /// Every output file below <paramref name="audioDirectory"/> (none when it does not exist). With a
    /// <paramref name="stateFile"/>, the listing comes from it while the tree is unchanged, and is recorded in it after a walk.
    /// </summary>
    public static List<(string Path, string Relative)> List(string audioDirectory, string? stateFile)
    {
        string root = Path.GetFullPath(audioDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        string prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        if (!string.IsNullOrEmpty(stateFile) && TryReadCurrent(root, stateFile!) is { } recorded)
        {
            return recorded.ConvertAll(relative => (prefix + relative, relative));
        }

        var (relatives, times) = Walk(root, prefix.Length);
        if (!string.IsNullOrEmpty(stateFile))
        {
            Record(stateFile!, relatives, times);
        }

        return relatives.ConvertAll(relative => (prefix + relative, relative));
    }

    /// <summary>Audio (<c>.wav</c>, <c>.opus</c>: the format follows TtsAudioFormat) and the manifest at the root.</summary>
    internal static bool IsOutput(string path) =>
        path.EndsWith(".wav", StringComparison.Ordinal) || path.EndsWith(".opus", StringComparison.Ordinal) || IsManifest(path);

    internal static bool IsManifest(string path) =>
        string.Equals(Path.GetFileName(path), Pipeline.Manifest.TtsManifestWriter.FileName, StringComparison.Ordinal);

    /// <summary>
    /// The tree's output files and its folders' times. Each folder's time is read before its entries are (the root's
    /// before the walk, a subfolder's when its parent lists it), so an entry added during the walk leaves a time that
    /// differs from the recorded one, and the next build walks again.
    /// </summary>
    private static (List<string> Relatives, FolderTimes Times) Walk(string root, int prefixLength)
    {
        long recordedAt = DateTime.UtcNow.Ticks;
        var folders = new List<(string Relative, long Ticks)> { (string.Empty, Directory.GetLastWriteTimeUtc(root).Ticks) };
        var relatives = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<(string Path, bool IsDirectory, long Ticks)>(
            root,
            (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory, entry.IsDirectory ? entry.LastWriteTimeUtc.UtcTicks : 0),
            options);
        foreach (var (path, isDirectory, ticks) in entries)
        {
            if (isDirectory)
            {
                folders.Add((path[prefixLength..], ticks));
            }
            else if (IsOutput(path))
            {
                relatives.Add(path[prefixLength..]);
            }
        }

        relatives.Sort(StringComparer.Ordinal);
        return (relatives, FolderTimes.FromTimes(recordedAt, folders));
    }

    private static List<string>? TryReadCurrent(string root, string stateFile)
    {
        if (StateFile.TryReadLines(stateFile) is not { } lines)
        {
            return null;
        }

        int index = 1;
        if (lines.Length == 0 || lines[0] != Header || FolderTimes.TryRead(lines, ref index) is not { } times || !times.AreCurrent(root))
        {
            return null;
        }

        var relatives = new List<string>(lines.Length - index);
        for (; index < lines.Length; index++)
        {
            string line = lines[index];
            if (line.StartsWith(FilePrefix, StringComparison.Ordinal))
            {
                relatives.Add(line[FilePrefix.Length..]);
            }
            else
            {
                // The last line counts the files: a state file cut short (a build killed while writing) is never used.
                return line == EndPrefix + relatives.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) && index == lines.Length - 1 ? relatives : null;
            }
        }

        return null;
    }

    /// <summary>Writes the state, or deletes it while the tree is too fresh to trust.</summary>
    private static void Record(string stateFile, List<string> relatives, FolderTimes times) =>
        StateFile.TryReplace(stateFile, !times.IsTrusted ? null : writer =>
        {
            writer.Write(Header);
            writer.Write('\n');
            times.WriteTo(writer);
            foreach (string relative in relatives)
            {
                writer.Write(FilePrefix);
                writer.Write(relative);
                writer.Write('\n');
            }

            writer.Write(EndPrefix + relatives.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
        });
}
