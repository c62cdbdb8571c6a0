using Xunit.Abstractions;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
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

    [Theory]
    [InlineData(24000)]
    [InlineData(44100)]
    [InlineData(48000)]
    public void Every_packet_is_CELT_coded_from_the_24_kHz_source_and_pages_hold_up_to_a_second(int rate)
    {
        var settings = FinishingSettings.Default with { Format = TtsAudioFormat.Opus, SampleRate = rate, Loudness = TtsLoudnessTarget.Target(-16) };
        var finished = AudioFinisher.Finish(Signals.Speech("The innkeeper is not who he says he is; ask the blacksmith."), settings, "89abcdef01234567");

        var pages = OggPages(finished.Bytes!);
        var head = pages[0].Packets.Single();
        Assert.Equal("OpusHead", Encoding.ASCII.GetString(head, 0, 8));
        Assert.Equal((uint)rate, BinaryPrimitives.ReadUInt32LittleEndian(head.AsSpan(12)));
        Assert.Equal(120, BinaryPrimitives.ReadUInt16LittleEndian(head.AsSpan(10))); // pre-skip: 2.5 ms of lookahead, in 48 kHz samples
        var audioPages = pages.Skip(2).ToList();
        long previousGranule = 0;
        foreach (var page in audioPages)
        {
            Assert.InRange(page.Packets.Count, 1, 50);
            Assert.True(page.Granule >= previousGranule, "granule positions never go back");
            previousGranule = page.Granule;
            foreach (byte[] packet in page.Packets)
            {
                int config = packet[0] >> 3;
                Assert.True(config >= 16, $"TOC config {config} is not CELT only");
                Assert.True(config is >= 24 and <= 27, $"TOC config {config}: a 24 kHz source codes as super-wideband CELT");
                Assert.Equal(3, config & 3); // 20 ms frames
            }
        }

        Assert.Equal(0x04, audioPages[^1].HeaderType);
        Assert.True(audioPages.Count < audioPages.Sum(p => p.Packets.Count), "several packets per page");
    }

    private sealed record OggPage(byte HeaderType, long Granule, List<byte[]> Packets);

    /// <summary>The file's pages with their packets (no packet here spans pages).</summary>
    private static List<OggPage> OggPages(byte[] file)
    {
        var pages = new List<OggPage>();
        for (int offset = 0; offset < file.Length;)
        {
            Assert.Equal("OggS", Encoding.ASCII.GetString(file, offset, 4));
            int segments = file[offset + 26];
            int body = offset + 27 + segments;
            var packets = new List<byte[]>();
            int start = body, length = 0;
            for (int s = 0; s < segments; s++)
            {
                int lace = file[offset + 27 + s];
                length += lace;
                if (lace < 255)
                {
                    packets.Add(file.AsSpan(start, length).ToArray());
                    start += length;
                    length = 0;
                }
            }

            Assert.Equal(0, length);
            pages.Add(new OggPage(file[offset + 5], BinaryPrimitives.ReadInt64LittleEndian(file.AsSpan(offset + 6)), packets));
            offset = start;
        }

        return pages;
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
