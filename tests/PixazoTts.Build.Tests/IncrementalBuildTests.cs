using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>What each kind of change costs: every distinct line is paid for once, whatever happens to the project.</summary>
public sealed class IncrementalBuildTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task First_build_synthesizes_every_line_and_a_second_build_skips_synthesis_and_requests_nothing()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        project.WriteFile("Voice/npc/blacksmith.tts.json", """{ "voice": "Algenib", "lines": { "hello": "Need something forged?" } }""");

        var first = await project.BuildAsync(Environment, "-v:n");

        AssertSucceeded(first);
        Assert.Equal(3, Emulator.Stats.Generate);
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav"));
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "warning.wav"));
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "npc", "blacksmith", "hello.wav"));
        Assert.Contains("] Voice/npc/blacksmith/hello — synthesized in ", first.Output, StringComparison.Ordinal);
        Assert.Contains("3 synthesized (3 gateway, 0 placeholder), estimated cost $0.12", first.Output, StringComparison.Ordinal);
        string[] expectedKeys =
        [
            Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator"),
            Key("Stay back!", "Fenrir", "en-US", "Shout it, urgently"),
            Key("Need something forged?", "Algenib", null, null),
        ];
        Assert.Equal(expectedKeys.Order(), CachedKeys());
        Assert.Equal(File.ReadAllBytes(CachedWav(expectedKeys[0])), File.ReadAllBytes(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav")));
        Assert.Equal(0, Emulator.Stats.KeyLeaks);

        // The package owns the copy to bin/ (no item per file for the SDK): a file lost from bin/ comes back on a no-op build.
        string lostWav = Path.Combine(project.BinDirectory, "Voice", "intro", "warning.wav");
        File.Delete(lostWav);

        var second = await project.BuildAsync(Environment, "-v:d");

        AssertSucceeded(second);
        Assert.Equal(3, Emulator.Stats.Generate);
        Assert.Contains("Skipping target \"PixazoTtsSynthesize\" because all output files are up-to-date", second.Output, StringComparison.Ordinal);
        Assert.False(SynthesisRan(second), second.Output);
        Assert.Equal(File.ReadAllBytes(CachedWav(expectedKeys[1])), File.ReadAllBytes(lostWav));

        // No audio in the SDK's file-write list (IncrementalClean would walk 1,000 of them on every build)...
        string fileList = Path.Combine(project.Directory, "obj", "Debug", "net10.0", project.Name + ".csproj.FileListAbsolute.txt");
        Assert.DoesNotContain(File.ReadAllLines(fileList), l => l.EndsWith(".wav", StringComparison.Ordinal));

        // ...and a project last built by an earlier version of the package, whose list named every obj and bin WAV, keeps
        // them: the first build that mirrors bin/ forgets them instead of letting IncrementalClean delete them as orphans.
        string[] audio = [.. Directory.EnumerateFiles(project.ObjAudioDirectory, "*.wav", SearchOption.AllDirectories), .. Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.wav", SearchOption.AllDirectories)];
        File.AppendAllLines(fileList, audio);
        File.Delete(Path.Combine(project.Directory, "obj", "Debug", "net10.0", "pixazotts", "output-files.txt"));

        AssertSucceeded(await project.BuildAsync(Environment));
        Assert.All(audio, AssertValidWav);
        Assert.DoesNotContain(File.ReadAllLines(fileList), l => l.EndsWith(".wav", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editing_one_line_requests_only_that_line_and_updates_its_wav()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.BuildAsync(Environment));
        Assert.Equal(2, Emulator.Stats.Generate);
        byte[] before = File.ReadAllBytes(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav"));

        project.WriteFile("Voice/intro.tts.json", IntroScript.Replace("Hello, traveller!", "Welcome back, traveller! It has been a long, long time.", StringComparison.Ordinal));
        var result = await project.BuildAsync(Environment, "-v:n");

        AssertSucceeded(result);
        Assert.Equal(3, Emulator.Stats.Generate);
        byte[] after = File.ReadAllBytes(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav"));
        Assert.NotEqual(before, after);
        Assert.Equal(File.ReadAllBytes(CachedWav(Key("Welcome back, traveller! It has been a long, long time.", "Kore", "en-US", "Warm, friendly narrator"))), after);
        Assert.Contains("1 cache hits, 1 synthesized", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Renaming_a_line_id_requests_nothing_and_replaces_the_old_wav()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.BuildAsync(Environment));

        project.WriteFile("Voice/intro.tts.json", IntroScript.Replace("\"greeting\"", "\"hello\"", StringComparison.Ordinal));
        var result = await project.BuildAsync(Environment);

        AssertSucceeded(result);
        Assert.Equal(2, Emulator.Stats.Generate);
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "hello.wav"));
        Assert.False(File.Exists(Path.Combine(project.ObjAudioDirectory, "Voice", "intro", "greeting.wav")));
        Assert.False(File.Exists(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav")));
    }

    [Fact]
    public async Task Clean_removes_the_wavs_but_not_the_cache_and_the_next_build_requests_nothing()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.BuildAsync(Environment));
        string binWav = Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav");
        AssertValidWav(binWav);
        var keys = CachedKeys();

        AssertSucceeded(await project.CleanAsync(Environment));

        Assert.False(File.Exists(binWav));
        Assert.False(Directory.Exists(project.ObjAudioDirectory) && Directory.EnumerateFiles(project.ObjAudioDirectory, "*.wav", SearchOption.AllDirectories).Any());
        Assert.Equal(keys, CachedKeys());

        var rebuild = await project.BuildAsync(Environment, "-v:n");

        AssertSucceeded(rebuild);
        Assert.True(SynthesisRan(rebuild), rebuild.Output);
        Assert.Equal(2, Emulator.Stats.Generate);
        AssertValidWav(binWav);
    }

    [Fact]
    public async Task Output_wavs_are_hard_links_to_the_cache_and_a_changed_line_never_writes_through_them()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.BuildAsync(Environment));
        string binWav = Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav");
        string oldEntry = CachedWav(Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator"));
        byte[] oldBytes = File.ReadAllBytes(oldEntry);
        Assert.True(SameFile(binWav, oldEntry), "bin/ holds a copy, not a link to the cache entry");

        // A new text is a new entry: bin/ must be relinked to it, the old entry left as it was (MSBuild's Copy
        // deletes a destination before linking or copying onto it, so nothing writes through the old link).
        project.WriteFile("Voice/intro.tts.json", IntroScript.Replace("Hello, traveller!", "Hello again, traveller!", StringComparison.Ordinal));
        AssertSucceeded(await project.BuildAsync(Environment));

        string newEntry = CachedWav(Key("Hello again, traveller!", "Kore", "en-US", "Warm, friendly narrator"));
        Assert.Equal(oldBytes, File.ReadAllBytes(oldEntry));
        Assert.Equal(File.ReadAllBytes(newEntry), File.ReadAllBytes(binWav));
        Assert.True(SameFile(binWav, newEntry), "bin/ was not relinked to the new entry");

        // Opting out gives plain copies (the SDK's own PreserveNewest copy), from a clean output folder on.
        var copies = NewProject("Copies");
        copies.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await copies.BuildAsync(Environment, "-p:TtsLinkOutputAudio=false"));
        string copiedWav = Path.Combine(copies.BinDirectory, "Voice", "intro", "greeting.wav");
        Assert.Equal(oldBytes, File.ReadAllBytes(copiedWav));
        Assert.False(SameFile(copiedWav, oldEntry), "TtsLinkOutputAudio=false still linked bin/ to the cache");
    }

    /// <summary>
    /// Whether two paths are one file (hard links), portably: a timestamp set through one path shows through the
    /// other only when they are the same file. Both times are put back.
    /// </summary>
    private static bool SameFile(string path, string other)
    {
        DateTime pathTime = File.GetLastWriteTimeUtc(path), otherTime = File.GetLastWriteTimeUtc(other);
        try
        {
            var probe = new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(other, probe);
            return File.GetLastWriteTimeUtc(path) == probe;
        }
        finally
        {
            File.SetLastWriteTimeUtc(other, otherTime);
            File.SetLastWriteTimeUtc(path, pathTime);
        }
    }

    [Fact]
    public async Task The_same_line_in_two_files_is_requested_once_and_lands_in_both_places()
    {
        var project = NewProject();
        project.WriteFile("Voice/a.tts.json", """{ "voice": "Puck", "lines": { "yes": "Yes, of course." } }""");
        project.WriteFile("Voice/b.tts.json", """{ "lines": { "agree": { "text": "Yes, of course.", "voice": "Puck" } } }""");

        var result = await project.BuildAsync(Environment, "-v:n");

        AssertSucceeded(result);
        Assert.Equal(1, Emulator.Stats.Generate);
        Assert.Contains("2 lines, 1 distinct", result.Output, StringComparison.Ordinal);
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "a", "yes.wav"));
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "b", "agree.wav"));
    }

    [Fact]
    public async Task Publish_puts_every_wav_in_the_publish_folder()
    {
        var project = NewProject(outputType: "Exe");
        project.WriteFile("Program.cs", "System.Console.WriteLine(\"game\");");
        project.WriteFile("Voice/intro.tts.json", IntroScript);

        var result = await project.PublishAsync(Environment);

        AssertSucceeded(result);
        Assert.Equal(2, Emulator.Stats.Generate);
        AssertValidWav(Path.Combine(project.PublishDirectory, "Voice", "intro", "greeting.wav"));
        AssertValidWav(Path.Combine(project.PublishDirectory, "Voice", "intro", "warning.wav"));
    }
}
