using Xunit.Abstractions;
using System.Globalization;
using PixazoTts.Audio;
using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>Every Opus file is accepted by opusinfo and ffprobe, and decodes (ffmpeg) to the source's length within 20 ms.</summary>
public sealed class OpusOutputTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "pixazo-i14-opus-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<string, int, int, bool> Files() => new()
    {
        { "Welcome to the Rusty Anvil, traveller.", 24000, 32000, false },
        { "Stay back! The bridge will not hold us both!", 48000, 32000, true },
        { "Hi.", 44100, 24000, true },
        { "The innkeeper is not who he says he is; ask the blacksmith about the night of the fire, and listen carefully.", 48000, 64000, false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void Opusinfo_and_ffprobe_accept_the_file_and_it_decodes_to_the_source_length(string text, int rate, int bitrate, bool trim)
    {
        var settings = FinishingSettings.Default with
        {
            Format = TtsAudioFormat.Opus, SampleRate = rate, OpusBitrate = bitrate, TrimSilence = trim, Loudness = TtsLoudnessTarget.Target(-18),
        };
        var finished = AudioFinisher.Finish(Signals.Speech(text), settings, "89abcdef01234567");
        string path = Signals.WriteTemp(_directory, "line.opus", finished.Bytes!);

        var (infoCode, info) = AudioTools.Run("opusinfo", path);
        Assert.True(infoCode == 0, info);
        Assert.DoesNotContain("WARNING", info, StringComparison.Ordinal);
        Assert.DoesNotContain("ERROR", info, StringComparison.Ordinal);

        var (probeCode, probe) = AudioTools.Run("ffprobe", "-v", "error", "-show_entries", "stream=codec_name,sample_rate,channels", "-of", "default=nw=1", path);
        Assert.True(probeCode == 0, probe);
        Assert.Contains("codec_name=opus", probe, StringComparison.Ordinal);
        Assert.Contains("channels=1", probe, StringComparison.Ordinal);

        string decoded = Path.Combine(_directory, "decoded.wav");
        var (decodeCode, decodeOutput) = AudioTools.Run("ffmpeg", "-hide_banner", "-v", "error", "-y", "-i", path, "-c:a", "pcm_s16le", decoded);
        Assert.True(decodeCode == 0, decodeOutput);
        Assert.True(WavFile.TryInspect(File.ReadAllBytes(decoded), out var wav, out string? problem), problem);
        double decodedMs = wav!.FrameCount * 1000.0 / wav.SampleRate;
        output.WriteLine($"{rate} Hz {bitrate} bit/s: {finished.Bytes!.Length} bytes, finished {finished.DurationMs} ms, decoded by ffmpeg {decodedMs:0.0} ms");
        Assert.InRange(decodedMs, finished.DurationMs - 20, finished.DurationMs + 20);
        Assert.True(finished.Bytes!.Length < 0.5 * finished.DurationMs * rate * 2 / 1000, string.Create(CultureInfo.InvariantCulture, $"{finished.Bytes.Length} bytes"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
