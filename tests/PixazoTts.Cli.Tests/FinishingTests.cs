using System.Diagnostics;
using System.Text.Json;
using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary>
/// <c>sync</c> and the build agree on finished audio: a real <c>dotnet build</c> of a project with loudness, trimming
/// and Opus (by property, item metadata and script member) and <c>pixazo-tts sync</c> of the same project give the same
/// files, extensions, bytes and manifest, from the cache, with no request; a folder of scripts gets the scripts' own
/// finishing; the Opus files pass opusinfo and ffprobe; a rerun removes only what the previous manifest listed, .opus
/// files included; out-of-range values are the build's errors at the build's places.
/// </summary>
[Collection(CliToolGroup.Name)]
public sealed class FinishingTests(CliToolFixture tool)
{
    private const string Key = "sk-finishing-test-key";

    // Loudness and trimming from the project, one line quieter by its own member.
    private const string IntroScript = """
        {
          "voice": "Kore",
          "language_code": "en-US",
          "lines": {
            "greeting": "Hello, traveller!",
            "whisper": { "text": "[whispers] Keep your voice down.", "loudness": -26 }
          }
        }
        """;

    // Opus by the TtsAsset item's AudioFormat metadata (the project sets it for Voice/world).
    private const string WorldScript = """
        {
          "voice": "Puck",
          "lines": {
            "north": "The northern pass is closed.",
            "south": "Ships leave from the southern harbour.",
            "east": "Nobody goes east any more."
          }
        }
        """;

    // Everything by script members: the same finishing whether the build or a folder sync reads it (the project sets no
    // TtsOpusBitrate, which has no script member).
    private const string SmithScript = """
        {
          "voice": "Algenib",
          "format": "opus",
          "sample_rate": 48000,
          "loudness": -20,
          "true_peak": -1.5,
          "trim_silence": true,
          "lines": {
            "price": "That blade costs forty silver.",
            "thanks": "Come back any time."
          }
        }
        """;

