using PixazoTts.Audio;
using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary><c>say</c>: one line to a WAV through the cache: the first run pays, the second does not.</summary>
[Collection(CliToolGroup.Name)]
public sealed class SayTests(CliToolFixture tool)
{
    private const string Key = "sk-cli-test-key-0123456789";

    [Fact]
    public async Task Say_synthesizes_once_then_serves_the_cache_and_never_prints_the_key()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 20 });
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("say"));
        cli.Environment["PIXAZO_API_KEY"] = Key;
        cli.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;

        var first = await cli.RunAsync("say", "Stay back!", "--voice", "Fenrir", "--prompt", "Shout it", "-o", "out/stay.wav", "--json");

        Assert.True(first.ExitCode == 0, first.ToString());
        var json = first.Json;
        string file = Path.Combine(cli.WorkingDirectory, "out", "stay.wav");
        Assert.Equal(file, json.GetProperty("file").GetString());
        Assert.False(json.GetProperty("cached").GetBoolean());
        Assert.Equal(0.04m, json.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(new TtsUtterance("Stay back!", "Fenrir", "Shout it", null).ComputeKey(TtsModels.Gateway), json.GetProperty("key").GetString());
        Assert.True(WavFile.TryInspect(File.ReadAllBytes(file), out var info, out _));
        Assert.Equal((long)info!.Duration.TotalMilliseconds, json.GetProperty("duration_ms").GetInt64());
        Assert.Equal(1, emulator.Stats.Generate);

        var second = await cli.RunAsync("say", "Stay back!", "--voice", "Fenrir", "--prompt", "Shout it", "-o", "out/again.wav");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("from the cache, $0.00", second.Output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(cli.WorkingDirectory, "out", "again.wav")));
        Assert.Equal(1, emulator.Stats.Generate);
        Assert.DoesNotContain(Key, first.Output + first.Error + second.Output + second.Error, StringComparison.Ordinal);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task Say_checks_the_line_like_a_script_and_without_a_key_uses_the_placeholder_voice()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("say"));

        var result = await cli.RunAsync("say", "Hello [whispers", "--voice", "Korre", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("warning PTTS1011: Unknown voice 'Korre'; did you mean 'Kore'?", result.Error, StringComparison.Ordinal);
        Assert.Contains("warning PTTS1013", result.Error, StringComparison.Ordinal);
        Assert.Contains("warning PTTS2002", result.Error, StringComparison.Ordinal);
        Assert.True(result.Json.GetProperty("placeholder").GetBoolean());
        Assert.True(File.Exists(result.Json.GetProperty("file").GetString()));
    }

    [Fact]
    public async Task Say_with_empty_text_is_PTTS1008_exit_1()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("say"));

        var result = await cli.RunAsync("say", "");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PTTS1008", result.Error, StringComparison.Ordinal);
    }
}
