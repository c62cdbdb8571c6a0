using PixazoTts.Cli.Tests.Infrastructure;

namespace PixazoTts.Cli.Tests;

/// <summary><c>cache stats | verify [--fix] | prune</c> on a real cache filled by sync.</summary>
[Collection(CliToolGroup.Name)]
public sealed class CacheTests(CliToolFixture tool)
{
    [Fact]
    public async Task Stats_verify_fix_and_prune_work_on_the_cache_the_sync_filled()
    {
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("cache"));
        cli.WriteLines("Voice/intro.tts.json", 4);
        Assert.Equal(0, (await cli.RunAsync("sync", "Voice", "--out", "Out", "--provider", "Placeholder")).ExitCode);

        var stats = await cli.RunAsync("cache", "stats", "--json");
        Assert.True(stats.ExitCode == 0, stats.ToString());
        Assert.Equal(cli.CacheDirectory, stats.Json.GetProperty("root").GetString());
        Assert.Equal(4, stats.Json.GetProperty("entries").GetInt32());
        var model = Assert.Single(stats.Json.GetProperty("models").EnumerateArray());
        Assert.Equal("placeholder", model.GetProperty("model").GetString());
        Assert.Equal(4, model.GetProperty("entries").GetInt32());

        Assert.Equal(0, (await cli.RunAsync("cache", "verify")).ExitCode);

        // One WAV damaged on disk (same length, other bytes): its SHA-256 no longer matches the metadata.
        string wav = Directory.EnumerateFiles(Path.Combine(cli.CacheDirectory, "v1"), "*.wav", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        byte[] bytes = File.ReadAllBytes(wav);
        bytes[^1] ^= 0x55;
        File.WriteAllBytes(wav, bytes);
        string key = Path.GetFileNameWithoutExtension(wav);

        var verify = await cli.RunAsync("cache", "verify", "--json");
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("warning PTTS2308: Cache entry " + key + " fails verification (the WAV's SHA-256 differs from the metadata's); run 'pixazo-tts cache verify --fix' to remove it.", verify.Error, StringComparison.Ordinal);
        Assert.Equal(4, verify.Json.GetProperty("checked").GetInt32());
        Assert.True(File.Exists(wav));

        var fix = await cli.RunAsync("cache", "verify", "--fix", "--json");
        Assert.Equal(0, fix.ExitCode);
        Assert.True(Assert.Single(fix.Json.GetProperty("bad").EnumerateArray()).GetProperty("removed").GetBoolean());
        Assert.False(File.Exists(wav));
        Assert.False(File.Exists(Path.ChangeExtension(wav, ".json")));

        // The oldest two by last use go first when the size is capped.
        var remaining = Directory.EnumerateFiles(Path.Combine(cli.CacheDirectory, "v1"), "*.wav", SearchOption.AllDirectories).ToList();
        Assert.Equal(3, remaining.Count);
        var ordered = remaining.Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            var time = DateTime.UtcNow.AddDays(new[] { -10, -5, -1 }[i]);
            File.SetLastWriteTimeUtc(ordered[i], time);
            File.SetLastAccessTimeUtc(ordered[i], time);
        }

        var old = await cli.RunAsync("cache", "prune", "--older-than", "7d", "--json");
        Assert.True(old.ExitCode == 0, old.ToString());
        Assert.Equal(1, old.Json.GetProperty("removed").GetInt32());
        Assert.False(File.Exists(ordered[0]));

        // Capped at the newest entry's size: the older of the two left goes.
        long newest = new FileInfo(ordered[2]).Length + new FileInfo(Path.ChangeExtension(ordered[2], ".json")).Length;
        var capped = await cli.RunAsync("cache", "prune", "--max-size", newest.ToString(System.Globalization.CultureInfo.InvariantCulture), "--json");
        Assert.Equal(0, capped.ExitCode);
        Assert.Equal(1, capped.Json.GetProperty("removed").GetInt32());
        Assert.False(File.Exists(ordered[1]));
        Assert.True(File.Exists(ordered[2]));

        var bad = await cli.RunAsync("cache", "prune", "--older-than", "soon");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("error PTTS2305: --older-than has the invalid value 'soon'", bad.Error, StringComparison.Ordinal);
    }
}
