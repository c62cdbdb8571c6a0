using PixazoTts.Audio;
using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary><c>sync</c>: the bin/ layout plus the manifest; reruns delete only what the previous manifest listed; locked mode and the cost brake ask nothing.</summary>
[Collection(CliToolGroup.Name)]
public sealed class SyncTests(CliToolFixture tool)
{
    private const string Key = "sk-sync-test-key";

    private static async Task<(EmulatorHost Emulator, CliRunner Cli)> StartAsync(CliToolFixture tool, string name)
    {
        var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 20 });
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory(name));
        cli.Environment["PIXAZO_API_KEY"] = Key;
        cli.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        return (emulator, cli);
    }

    [Fact]
    public async Task Sync_writes_the_bin_layout_and_a_manifest_and_a_rerun_removes_only_what_it_wrote()
    {
        var (emulator, cli) = await StartAsync(tool, "sync");
        await using var running = emulator;
        cli.Write("Game/Voice/intro.tts.json", """
            {
              "voice": "Kore",
              "language_code": "en-US",
              "prompt": "Warm, friendly narrator",
              "lines": {
                "greeting": "Hello, traveller!",
                "warning": { "text": "Stay back!", "voice": "Fenrir", "prompt": "Shout it, urgently" }
              }
            }
            """);
        cli.WriteLines("Game/Voice/npc/smith.tts.json", 3);
        string own = cli.Write("Out/Voice/intro/notes.txt", "the user's own file");

        var first = await cli.RunAsync("sync", "Game", "--out", "Out", "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal(5, first.Json.GetProperty("written").GetInt32());
        Assert.Equal(0.20m, first.Json.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(5, emulator.Stats.Generate);
        string root = Path.Combine(cli.WorkingDirectory, "Out");
        foreach (string path in new[] { "Voice/intro/greeting.wav", "Voice/intro/warning.wav", "Voice/npc/smith/line0.wav", "Voice/npc/smith/line2.wav" })
        {
            Assert.True(WavFile.TryInspect(File.ReadAllBytes(Path.Combine(root, path)), out _, out _), path);
        }

        using (var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, "pixazo-tts.manifest.json"))))
        {
            var lines = manifest.RootElement.GetProperty("lines").EnumerateArray().ToList();
            Assert.Equal(5, lines.Count);
            var warning = lines.Single(l => l.GetProperty("id").GetString() == "warning");
            Assert.Equal("Voice/intro.tts.json", warning.GetProperty("script").GetString());
            Assert.Equal("Voice/intro/warning.wav", warning.GetProperty("path").GetString());
            Assert.Equal("Stay back!", warning.GetProperty("text").GetString());
            Assert.Equal("Fenrir", warning.GetProperty("voice").GetString());
            Assert.Equal("Shout it, urgently", warning.GetProperty("prompt").GetString());
            Assert.Equal("en-US", warning.GetProperty("language_code").GetString());
            Assert.Equal(new TtsUtterance("Stay back!", "Fenrir", "Shout it, urgently", "en-US").ComputeKey(TtsModels.Gateway), warning.GetProperty("key").GetString());
            byte[] wav = File.ReadAllBytes(Path.Combine(root, "Voice/intro/warning.wav"));
            Assert.Equal(wav.Length, warning.GetProperty("bytes").GetInt64());
            Assert.True(WavFile.TryInspect(wav, out var info, out _));
            Assert.Equal((long)Math.Round(info!.FrameCount * 1000.0 / info.SampleRate), warning.GetProperty("duration_ms").GetInt64());
            Assert.True(warning.GetProperty("duration_ms").GetInt64() > 0);

            // Finishing measures every line, as the build's manifest does, even with nothing to change.
            Assert.Equal(System.Text.Json.JsonValueKind.Number, warning.GetProperty("loudness_lufs").ValueKind);
            Assert.Equal(System.Text.Json.JsonValueKind.Number, warning.GetProperty("true_peak_dbtp").ValueKind);
            Assert.False(warning.GetProperty("placeholder").GetBoolean());
        }

        // A line goes away; a file the user put beside the outputs stays; nothing is requested again.
        cli.WriteLines("Game/Voice/npc/smith.tts.json", 2);
        var second = await cli.RunAsync("sync", "Game", "--out", "Out", "--json");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(["Voice/npc/smith/line2.wav"], second.Json.GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0, second.Json.GetProperty("written").GetInt32());
        Assert.Equal(4, second.Json.GetProperty("unchanged").GetInt32());
        Assert.False(File.Exists(Path.Combine(root, "Voice/npc/smith/line2.wav")));
        Assert.True(File.Exists(Path.Combine(root, "Voice/npc/smith/line1.wav")));
        Assert.Equal("the user's own file", File.ReadAllText(own));
        Assert.Equal(5, emulator.Stats.Generate);
        Assert.DoesNotContain(Key, first.Output + first.Error + second.Output + second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_never_overwrites_a_file_it_did_not_write()
    {
        var (emulator, cli) = await StartAsync(tool, "sync-foreign");
        await using var running = emulator;
        cli.WriteLines("Voice/intro.tts.json", 2);
        string foreign = cli.Write("Out/intro/line1.wav", "not ours");

        var result = await cli.RunAsync("sync", "Voice", "--out", "Out");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(foreign + ": error PTTS2307", result.Error, StringComparison.Ordinal);
        Assert.Equal("not ours", File.ReadAllText(foreign));
        Assert.False(File.Exists(Path.Combine(cli.WorkingDirectory, "Out", "pixazo-tts.manifest.json")));
    }

    [Fact]
    public async Task Locked_sync_with_a_missing_line_is_PTTS2001_at_the_line_and_asks_nothing()
    {
        var (emulator, cli) = await StartAsync(tool, "sync-locked");
        await using var running = emulator;
        string script = cli.WriteLines("Voice/intro.tts.json", 2);

        var result = await cli.RunAsync("sync", "Voice", "--out", "Out", "--locked");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(script + "(4,5): error PTTS2001: Line 'line0' is not in the cache and TtsLockedMode is on", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Stats.Generate);
    }

    [Fact]
    public async Task The_cost_brake_stops_before_the_first_request()
    {
        var (emulator, cli) = await StartAsync(tool, "sync-brake");
        await using var running = emulator;
        cli.WriteLines("Voice/intro.tts.json", 6);

        var result = await cli.RunAsync("sync", "Voice", "--out", "Out", "--max-cost-usd", "0.2");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("error PTTS2010: 6 new line(s) would cost $0.24 ($0.04 each), more than --max-cost-usd ($0.20); nothing was requested; raise --max-cost-usd if this spend is intended.", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Stats.Generate);
        Assert.False(Directory.Exists(Path.Combine(cli.WorkingDirectory, "Out")));
    }
}