    [Fact]
    public async Task Sync_of_a_project_writes_what_dotnet_build_puts_in_bin_and_a_folder_sync_follows_the_script_members()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 10 });
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("finishing"));
        cli.Environment["PIXAZO_API_KEY"] = Key;
        cli.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        string project = WriteConsumerProject(cli, tool);

        // The build pays for every distinct line once and lays out bin/.
        var build = await DotNetCli.RunAsync(
            Path.GetDirectoryName(project)!, ["build", project, "-nodeReuse:false", "--disable-build-servers", "-tl:off"], cli.Environment);
        Assert.True(build.Succeeded, build.Output);
        Assert.DoesNotContain(Key, build.Output, StringComparison.Ordinal);
        Assert.Equal(7, emulator.Stats.Generate);
        string bin = Path.Combine(cli.WorkingDirectory, "Game", "bin", "Debug", "net10.0");

        // Sync of the project: the same files, bytes and manifest, all from the cache.
        var sync = await cli.RunAsync("sync", project, "--out", "Out", "--json");

        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.Equal(7, emulator.Stats.Generate);
        Assert.Equal(7, sync.Json.GetProperty("written").GetInt32());
        Assert.Equal(0m, sync.Json.GetProperty("cost_usd").GetDecimal());
        string root = Path.Combine(cli.WorkingDirectory, "Out");
        var built = AudioFiles(bin);
        Assert.Equal(
            [
                "Voice/intro/greeting.wav", "Voice/intro/whisper.wav",
                "Voice/npc/smith/price.opus", "Voice/npc/smith/thanks.opus",
                "Voice/world/lands/east.opus", "Voice/world/lands/north.opus", "Voice/world/lands/south.opus",
            ],
            built);
        Assert.Equal(built, AudioFiles(root));
        foreach (string path in built)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(bin, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(root, path))), path + " differs from bin/");
        }

        Assert.Equal(File.ReadAllText(Path.Combine(bin, "pixazo-tts.manifest.json")), File.ReadAllText(Path.Combine(root, "pixazo-tts.manifest.json")));
        var manifest = Manifest(root);
        Assert.InRange(manifest["Voice/intro/greeting.wav"].GetProperty("loudness_lufs").GetDouble(), -18.6, -17.4);
        Assert.InRange(manifest["Voice/intro/whisper.wav"].GetProperty("loudness_lufs").GetDouble(), -26.6, -25.4);
        Assert.InRange(manifest["Voice/npc/smith/price.opus"].GetProperty("loudness_lufs").GetDouble(), -20.6, -19.4);
        Assert.All(manifest.Values, line => Assert.False(line.GetProperty("placeholder").GetBoolean()));
        Assert.All(manifest, line => Assert.Equal(new FileInfo(Path.Combine(root, line.Key)).Length, line.Value.GetProperty("bytes").GetInt64()));

        // Independent tools accept every Opus file, and decoded it lasts what the manifest says.
        foreach (string path in built.Where(p => p.EndsWith(".opus", StringComparison.Ordinal)))
        {
            string file = Path.Combine(root, path);
            var opusinfo = await RunToolAsync("opusinfo", file);
            Assert.True(opusinfo.ExitCode == 0, path + ": " + opusinfo.Output);
            var probe = await RunToolAsync("ffprobe", "-v", "error", "-show_entries", "stream=codec_name:format=duration", "-of", "json", file);
            Assert.True(probe.ExitCode == 0, path + ": " + probe.Output);
            using var json = JsonDocument.Parse(probe.Output);
            Assert.Equal("opus", json.RootElement.GetProperty("streams")[0].GetProperty("codec_name").GetString());
            double seconds = double.Parse(json.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(seconds * 1000 - manifest[path].GetProperty("duration_ms").GetInt64(), -20, 20);
        }

        // A folder of scripts has no project: the script members apply (smith: exactly the build's bytes), the project's
        // properties and item metadata do not (intro and world stay WAV at the gateway's level).
        var folder = await cli.RunAsync("sync", "Game", "--out", "OutFolder", "--json");

        Assert.True(folder.ExitCode == 0, folder.ToString());
        string folderRoot = Path.Combine(cli.WorkingDirectory, "OutFolder");
        Assert.Equal(
            [
                "Voice/intro/greeting.wav", "Voice/intro/whisper.wav",
                "Voice/npc/smith/price.opus", "Voice/npc/smith/thanks.opus",
                "Voice/world/lands/east.wav", "Voice/world/lands/north.wav", "Voice/world/lands/south.wav",
            ],
            AudioFiles(folderRoot));
        foreach (string path in new[] { "Voice/npc/smith/price.opus", "Voice/npc/smith/thanks.opus" })
        {
            Assert.True(File.ReadAllBytes(Path.Combine(bin, path)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folderRoot, path))), path + " differs from bin/");
            Assert.Equal(manifest[path].GetRawText(), Manifest(folderRoot)[path].GetRawText());
        }

        // Reruns: a line goes away (an .opus file the previous manifest listed is removed); a format change replaces
        // the WAVs it wrote with .opus files; the user's own files stay; nothing is requested.
        string ownOpus = cli.Write("Out/Voice/world/lands/mine.opus", "the user's own file");
        string ownWav = cli.Write("OutFolder/Voice/intro/notes.wav", "the user's own file");
        cli.Write("Game/Voice/world/lands.tts.json", WorldScript.Replace(",\n    \"east\": \"Nobody goes east any more.\"", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("east", File.ReadAllText(Path.Combine(cli.WorkingDirectory, "Game/Voice/world/lands.tts.json")), StringComparison.Ordinal);
        var rerun = await cli.RunAsync("sync", project, "--out", "Out", "--json");

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Equal(["Voice/world/lands/east.opus"], rerun.Json.GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(6, rerun.Json.GetProperty("unchanged").GetInt32());
        Assert.False(File.Exists(Path.Combine(root, "Voice/world/lands/east.opus")));
        Assert.Equal("the user's own file", File.ReadAllText(ownOpus));

        cli.Write("Game/Voice/intro.tts.json", IntroScript.Replace("\"voice\": \"Kore\",", "\"voice\": \"Kore\",\n  \"format\": \"opus\",", StringComparison.Ordinal));
        var reformat = await cli.RunAsync("sync", "Game", "--out", "OutFolder", "--json");

        Assert.True(reformat.ExitCode == 0, reformat.ToString());
        Assert.Equal(
            ["Voice/intro/greeting.wav", "Voice/intro/whisper.wav", "Voice/world/lands/east.wav"],
            reformat.Json.GetProperty("removed").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(folderRoot, "Voice/intro/greeting.opus")));
        Assert.True(File.Exists(Path.Combine(folderRoot, "Voice/intro/whisper.opus")));
        Assert.Equal("the user's own file", File.ReadAllText(ownWav));
        Assert.Equal(7, emulator.Stats.Generate);
        Assert.DoesNotContain(Key, sync.Output + sync.Error + folder.Output + folder.Error + rerun.Error + reformat.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Out_of_range_finishing_values_are_the_build_s_errors_at_the_build_s_places()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("finishing-errors"));

        // In a script: PTTS1030 at the value.
        string loud = cli.Write("Scripts/Voice/loud.tts.json", "{\n  \"lines\": {\n    \"a\": { \"text\": \"x\", \"loudness\": 3 }\n  }\n}\n");
        var script = await cli.RunAsync("sync", "Scripts", "--out", "Out", "--provider", "Placeholder");

        Assert.Equal(1, script.ExitCode);
        Assert.Contains(loud + "(3,37): error PTTS1030:", script.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cli.WorkingDirectory, "Out")));

        // A property (PTTS2201) and item metadata (PTTS2202), read by MSBuild's evaluation of the project.
        cli.Write("Game/Voice/intro.tts.json", IntroScript);
        string project = cli.Write("Game/Game.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TtsTruePeak>+2</TtsTruePeak>
              </PropertyGroup>
              <ItemGroup>
                <TtsAsset Include="Voice/**/*.tts.json" SampleRate="22050" />
              </ItemGroup>
            </Project>
            """);
        var property = await cli.RunAsync("sync", project, "--out", "Out", "--provider", "Placeholder");

        Assert.Equal(1, property.ExitCode);
        Assert.Contains(project + ": error PTTS2201:", property.Error, StringComparison.Ordinal);
        Assert.Contains("TtsTruePeak", property.Error, StringComparison.Ordinal);

        File.WriteAllText(project, File.ReadAllText(project).Replace("<TtsTruePeak>+2</TtsTruePeak>", string.Empty, StringComparison.Ordinal));
        var metadata = await cli.RunAsync("review", project, "-o", "Review", "--provider", "Placeholder");

        Assert.Equal(1, metadata.ExitCode);
        Assert.Contains("error PTTS2202:", metadata.Error, StringComparison.Ordinal);
        Assert.Contains("SampleRate=\"22050\"", metadata.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(cli.WorkingDirectory, "Out")));
        Assert.False(Directory.Exists(Path.Combine(cli.WorkingDirectory, "Review")));
    }

    [Fact]
    public async Task Review_plays_the_finished_audio()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("finishing-review"));
        cli.Write("Game/Voice/npc/smith.tts.json", SmithScript);
        cli.Write("Game/Voice/intro.tts.json", IntroScript);

        var sync = await cli.RunAsync("sync", "Game", "--out", "Out", "--provider", "Placeholder");
        var review = await cli.RunAsync("review", "Game", "-o", "Review", "--provider", "Placeholder", "--json");

        Assert.True(sync.ExitCode == 0, sync.ToString());
        Assert.True(review.ExitCode == 0, review.ToString());
        string html = File.ReadAllText(review.Json.GetProperty("index").GetString()!);
        var audio = Directory.GetFiles(Path.Combine(cli.WorkingDirectory, "Review", "audio")).Select(Path.GetFileName).ToList();
        Assert.Equal(2, audio.Count(a => a!.EndsWith(".opus", StringComparison.Ordinal)));
        Assert.Equal(2, audio.Count(a => a!.EndsWith(".wav", StringComparison.Ordinal)));

        // Each copy is byte for byte the file sync wrote for the line: what the build ships, not the gateway's WAV.
        var synced = Directory.GetFiles(Path.Combine(cli.WorkingDirectory, "Out"), "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".json", StringComparison.Ordinal))
            .Select(File.ReadAllBytes)
            .ToList();
        foreach (string name in audio!)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(cli.WorkingDirectory, "Review", "audio", name!));
            Assert.Contains(synced, s => s.AsSpan().SequenceEqual(bytes));
            Assert.Contains("audio/" + name, html, StringComparison.Ordinal);
        }
    }

    // A project that uses PixazoTts.Build as a user's does: a PackageReference from the run's folder feed.
    private static string WriteConsumerProject(CliRunner cli, CliToolFixture tool)
    {
        cli.Write("Game/Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{tool.PackagesDirectory}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        cli.Write("Game/Directory.Build.targets", "<Project />");
        cli.Write("Game/Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        cli.Write("Game/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="feed" value="{tool.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        cli.Write("Game/Voice/intro.tts.json", IntroScript);
        cli.Write("Game/Voice/world/lands.tts.json", WorldScript);
        cli.Write("Game/Voice/npc/smith.tts.json", SmithScript);
        return cli.Write("Game/Game.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TtsLoudness>-18</TtsLoudness>
                <TtsTrimSilence>true</TtsTrimSilence>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PixazoTts.Build" Version="{tool.PackageVersion}" PrivateAssets="all" />
                <TtsAsset Include="Voice/**/*.tts.json" />
                <TtsAsset Update="Voice/world/**/*.tts.json" AudioFormat="opus" />
              </ItemGroup>
            </Project>
            """);
    }

    // The audio files below a folder, relative and '/'-separated, in ordinal order.
    private static List<string> AudioFiles(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".wav", StringComparison.Ordinal) || f.EndsWith(".opus", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(directory, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static Dictionary<string, JsonElement> Manifest(string directory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pixazo-tts.manifest.json")));
        return document.RootElement.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("path").GetString()!, l => l.Clone());
    }

    private static async Task<(int ExitCode, string Output)> RunToolAsync(string command, params string[] arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await error);
    }
}
