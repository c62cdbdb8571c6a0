using System.Globalization;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// The last-write times of a set of folders, recorded to tell later, with one <c>stat</c> per folder instead of one or
/// two per file, that none of them gained, lost or renamed an entry: a folder's time changes whenever an entry is added,
/// removed or renamed in it. (Every writer of the package's folders deletes, links or renames; none rewrites a file in
/// place. A file rewritten in place by someone else is not seen, as the SDK's own PreserveNewest copy does not see a
/// destination edited after the copy.)
/// <para>
/// A file system's clock is coarse (a jiffy on Linux, 2 s on FAT), so a change made within the same tick as the
/// recording can leave a folder's time unchanged. A record whose folders were written within <see cref="RacyWindow"/>
/// of the recording is therefore never trusted, the way git treats "racily clean" index entries: the build after a
/// change checks every file once more, and the one after that (when the times have aged) records a trusted state.
/// </para>
/// </summary>
internal sealed class FolderTimes
{
    /// <summary>How old a folder's time must be, at the recording, for the record to be trusted.</summary>
    internal static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private const string FolderPrefix = "d ";

    private readonly List<(string Relative, long Ticks)> _folders;

    private FolderTimes(long recordedAt, List<(string Relative, long Ticks)> folders)
    {
        RecordedAt = recordedAt;
        _folders = folders;
    }

    /// <summary>UTC ticks of the moment before the first folder was read.</summary>
    public long RecordedAt { get; }

    public int Count => _folders.Count;

    /// <summary>A record of <paramref name="relativeFolders"/> below <paramref name="root"/> ("" is the root itself).</summary>
    public static FolderTimes Capture(string root, IEnumerable<string> relativeFolders)
    {
        long recordedAt = DateTime.UtcNow.Ticks;
        var folders = relativeFolders.Select(relative => (relative, TimeOf(root, relative))).ToList();
        return new FolderTimes(recordedAt, folders);
    }

    /// <summary>A record of times already read (by a directory enumeration) after <paramref name="recordedAt"/>.</summary>
    public static FolderTimes FromTimes(long recordedAt, List<(string Relative, long Ticks)> folders) => new(recordedAt, folders);

    /// <summary>Whether every recorded folder old enough to be trusted still has its recorded time (a missing folder has none).</summary>
    public bool AreCurrent(string root)
    {
        if (!IsTrusted)
        {
            return false;
        }

        foreach (var (relative, ticks) in _folders)
        {
            if (TimeOf(root, relative) != ticks)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>False when a folder was written within <see cref="RacyWindow"/> of the recording (or after it, by a clock ahead of this one).</summary>
    public bool IsTrusted => _folders.TrueForAll(f => f.Ticks < RecordedAt - RacyWindow.Ticks);

    /// <summary>Appends the record as lines: the recording time, then <c>d &lt;ticks&gt; &lt;relative folder&gt;</c> per folder.</summary>
    public void WriteTo(TextWriter writer)
    {
        writer.Write(RecordedAt.ToString(CultureInfo.InvariantCulture));
        writer.Write('\n');
        foreach (var (relative, ticks) in _folders)
        {
            writer.Write(FolderPrefix);
            writer.Write(ticks.ToString(CultureInfo.InvariantCulture));
            writer.Write(' ');
            writer.Write(relative);
            writer.Write('\n');
        }
    }

    /// <summary>
    /// Reads a record written by <see cref="WriteTo"/> from <paramref name="lines"/>, starting at <paramref name="index"/>
    /// and leaving it after the record's last line; null when the lines are not such a record.
    /// </summary>
    public static FolderTimes? TryRead(IReadOnlyList<string> lines, ref int index)
    {
        if (index >= lines.Count || !long.TryParse(lines[index], NumberStyles.None, CultureInfo.InvariantCulture, out long recordedAt))
        {
            return null;
        }

        index++;
        var folders = new List<(string, long)>();
        while (index < lines.Count && lines[index].StartsWith(FolderPrefix, StringComparison.Ordinal))
        {
            string line = lines[index];
            int space = line.IndexOf(' ', FolderPrefix.Length);
            if (space < 0 || !long.TryParse(line.AsSpan(FolderPrefix.Length, space - FolderPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out long ticks))
            {
                return null;
            }

            folders.Add((line[(space + 1)..], ticks));
            index++;
        }

        return new FolderTimes(recordedAt, folders);
    }

    /// <summary>The folder's last-write time in UTC ticks; that of 1601-01-01 when it does not exist.</summary>
    private static long TimeOf(string root, string relative) =>
        Directory.GetLastWriteTimeUtc(relative.Length == 0 ? root : Path.Combine(root, relative)).Ticks;
}
