using PixazoTts.Build.Tasks.Tests.Infrastructure;

namespace PixazoTts.Build.Tasks.Tests;

/// <summary>
/// The no-op build's shortcut (<see cref="FolderTimes"/>, <see cref="AudioTreeListing"/>, the mirror's folder record):
/// folders checked instead of files while nothing changed, never trusted while the folders are fresh, and every change a
/// build can make (or a user makes in bin/) still seen.
/// </summary>
public sealed class NoOpShortcutTests : IDisposable
{
    private static readonly DateTime LongAgo = DateTime.UtcNow.AddHours(-1);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pixazotts-noop-" + Guid.NewGuid().ToString("N")[..8]);

    private string Source => Path.Combine(_root, "obj", "audio");

    private string Destination => Path.Combine(_root, "bin");

    private string ListingFile => Path.Combine(_root, "obj", "audio-listing.txt");

    private string FoldersFile => Path.Combine(_root, "obj", "output-folders.txt");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void WriteSource(string relative, string content)
    {
        string path = Path.Combine(Source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Every folder below <paramref name="root"/> (and it) written an hour ago: what a tree looks like a while after a build.</summary>
    private static void Age(string root)
    {
        foreach (string folder in Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Append(root))
        {
            Directory.SetLastWriteTimeUtc(folder, LongAgo);
        }
    }

    private List<string> List() => AudioTreeListing.List(Source, ListingFile).ConvertAll(f => f.Relative.Replace('\\', '/'));

    private bool Mirror() =>
        new MirrorTtsAudio
        {
            BuildEngine = new FakeBuildEngine(),
            SourceDirectory = Source,
            DestinationDirectory = Destination,
            ListFile = Path.Combine(_root, "obj", "output-files.txt"),
            SourceStateFile = ListingFile,
            DestinationStateFile = FoldersFile,
            UseHardLinks = false,
        }.Execute();

    [Fact]
    public void Folder_times_are_trusted_only_when_old_enough_and_see_an_added_or_deleted_entry()
    {
        WriteSource("Voice/a.wav", "a");
        var fresh = FolderTimes.Capture(Source, ["", "Voice"]);
        Assert.False(fresh.IsTrusted);
        Assert.False(fresh.AreCurrent(Source));

        Age(Source);
        var aged = FolderTimes.Capture(Source, ["", "Voice"]);
        Assert.True(aged.IsTrusted);
        Assert.True(aged.AreCurrent(Source));

        var text = new StringWriter();
        aged.WriteTo(text);
        string[] lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int index = 0;
        var read = FolderTimes.TryRead(lines, ref index);
        Assert.NotNull(read);
        Assert.Equal(lines.Length, index);
        Assert.Equal(2, read.Count);
        Assert.True(read.AreCurrent(Source));

        WriteSource("Voice/b.wav", "b");
        Assert.False(aged.AreCurrent(Source));

        Age(Source);
        aged = FolderTimes.Capture(Source, ["", "Voice"]);
        File.Delete(Path.Combine(Source, "Voice", "a.wav"));
        Assert.False(aged.AreCurrent(Source));

        Age(Source);
        aged = FolderTimes.Capture(Source, ["", "Voice"]);
        Directory.Delete(Path.Combine(Source, "Voice"), recursive: true);
        Directory.SetLastWriteTimeUtc(Source, LongAgo);
        Assert.False(aged.AreCurrent(Source));
    }

    [Fact]
    public void The_listing_comes_from_the_state_file_while_no_folder_changed_and_from_the_tree_after_any_change()
    {
        WriteSource("Voice/intro/b.wav", "b");
        WriteSource("Voice/intro/a.opus", "a");
        WriteSource("Voice/intro/notes.txt", "not audio");
        WriteSource("pixazo-tts.manifest.json", "{}");

        // Fresh folders: listed, nothing recorded.
        Assert.Equal(["Voice/intro/a.opus", "Voice/intro/b.wav", "pixazo-tts.manifest.json"], List());
        Assert.False(File.Exists(ListingFile));

        Age(Source);
        Assert.Equal(["Voice/intro/a.opus", "Voice/intro/b.wav", "pixazo-tts.manifest.json"], List());
        Assert.True(File.Exists(ListingFile));

        // The proof that the record is what answers: a file slipped in with its folder's time put back is not seen.
        WriteSource("Voice/intro/c.wav", "c");
        Directory.SetLastWriteTimeUtc(Path.Combine(Source, "Voice", "intro"), LongAgo);
        Assert.Equal(["Voice/intro/a.opus", "Voice/intro/b.wav", "pixazo-tts.manifest.json"], List());

        // A real change (the folder's time moves): the tree is walked again.
        File.Delete(Path.Combine(Source, "Voice", "intro", "b.wav"));
        Assert.Equal(["Voice/intro/a.opus", "Voice/intro/c.wav", "pixazo-tts.manifest.json"], List());

        // A new script folder changes its parent's time.
        Age(Source);
        Assert.Equal(3, List().Count);
        WriteSource("Voice/npc/smith.wav", "smith");
        Assert.Contains("Voice/npc/smith.wav", List());

        // A state file cut short (a build killed while writing it) is never used.
        Age(Source);
        Assert.Equal(4, List().Count);
        var lines = File.ReadAllLines(ListingFile);
        File.WriteAllLines(ListingFile, lines[..^2]);
        Assert.Equal(4, List().Count);

        // Gone altogether: nothing.
        Directory.Delete(Source, recursive: true);
        Assert.Empty(List());
    }

    [Fact]
    public void The_mirror_checks_folders_on_a_no_op_build_and_still_restores_a_file_lost_from_bin()
    {
        WriteSource("Voice/intro/greeting.wav", "greeting");
        WriteSource("Voice/npc/smith.wav", "smith");
        WriteSource("pixazo-tts.manifest.json", "{}");
        Assert.True(Mirror());
        Assert.False(File.Exists(FoldersFile));

        // A while later: the next build checks every file once and records bin/'s folders.
        Age(Source);
        Age(Destination);
        Assert.True(Mirror());
        Assert.True(File.Exists(FoldersFile));
        Assert.Contains(File.ReadAllLines(FoldersFile), l => l.EndsWith(" Voice" + Path.DirectorySeparatorChar + "npc", StringComparison.Ordinal));

        // The proof that folders answer: a bin/ file rewritten in place (its folder unchanged) is left as it is, as the
        // SDK's PreserveNewest copy leaves a destination edited after the copy.
        string smith = Path.Combine(Destination, "Voice", "npc", "smith.wav");
        File.WriteAllText(smith, "edited in bin");
        Assert.True(Mirror());
        Assert.Equal("edited in bin", File.ReadAllText(smith));

        // A file lost from bin/ changes its folder's time: it comes back.
        File.Delete(smith);
        Assert.True(Mirror());
        Assert.Equal("smith", File.ReadAllText(smith));

        // A whole folder deleted from bin/, and the manifest at bin/'s root: both come back.
        Age(Source);
        Age(Destination);
        Assert.True(Mirror());
        Directory.Delete(Path.Combine(Destination, "Voice", "intro"), recursive: true);
        File.Delete(Path.Combine(Destination, "pixazo-tts.manifest.json"));
        Assert.True(Mirror());
        Assert.Equal("greeting", File.ReadAllText(Path.Combine(Destination, "Voice", "intro", "greeting.wav")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(Destination, "pixazo-tts.manifest.json")));

        // A line removed in obj/ (its folder's time changes): its file leaves bin/.
        Age(Source);
        Age(Destination);
        Assert.True(Mirror());
        File.Delete(Path.Combine(Source, "Voice", "npc", "smith.wav"));
        Assert.True(Mirror());
        Assert.False(File.Exists(smith));
    }
}
