using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>
/// The README's main job, on a copy of samples/DungeonCrawler that restores the freshly packed package: offline and
/// without a key, <c>dotnet build</c> writes one audio file per line in four folders (the innkeeper's as Ogg Opus, the
/// others as WAV, all finished to -18 LUFS) with exactly one PTTS2002 warning, and <c>dotnet run</c> lists every line
/// through the generated catalog with its duration from the manifest.
/// </summary>
public sealed class SampleTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    private static string SampleDirectory => Path.Combine(PackageFeedFixture.RepositoryRoot, "samples", "DungeonCrawler");

    [Fact]
    public async Task The_sample_builds_offline_into_four_voice_folders_with_one_PTTS2002_and_its_program_lists_every_line()
    {
        var project = CopyOfSample();
        var lines = SampleLines();

        var build = await project.BuildAsync(Environment.WithoutKey());

        AssertSucceeded(build);
        Assert.Equal(1, ConsumerProject.CountCode(build, "PTTS2002"));
        Assert.DoesNotMatch(@"warning (?!PTTS2002)\w+\d+:", build.Output);
        Assert.Equal(0, Emulator.Stats.Generate);
        string voice = Path.Combine(project.BinDirectory, "Voice");
        var folders = Directory.EnumerateFiles(voice, "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(voice, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Distinct()
            .Order(StringComparer.Ordinal);
        Assert.Equal(["narrator", "npc/blacksmith", "npc/innkeeper", "tutorial"], folders);
        var audio = Directory.EnumerateFiles(Path.Combine(project.BinDirectory, "Voice"), "*.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(project.BinDirectory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(lines.Select(l => l.Path).Order(StringComparer.Ordinal), audio);
        Assert.Contains(lines, l => l.Path.StartsWith("Voice/npc/innkeeper/", StringComparison.Ordinal) && l.Path.EndsWith(".opus", StringComparison.Ordinal));
        foreach (var line in lines)
        {
            string path = Path.Combine(project.BinDirectory, line.Path);
            if (line.Path.EndsWith(".opus", StringComparison.Ordinal))
            {
                Assert.Equal("OggS"u8.ToArray(), File.ReadAllBytes(path)[..4]);
            }
            else
            {
                AssertValidWav(path);
            }
        }

        Assert.True(File.Exists(Path.Combine(project.BinDirectory, "pixazo-tts.manifest.json")));

        var run = await project.RunWithoutBuildAsync(Environment.WithoutKey());

        AssertSucceeded(run);
        var listed = run.Output.Split('\n').Select(l => l.Trim()).ToList();
        foreach (var line in lines)
        {
            var row = listed.SingleOrDefault(l => l.StartsWith(line.Path + " ", StringComparison.Ordinal));
            Assert.True(row is not null, line.Path + " is not listed:\n" + run.Output);
            Assert.EndsWith(line.Text, row, StringComparison.Ordinal);
            Assert.DoesNotContain("missing", row, StringComparison.Ordinal);
            Assert.Matches(@"\d+\.\d\d s", row);
        }
    }

    /// <summary>
    /// The sample's project, program and scripts, verbatim but for the package version (the test feed's) and what
    /// every consumer project here gets around it (its own packages folder and a feed of the fresh pack).
    /// </summary>
    private ConsumerProject CopyOfSample()
    {
        var project = NewProject("DungeonCrawler", outputType: "Exe");
        foreach (string file in Directory.EnumerateFiles(SampleDirectory, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(SampleDirectory, file).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal))
            {
                continue;
            }

            string content = File.ReadAllText(file);
            if (relative == "DungeonCrawler.csproj")
            {
                Assert.Contains("Include=\"PixazoTts.Build\" Version=\"1.*\"", content, StringComparison.Ordinal);
                content = content.Replace("Version=\"1.*\"", "Version=\"" + Feed.PackageVersion + "\"", StringComparison.Ordinal);
            }

            project.WriteFile(relative, content);
        }

        return project;
    }

    /// <summary>Every line of the sample's scripts, read with Core's parser: its audio path (the script's format) and its text.</summary>
    private static IReadOnlyList<(string Path, string Text)> SampleLines()
    {
        var lines = new List<(string, string)>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(SampleDirectory, "Voice"), "*.tts.json", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(SampleDirectory, file).Replace('\\', '/');
            var parsed = TtsScriptParser.Parse(file, File.ReadAllBytes(file));
            Assert.NotNull(parsed.Script);
            var format = TtsFinishingRules.ResolveFormat(parsed.Script!.Finishing.Format, null, null);
            lines.AddRange(parsed.Script.Lines.Select(l => (TtsNaming.GetOutputPath(relative, l.Id, format), l.Text)));
        }

        Assert.True(lines.Count >= 8, "the sample has only " + lines.Count + " lines");
        return lines;
    }
}
