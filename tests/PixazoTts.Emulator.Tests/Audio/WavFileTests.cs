using System.Buffers.Binary;
using System.Text;
using PixazoTts.Audio;
using PixazoTts.Tests.Shared;

namespace PixazoTts.Emulator.Tests.Audio;

/// <summary>
/// The WAV writer checked against a WAV built and read by hand (<see cref="TestWav"/>, not the product's code), and
/// WAV validation (what the client and the cache trust) against hand-made broken files.
/// </summary>
public sealed class WavFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pixazotts-wav-").FullName;

    public static byte[] Valid() => WavFile.FromPcm16(Enumerable.Range(0, 2400).Select(i => (short)(Math.Sin(i / 10.0) * 8000)).ToArray(), 24000, 1);

    public static TheoryData<string, byte[]> Broken()
    {
        var valid = Valid();
        var data = new TheoryData<string, byte[]>
        {
            { "empty", [] },
            { "shorter than a header", valid[..20] },
            { "truncated data", valid[..(valid.Length - 100)] },
            { "not RIFF", Patch(valid, 0, "RIFX") },
            { "not WAVE", Patch(valid, 8, "AVI ") },
            { "html page", Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body>Gateway error</body></html>") },
            { "no fmt chunk", Patch(valid, 12, "junk") },
        };

        // A RIFF size beyond the file, and a data size beyond the file.
        var riffTooBig = (byte[])valid.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(riffTooBig.AsSpan(4), valid.Length * 2);
        data.Add("RIFF size beyond the end", riffTooBig);
        var dataTooBig = (byte[])valid.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(dataTooBig.AsSpan(40), valid.Length * 2);
        data.Add("data size beyond the end", dataTooBig);

        // A fmt chunk that is not PCM 16-bit.
        var eightBit = (byte[])valid.Clone();
        BinaryPrimitives.WriteInt16LittleEndian(eightBit.AsSpan(34), 8);
        data.Add("8-bit samples", eightBit);
        return data;
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2400, 1)]
    [InlineData(24001, 7)]
    public void The_writer_produces_byte_for_byte_the_canonical_WAV_built_by_hand(int samples, int seed)
    {
        byte[] written = WavFile.FromPcm16(TestWav.Samples(samples, seed), 24000, 1);

        Assert.Equal(TestWav.Create(samples, seed), written);
    }

    [Fact]
    public void The_writers_header_read_by_hand_is_24_kHz_mono_16_bit_PCM_with_sizes_that_match_the_file()
    {
        TestWav.AssertGatewayFormat(Valid());
        TestWav.AssertGatewayFormat(PlaceholderVoice.Synthesize(new TtsUtterance("Stay back!", voice: "Fenrir", prompt: "Shout it, urgently", languageCode: "en-US")));
    }

    [Fact]
    public void A_well_formed_file_passes_both_checks_with_its_format_and_duration()
    {
        byte[] wav = Valid();
        string path = Write("ok.wav", wav);

        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        Assert.Equal(TimeSpan.FromMilliseconds(100), info!.Duration);
        Assert.True(WavFile.QuickCheck(path, out problem), problem);
    }

    [Theory]
    [MemberData(nameof(Broken))]
    public void A_broken_file_is_rejected_with_a_reason(string name, byte[] wav)
    {
        Assert.False(WavFile.TryInspect(wav, out _, out string? problem), name + " passed");
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    [Theory]
    [InlineData("truncated data")]
    [InlineData("shorter than a header")]
    [InlineData("not RIFF")]
    [InlineData("RIFF size beyond the end")]
    public void The_quick_check_on_disk_catches_truncation_and_bad_headers(string name)
    {
        byte[] wav = Broken().Single(row => (string)row[0] == name)[1] is byte[] bytes ? bytes : [];
        string path = Write(name.Replace(' ', '-') + ".wav", wav);

        Assert.False(WavFile.QuickCheck(path, out string? problem), name + " passed");
        Assert.False(string.IsNullOrWhiteSpace(problem));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Patch(byte[] source, int offset, string ascii)
    {
        var copy = (byte[])source.Clone();
        Encoding.ASCII.GetBytes(ascii).CopyTo(copy, offset);
        return copy;
    }
}
