using PixazoTts.Build.Tasks.Tests.Infrastructure;

namespace PixazoTts.Build.Tasks.Tests;

/// <summary>
/// <see cref="MirrorTtsAudio"/>: the project's own bin/ follows obj/'s audio folder (links or copies, files of removed
/// lines deleted, files lost from bin/ restored), and only files it placed are ever deleted.
/// </summary>
public sealed class MirrorTtsAudioTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pixazotts-mirror-" + Guid.NewGuid().ToString("N")[..8]);

    private string Source => Path.Combine(_root, "obj", "audio");

    private string Destination => Path.Combine(_root, "bin");

    private string ListFile => Path.Combine(_root, "obj", "output-files.txt");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void WriteSource(string relative, string content)
    {
        string path = Path.Combine(Source, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private bool Mirror(bool useHardLinks = true, bool clean = false) =>
        new MirrorTtsAudio { BuildEngine = new FakeBuildEngine(), SourceDirectory = Source, DestinationDirectory = Destination, ListFile = ListFile, UseHardLinks = useHardLinks, Clean = clean }.Execute();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Bin_follows_the_audio_folder_and_only_files_it_placed_are_deleted(bool useHardLinks)
    {
        WriteSource("Voice/intro/greeting.wav", "greeting");
        WriteSource("Voice/intro/warning.opus", "warning");
        WriteSource("pixazo-tts.manifest.json", "{}");
        WriteSource("Voice/intro/notes.txt", "not audio");
        Directory.CreateDirectory(Path.Combine(Destination, "Voice"));
        File.WriteAllText(Path.Combine(Destination, "Voice", "mine.wav"), "the project's own file");

        Assert.True(Mirror(useHardLinks));

        Assert.Equal("greeting", File.ReadAllText(Path.Combine(Destination, "Voice", "intro", "greeting.wav")));
        Assert.Equal("warning", File.ReadAllText(Path.Combine(Destination, "Voice", "intro", "warning.opus")));
        Assert.Equal("{}", File.ReadAllText(Path.Combine(Destination, "pixazo-tts.manifest.json")));
        Assert.False(File.Exists(Path.Combine(Destination, "Voice", "intro", "notes.txt")));
        Assert.Equal(["Voice/intro/greeting.wav", "Voice/intro/warning.opus", "pixazo-tts.manifest.json"], File.ReadAllLines(ListFile).Select(l => l.Replace('\\', '/')).ToArray());

        // A file lost from bin/ comes back; a changed one is replaced; a removed line's file goes, with its empty folder.
        File.Delete(Path.Combine(Destination, "Voice", "intro", "greeting.wav"));
        WriteSource("Voice/npc/smith.wav", "new line");
        File.Delete(Path.Combine(Source, "Voice", "intro", "warning.opus"));
        Assert.True(Mirror(useHardLinks));
        Assert.Equal("greeting", File.ReadAllText(Path.Combine(Destination, "Voice", "intro", "greeting.wav")));
        Assert.Equal("new line", File.ReadAllText(Path.Combine(Destination, "Voice", "npc", "smith.wav")));
        Assert.False(File.Exists(Path.Combine(Destination, "Voice", "intro", "warning.opus")));

        string replaced = Path.Combine(Source, "Voice", "npc", "smith.wav");
        File.Delete(replaced);
        File.WriteAllText(replaced, "changed text");
        Assert.True(Mirror(useHardLinks));
        Assert.Equal("changed text", File.ReadAllText(Path.Combine(Destination, "Voice", "npc", "smith.wav")));

        // Clean: everything it placed goes, and its list; the project's own file stays.
        Assert.True(Mirror(useHardLinks, clean: true));
        Assert.False(Directory.Exists(Path.Combine(Destination, "Voice", "intro")));
        Assert.False(File.Exists(Path.Combine(Destination, "pixazo-tts.manifest.json")));
        Assert.False(File.Exists(ListFile));
        Assert.Equal("the project's own file", File.ReadAllText(Path.Combine(Destination, "Voice", "mine.wav")));
    }

    [Fact]
    public void A_hard_linked_file_is_the_source_and_a_copy_is_not()
    {
        WriteSource("Voice/a.wav", "a");
        Assert.True(Mirror(useHardLinks: true));
        File.SetLastWriteTimeUtc(Path.Combine(Source, "Voice", "a.wav"), new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc), File.GetLastWriteTimeUtc(Path.Combine(Destination, "Voice", "a.wav")));

        Directory.Delete(Destination, recursive: true);
        File.Delete(ListFile);
        Assert.True(Mirror(useHardLinks: false));
        File.SetLastWriteTimeUtc(Path.Combine(Source, "Voice", "a.wav"), new DateTime(2002, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        Assert.NotEqual(new DateTime(2002, 2, 3, 4, 5, 6, DateTimeKind.Utc), File.GetLastWriteTimeUtc(Path.Combine(Destination, "Voice", "a.wav")));
    }
}
