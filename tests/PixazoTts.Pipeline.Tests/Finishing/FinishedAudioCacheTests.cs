using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PixazoTts.Pipeline.Finishing;
using PixazoTts.Pipeline.Manifest;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>The derived key's exact bytes (a contract), the finished-audio cache and the manifest's shape.</summary>
public sealed class FinishedAudioCacheTests : IDisposable
{
    private const string SourceKey = "4f0c2b1e0a5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f7";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pixazo-i14-cache-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void The_derived_key_hashes_exactly_the_documented_bytes()
    {
        var settings = FinishingSettings.Default with
        {
            Loudness = TtsLoudnessTarget.Target(-16), TrimSilence = true, SampleRate = 48000, Format = TtsAudioFormat.Opus,
        };
        string input = "pixazo-tts-finish/1\n" + "source:64:" + SourceKey + "\n" + "loudness:3:-16\n" + "true_peak:2:-1\n" +
            "trim_silence:4:true\n" + "sample_rate:5:48000\n" + "format:4:opus\n" + "opus_bitrate:5:32000\n";

        Assert.Equal(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(input))).ToLowerInvariant(), FinishingKey.Compute(SourceKey, settings));
    }

    [Theory]
    [InlineData("-16", -1, true, 48000, "opus", 32000, "25ab5b3162cb676212d2d24792188bc4e0ec53d4af983f2ebab412385aa9b2c9")]
    [InlineData("off", -1, true, 24000, "wav", 32000, "fd60dfaf904e1223fe7a8924eb78417a0f413d73623f7500df0b5dc28fc8e2c4")]
    [InlineData("-23.5", -2, false, 44100, "wav", 64000, "4c75ee570bad690581ceeea162861041cf64e3064eaabfc8b5f1044e890eb8c6")]
    public void The_documented_worked_examples_hold(string loudness, double truePeak, bool trim, int rate, string format, int bitrate, string expected)
    {
        // docs/contracts.md "Finished audio": computed with Python's hashlib from the key of "Hello, traveller!".
        Assert.True(TtsFinishingRules.TryParseLoudness(loudness, out var target));
        Assert.True(TtsFinishingRules.TryParseFormat(format, out var parsedFormat));
        var settings = new FinishingSettings(target, truePeak, trim, rate, parsedFormat, bitrate);

        Assert.Equal(expected, FinishingKey.Compute("a6a56c98e78ed2fb90047bbfc66c69b9cb24ac29eefc7f189e0f0f6de9ee1984", settings));
    }

    [Fact]
    public void Settings_that_change_nothing_do_not_change_the_key()
    {
        var wav = FinishingSettings.Default with { TrimSilence = true };

        // The true peak only matters with a loudness target; the Opus bit rate only for Opus.
        Assert.Equal(FinishingKey.Compute(SourceKey, wav), FinishingKey.Compute(SourceKey, wav with { TruePeakDbtp = -3, OpusBitrate = 64000 }));
        Assert.NotEqual(FinishingKey.Compute(SourceKey, wav), FinishingKey.Compute(SourceKey, wav with { Loudness = TtsLoudnessTarget.Target(-16) }));
        Assert.NotEqual(
            FinishingKey.Compute(SourceKey, wav with { Loudness = TtsLoudnessTarget.Target(-16) }),
            FinishingKey.Compute(SourceKey, wav with { Loudness = TtsLoudnessTarget.Target(-16), TruePeakDbtp = -2 }));
        Assert.NotEqual(FinishingKey.Compute(SourceKey, wav), FinishingKey.Compute(SourceKey.Replace('4', '5'), wav));
    }

    [Fact]
    public void Finishes_once_then_serves_from_the_cache_and_a_damaged_entry_is_made_again()
    {
        string source = Signals.WriteTemp(Path.Combine(_root, "v1", "4f"), SourceKey + ".wav", Signals.Speech("Welcome, traveller."));
        var cache = new FinishedAudioCache(_root);
        var settings = FinishingSettings.Default with { Loudness = TtsLoudnessTarget.Target(-18), Format = TtsAudioFormat.Opus };

        var first = cache.GetOrFinish(SourceKey, source, settings);
        var second = cache.GetOrFinish(SourceKey, source, settings);

        Assert.True(first.WasFinished);
        Assert.False(second.WasFinished);
        Assert.Equal(first with { WasFinished = false }, second);
        Assert.StartsWith(Path.Combine(_root, "finished", "v2", first.Key[..2]), first.AudioPath, StringComparison.Ordinal);
        Assert.EndsWith(".opus", first.AudioPath, StringComparison.Ordinal);
        Assert.Equal(new FileInfo(first.AudioPath).Length, first.Bytes);

        File.WriteAllBytes(first.AudioPath, [1, 2, 3]);
        Assert.True(cache.GetOrFinish(SourceKey, source, settings).WasFinished);
    }

    [Fact]
    public void Finished_metadata_reads_back_what_it_writes_including_a_missing_measurement()
    {
        var metadata = new FinishedMetadata
        {
            SourceKey = SourceKey, Settings = "loudness -16 LUFS, \"quoted\" + ü", SameAsSource = true, Bytes = 123, DurationMs = 4567,
            LoudnessLufs = null, TruePeakDbtp = -1.25, LoudnessShortfallLu = 0.5,
        };

        byte[] json = metadata.ToUtf8Json();

        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(
                ["source_key", "settings", "same_as_source", "bytes", "duration_ms", "loudness_lufs", "true_peak_dbtp", "loudness_shortfall_lu"],
                document.RootElement.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Null, document.RootElement.GetProperty("loudness_lufs").ValueKind);
        }

        Assert.Equivalent(metadata, FinishedMetadata.TryParse(json), strict: true);
    }

    [Fact]
    public void Default_settings_use_the_source_wav_and_store_only_its_measurements()
    {
        string source = Signals.WriteTemp(Path.Combine(_root, "v1", "4f"), SourceKey + ".wav", Signals.Speech("Welcome, traveller."));
        var entry = new FinishedAudioCache(_root).GetOrFinish(SourceKey, source, FinishingSettings.Default);

        Assert.Equal(source, entry.AudioPath);
        Assert.Equal(new FileInfo(source).Length, entry.Bytes);
        Assert.NotNull(entry.LoudnessLufs);
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "finished"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void The_manifest_has_exactly_the_contract_fields_in_path_order()
    {
        var lines = new[]
        {
            new TtsManifestLine("warning", "Voice/intro.tts.json", "Voice/intro/warning.opus", "Stay back!", "Fenrir", null, "en-US", SourceKey, 1234, -16.02, -1.2, 5678),
            new TtsManifestLine("greeting", "Voice/intro.tts.json", "Voice/intro/greeting.opus", "Hello", null, "Warm", null, SourceKey, 800, null, null, 999, Placeholder: true),
        };

        using var json = JsonDocument.Parse(TtsManifestWriter.Serialize(lines));

        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        var entries = json.RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["greeting", "warning"], entries.Select(e => e.GetProperty("id").GetString()));
        Assert.All(entries, e => Assert.Equal(
            ["id", "script", "path", "text", "voice", "prompt", "language_code", "key", "duration_ms", "loudness_lufs", "true_peak_dbtp", "bytes", "placeholder"],
            e.EnumerateObject().Select(p => p.Name)));
        Assert.Equal(JsonValueKind.Null, entries[0].GetProperty("voice").ValueKind);
        Assert.Equal(-16.02, entries[1].GetProperty("loudness_lufs").GetDouble());
        Assert.Equal(1234, entries[1].GetProperty("duration_ms").GetInt64());
        Assert.True(entries[0].GetProperty("placeholder").GetBoolean());
        Assert.False(entries[1].GetProperty("placeholder").GetBoolean());
    }

    [Fact]
    public void The_manifest_reads_back_what_was_written_and_is_rewritten_only_when_it_changes()
    {
        var lines = new[]
        {
            new TtsManifestLine("warning", "Voice/intro.tts.json", "Voice/intro/warning.opus", "Stay back!", "Fenrir", null, "en-US", SourceKey, 1234, -16.02, -1.2, 5678),
            new TtsManifestLine("greeting", "Voice/intro.tts.json", "Voice/intro/greeting.wav", "Hello", null, "Warm", null, SourceKey, 800, null, null, 999, Placeholder: true),
        };

        Assert.Null(TtsManifestWriter.Read(_root));
        Assert.True(TtsManifestWriter.Write(_root, lines));
        Assert.False(TtsManifestWriter.Write(_root, lines.Reverse()));

        var read = TtsManifestWriter.Read(_root)!;
        Assert.Equal(lines.OrderBy(l => l.Path, StringComparer.Ordinal), read);
        Assert.Empty(Directory.GetFiles(_root, "*.tmp"));

        File.WriteAllText(Path.Combine(_root, TtsManifestWriter.FileName), "{\"version\": 1, \"lines\": 5}");
        Assert.Throws<System.Text.Json.JsonException>(() => TtsManifestWriter.Read(_root));
        File.WriteAllText(Path.Combine(_root, TtsManifestWriter.FileName), "not json");
        Assert.ThrowsAny<System.Text.Json.JsonException>(() => TtsManifestWriter.Read(_root));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
