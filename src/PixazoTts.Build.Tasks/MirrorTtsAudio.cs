using System.Globalization;
using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Keeps the project's own output folder (<c>bin/</c>) equal to the synthesis folder in <c>obj/</c>, without handing the
/// SDK one item per file: each audio file and the manifest is hard-linked (or copied) to the same relative path when it
/// is missing or differs (length or last-write time), and the files this task put there before that are gone from
/// <c>obj/</c> (a deleted or renamed line) are deleted. What it put there is listed in <see cref="ListFile"/>, one
/// relative path a line, which is also what <c>dotnet clean</c> (<see cref="Clean"/>) deletes. Only files it listed
/// are ever deleted.
/// <para>
/// A no-op build checks folders, not files: when the synthesis folder's listing is unchanged (<see cref="AudioTreeListing"/>)
/// and every bin/ folder holding a placed file still has the time recorded after the last full check
/// (<see cref="DestinationStateFile"/>, <see cref="FolderTimes"/>), no file was lost from bin/ and none is new in obj/,
/// so nothing is checked file by file: 500 folder times for 10,000 lines in 500 scripts, against 20,000 file checks
/// (docs/benchmarks.md). Any other build checks every file, as the SDK's own copy would.
/// </para>
/// </summary>
public sealed class MirrorTtsAudio : Microsoft.Build.Utilities.Task
{
    private readonly HashSet<string> _createdFolders = new(StringComparer.Ordinal);

    /// <summary>The synthesis folder (<c>obj/.../pixazotts/audio</c>); it may not exist.</summary>
    public string SourceDirectory { get; set; } = string.Empty;

    /// <summary>The output folder (<c>$(OutDir)</c>, full path).</summary>
    [Required]
    public string DestinationDirectory { get; set; } = string.Empty;

    /// <summary>The files this task placed in <see cref="DestinationDirectory"/>, relative, one a line.</summary>
    [Required]
    public string ListFile { get; set; } = string.Empty;

    /// <summary>The synthesis folder's listing between builds (the same file <see cref="ListTtsAudio"/> keeps); none: walked every time.</summary>
    public string SourceStateFile { get; set; } = string.Empty;

    /// <summary>The times of the bin/ folders that hold placed files, after the last full check; none: every file is checked every time.</summary>
    public string DestinationStateFile { get; set; } = string.Empty;

    /// <summary><c>TtsLinkOutputAudio</c>: hard links where the file system allows (a copy otherwise); false: copies.</summary>
    public bool UseHardLinks { get; set; } = true;

    /// <summary>True: delete every file of <see cref="ListFile"/> and the list itself (clean, or no scripts any more).</summary>
    public bool Clean { get; set; }

    public override bool Execute()
    {
        string destination = Path.GetFullPath(DestinationDirectory);
        var previous = ReadList();
        List<(string Path, string Relative)> current = Clean || string.IsNullOrEmpty(SourceDirectory) ? [] : AudioTreeListing.List(SourceDirectory, SourceStateFile);
        if (current.Count > 0 && DestinationIsCurrent(destination, current, previous))
        {
            return true;
        }

        int placed = 0, removed = 0;
        try
        {
            foreach (var (source, relative) in current)
            {
                if (Place(source, Path.Combine(destination, relative)))
                {
                    placed++;
                }
            }

            var kept = new HashSet<string>(current.Select(c => c.Relative), StringComparer.Ordinal);
            foreach (string relative in previous.Where(p => !kept.Contains(p)))
            {
                if (Remove(destination, relative))
                {
                    removed++;
                }
            }

            WriteList(current.Select(c => c.Relative).ToList(), previous);
            RecordDestination(destination, current);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            LogNotWritable(destination, exception.Message);
            return false;
        }

        if (placed + removed > 0)
        {
            Log.LogMessage(MessageImportance.Normal, "PixazoTts output folder: {0} file(s) {1} into {2}, {3} removed.", placed, UseHardLinks ? "linked" : "copied", destination, removed);
        }

        return true;
    }

