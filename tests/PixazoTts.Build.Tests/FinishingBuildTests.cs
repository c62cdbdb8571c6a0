using System.Text.Json;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>
/// Finishing end to end: loudness, trimming, sample rate and Opus set by property, item metadata and script; a build
/// that changes only finishing makes no gateway request (the emulator's stats); the catalog's paths and the manifest
/// follow the format, in bin/ and publish/.
/// </summary>
public sealed class FinishingBuildTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    private const string BlacksmithScript = """
        {
          "voice": "Algenib",
          "format": "opus",
          "sample_rate": 48000,
          "lines": {
            "price": "That blade costs forty silver, and not a coin less.",
            "whisper": { "text": "[whispers] I also sell... other things.", "loudness": -26 }
          }
        }
        """;

    private const string Program = """
        foreach (var line in Consumer.TtsAssets.All)
        {
            System.Console.WriteLine("path=" + line.Path);
        }
        """;

    [Fact]
    public async Task Changing_only_finishing_makes_no_gateway_request_and_paths_and_manifest_follow_the_format()
    {
        var project = NewProject(outputType: "Exe", extraProjectContent: """
            <ItemGroup>
              <TtsAsset Update="Voice/intro.tts.json" TrimSilence="true" />
            </ItemGroup>
            """);
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        project.WriteFile("Voice/npc/blacksmith.tts.json", BlacksmithScript);
        project.WriteFile("Program.cs", Program);

        var first = await project.BuildAsync(Environment, "-p:TtsLoudness=-18");
        AssertSucceeded(first);
        Assert.Equal(4, Emulator.Stats.Generate);
        var manifest = ReadManifest(project.BinDirectory);
        Assert.Equal(
            ["Voice/intro/greeting.wav", "Voice/intro/warning.wav", "Voice/npc/blacksmith/price.opus", "Voice/npc/blacksmith/whisper.opus"],
            manifest.Select(l => l.GetProperty("path").GetString()));
        Assert.All(manifest, line => Assert.True(File.Exists(Path.Combine(project.BinDirectory, line.GetProperty("path").GetString()!))));
        Assert.InRange(Loudness(manifest, "greeting"), -18.1, -17.9);
        Assert.InRange(Loudness(manifest, "whisper"), -26.1, -25.9);
        Assert.All(manifest, line => Assert.True(line.GetProperty("true_peak_dbtp").GetDouble() <= -1.0));
        var greeting = manifest.Single(l => l.GetProperty("id").GetString() == "greeting");
        Assert.Equal(Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator"), greeting.GetProperty("key").GetString());
        Assert.Equal(new FileInfo(Path.Combine(project.BinDirectory, "Voice/intro/greeting.wav")).Length, greeting.GetProperty("bytes").GetInt64());

        // The catalog's Path follows the format (the generator sees the script's "format").
        var run = await project.RunWithoutBuildAsync(Environment.WithoutKey());
        Assert.Contains("path=Voice/npc/blacksmith/price.opus", run.Output, StringComparison.Ordinal);
        Assert.Contains("path=Voice/intro/greeting.wav", run.Output, StringComparison.Ordinal);

        // Only finishing changes: another loudness and Opus for the whole project. Zero gateway requests.
        var second = await project.BuildAsync(Environment.WithoutKey(), "-p:TtsLoudness=-23", "-p:TtsAudioFormat=opus", "-p:TtsOpusBitrate=24000");
        AssertSucceeded(second);
        Assert.Equal(4, Emulator.Stats.Generate);
        Assert.Equal(0, ConsumerProject.CountCode(second, "PTTS2002"));
        manifest = ReadManifest(project.BinDirectory);
        Assert.Equal("Voice/intro/greeting.opus", manifest.Single(l => l.GetProperty("id").GetString() == "greeting").GetProperty("path").GetString());
        Assert.InRange(Loudness(manifest, "greeting"), -23.1, -22.9);
        Assert.False(File.Exists(Path.Combine(project.ObjAudioDirectory, "Voice", "intro", "greeting.wav")));
        Assert.True(File.Exists(Path.Combine(project.ObjAudioDirectory, "Voice", "intro", "greeting.opus")));
        run = await project.RunWithoutBuildAsync(Environment.WithoutKey());
        Assert.Contains("path=Voice/intro/greeting.opus", run.Output, StringComparison.Ordinal);

        // Publish carries the manifest; TtsWriteManifest=false leaves it out.
        var publish = await project.PublishAsync(Environment.WithoutKey(), "-p:TtsLoudness=-23", "-p:TtsAudioFormat=opus", "-p:TtsOpusBitrate=24000");
        AssertSucceeded(publish);
        Assert.True(File.Exists(Path.Combine(project.PublishDirectory, "pixazo-tts.manifest.json")));
        Assert.True(File.Exists(Path.Combine(project.PublishDirectory, "Voice", "npc", "blacksmith", "price.opus")));
        var off = await project.BuildAsync(Environment.WithoutKey(), "-p:TtsLoudness=-23", "-p:TtsWriteManifest=false");
        AssertSucceeded(off);
        Assert.False(File.Exists(Path.Combine(project.ObjAudioDirectory, "pixazo-tts.manifest.json")));
        Assert.Equal(4, Emulator.Stats.Generate);
    }

    [Fact]
    public async Task Out_of_range_values_are_errors_where_they_are_set()
    {
        var project = NewProject(extraProjectContent: """
            <ItemGroup>
              <TtsAsset Update="Voice/intro.tts.json" SampleRate="22050" />
            </ItemGroup>
            """);
        project.WriteFile("Voice/intro.tts.json", IntroScript);

        var result = await project.BuildAsync(Environment, "-p:TtsTruePeak=+2");
        AssertFailed(result);
        Assert.Contains(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS2201" && d.Message.Contains("TtsTruePeak", StringComparison.Ordinal));

        result = await project.BuildAsync(Environment);
        AssertFailed(result);
        Assert.Contains(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS2202" && d.Message.Contains("SampleRate=\"22050\"", StringComparison.Ordinal));

        // In a script: at the value, from the compiler (the generator) as from the task.
        project.WriteFile("Voice/loud.tts.json", "{\n  \"lines\": {\n    \"a\": { \"text\": \"x\", \"loudness\": 3 }\n  }\n}");
        result = await project.BuildAsync(Environment);
        AssertFailed(result);
        var script = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS1030");
        Assert.EndsWith("loud.tts.json", script.File, StringComparison.Ordinal);
        Assert.Equal((3, 37), (script.Line, script.Column));
        Assert.Equal(0, Emulator.Stats.Generate);
    }

    private static List<JsonElement> ReadManifest(string directory)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(directory, "pixazo-tts.manifest.json")));
        return document.RootElement.GetProperty("lines").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static double Loudness(List<JsonElement> manifest, string id) =>
        manifest.Single(l => l.GetProperty("id").GetString() == id).GetProperty("loudness_lufs").GetDouble();
}
