using System.Diagnostics;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>
/// README, TtsLinkOutputAudio: "Publish output always gets copies": bin/ may hold hard links into the cache, but a
/// publish folder leaves the machine, and an edit there must never write through into the cache.
/// </summary>
public sealed class PublishCopyTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task Publish_gets_copies_never_hard_links_into_the_cache_even_when_bin_is_linked()
    {
        var project = NewProject(outputType: "Exe");
        project.WriteFile("Program.cs", "System.Console.WriteLine(\"game\");");
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.BuildAsync(Environment));

        var result = await project.PublishAsync(Environment);

        AssertSucceeded(result);
        var entries = new[]
        {
            ("greeting", CachedWav(Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator"))),
            ("warning", CachedWav(Key("Stay back!", "Fenrir", "en-US", "Shout it, urgently"))),
        };
        foreach (var (id, entry) in entries)
        {
            string published = Path.Combine(project.PublishDirectory, "Voice", "intro", id + ".wav");
            AssertValidWav(published);
            Assert.Equal(File.ReadAllBytes(entry), File.ReadAllBytes(published));

            // The build's own output is linked (TtsLinkOutputAudio defaults to true): the check below can tell.
            Assert.True(LinkCount(entry) > 1, entry + " has no other name: bin/ and obj/ are not linked to it, so this test proves nothing");
            Assert.Equal(1, LinkCount(published));
            Assert.NotEqual(FileIdentity(entry), FileIdentity(published));
        }
    }

    /// <summary>The number of names (hard links) of a file, from <c>stat</c> (the tests run on Linux and macOS).</summary>
    private static int LinkCount(string path) => int.Parse(Stat(path, OperatingSystem.IsMacOS() ? "%l" : "%h"));

    /// <summary>Device and inode: equal for two names of one file.</summary>
    private static string FileIdentity(string path) => Stat(path, OperatingSystem.IsMacOS() ? "%d:%i" : "%d:%i");

    private static string Stat(string path, string format)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in OperatingSystem.IsMacOS() ? new[] { "-f", format, path } : new[] { "-c", format, path })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, "stat failed on " + path + ": " + process.StandardError.ReadToEnd());
        return output;
    }
}