    /// <summary>
    /// Puts <paramref name="source"/> at <paramref name="target"/> unless it is already there (same length and last-write
    /// time: always so for a hard link, and for a copy made here, whose time is set to the source's). The old file is
    /// deleted first, so a new link never writes through an old one into a cache entry.
    /// </summary>
    private bool Place(string source, string target)
    {
        var from = new FileInfo(source);
        var existing = new FileInfo(target);
        if (existing.Exists && existing.Length == from.Length && existing.LastWriteTimeUtc == from.LastWriteTimeUtc)
        {
            return false;
        }

        string folder = Path.GetDirectoryName(target)!;
        if (_createdFolders.Add(folder))
        {
            // Once per folder, not per file: a clean build places 1,000 files in about 50 folders.
            Directory.CreateDirectory(folder);
        }

        if (existing.Exists)
        {
            File.Delete(target);
        }

        Write(source, target, from.LastWriteTimeUtc);
        return true;
    }

    /// <summary>A method of its own so that a no-op build, which writes nothing, never loads the pipeline's assembly.</summary>
    private void Write(string source, string target, DateTime sourceTime)
    {
        if (UseHardLinks && Pipeline.Output.HardLink.TryCreate(source, target))
        {
            return;
        }

        File.Copy(source, target, overwrite: true);
        File.SetLastWriteTimeUtc(target, sourceTime);
    }

    /// <summary>Deletes one file this task placed, and the folders that leaves empty (up to the output folder).</summary>
    private static bool Remove(string destination, string relative)
    {
        string path = Path.GetFullPath(Path.Combine(destination, relative));
        if (!path.StartsWith(destination, StringComparison.Ordinal) || !File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        for (string? folder = Path.GetDirectoryName(path);
             folder is not null && folder.Length > destination.TrimEnd(Path.DirectorySeparatorChar).Length && !Directory.EnumerateFileSystemEntries(folder).Any();
             folder = Path.GetDirectoryName(folder))
        {
            Directory.Delete(folder);
        }

        return true;
    }

    /// <summary>The obj/ listing is the one placed last time, and no bin/ folder that holds a placed file has changed since the last full check.</summary>
    private bool DestinationIsCurrent(string destination, List<(string Path, string Relative)> current, List<string> previous)
    {
        if (string.IsNullOrEmpty(DestinationStateFile) || current.Count != previous.Count)
        {
            return false;
        }

        for (int i = 0; i < current.Count; i++)
        {
            if (!string.Equals(current[i].Relative, previous[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (StateFile.TryReadLines(DestinationStateFile) is not { } lines)
        {
            return false;
        }

        int index = 0;
        return FolderTimes.TryRead(lines, ref index) is { } times && index == lines.Length && times.AreCurrent(destination);
    }

    /// <summary>
    /// After a full check: the times of every bin/ folder that holds a placed file, up to bin/ itself (a folder deleted
    /// whole changes its parent's time). Not kept while those folders are too fresh to trust (this build placed files):
    /// the next build checks every file once more and records them then.
    /// </summary>
    private void RecordDestination(string destination, List<(string Path, string Relative)> current)
    {
        if (string.IsNullOrEmpty(DestinationStateFile))
        {
            return;
        }

        var folders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (_, relative) in current)
        {
            for (string? folder = Path.GetDirectoryName(relative); folder is not null && folders.Add(folder); folder = folder.Length == 0 ? null : Path.GetDirectoryName(folder))
            {
            }
        }

        var times = FolderTimes.Capture(destination, folders);
        StateFile.TryReplace(DestinationStateFile, current.Count == 0 || !times.IsTrusted ? null : times.WriteTo);
    }

    private void LogNotWritable(string destination, string reason) =>
        SynthesizeTtsAssets.LogAt(Log, TtsDiagnosticDescriptors.CacheNotWritable.Code, isError: true, BuildEngine?.ProjectFileOfTaskNode, null,
            string.Format(CultureInfo.InvariantCulture, TtsDiagnosticDescriptors.CacheNotWritable.MessageFormat, destination, reason));

    private List<string> ReadList() =>
        File.Exists(ListFile) ? File.ReadAllLines(ListFile).Where(l => l.Length > 0).ToList() : [];

    private void WriteList(List<string> current, List<string> previous)
    {
        if (current.Count == 0)
        {
            File.Delete(ListFile);
        }
        else if (!current.SequenceEqual(previous, StringComparer.Ordinal))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ListFile))!);
            File.WriteAllLines(ListFile, current);
        }
    }
}
