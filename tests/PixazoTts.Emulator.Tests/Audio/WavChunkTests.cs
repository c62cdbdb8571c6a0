using System.Buffers.Binary;
using System.Text;
using PixazoTts.Audio;

namespace PixazoTts.Emulator.Tests.Audio;

/// <summary>
/// WAV files assembled chunk by chunk by hand (independently of <see cref="WavFile.FromPcm16"/>): the chunk walk,
/// word alignment, odd sizes, extensible formats, and the on-disk quick check agreeing with the in-memory check.
/// </summary>
public sealed class WavChunkTests : IDisposable
{
    private static readonly byte[] PcmSubFormat = [0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];
    private static readonly byte[] FloatSubFormat = [0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71];

    private readonly string _folder = Directory.CreateTempSubdirectory("pixazotts-wavchunks-").FullName;

    public static TheoryData<string, byte[], string> Invalid() => new()
    {
        { "no data chunk", Riff(Chunk("fmt ", Pcm()), Chunk("LIST", Encoding.ASCII.GetBytes("INFOISFT"))), "no 'data' chunk" },
        { "no fmt chunk", Riff(Chunk("LIST", Encoding.ASCII.GetBytes("INFOISFT"))), "no 'fmt ' chunk" },
        { "data before fmt", Riff(Chunk("data", Samples(10)), Chunk("fmt ", Pcm())), "before the 'fmt ' chunk" },
        { "half a frame of data", Riff(Chunk("fmt ", Pcm()), Chunk("data", new byte[4801])), "whole number" },
        { "fmt shorter than PCM needs", Riff(Chunk("fmt ", Pcm()[..14]), Chunk("data", Samples(10))), "fewer than the 16" },
        { "two fmt chunks", Riff(Chunk("fmt ", Pcm()), Chunk("fmt ", Pcm()), Chunk("data", Samples(10))), "more than one" },
        { "odd chunk without its pad byte", Riff(Chunk("LIST", new byte[5], pad: false), Chunk("fmt ", Pcm()), Chunk("data", Samples(10))), "the 'mt ?' chunk" },
        { "cut one byte short", Riff(Chunk("fmt ", Pcm()), Chunk("data", Samples(100)))[..^1], "truncated" },
        { "big-endian RIFX", Retag(Riff(Chunk("fmt ", Pcm()), Chunk("data", Samples(10))), "RIFX"), "RIFX" },
        { "compressed format", Riff(Chunk("fmt ", Pcm(formatTag: 2)), Chunk("data", Samples(10))), "format tag 2" },
        { "byte rate that disagrees", Riff(Chunk("fmt ", Pcm(byteRate: 44100)), Chunk("data", Samples(10))), "byte rate" },
        { "no channels", Riff(Chunk("fmt ", Pcm(channels: 0)), Chunk("data", Samples(10))), "0 channels" },
        { "extensible float", Riff(Chunk("fmt ", Extensible(FloatSubFormat)), Chunk("data", Samples(10))), "sub-format other than PCM" },
        { "RIFF size smaller than its header", Resize(Riff(Chunk("fmt ", Pcm()), Chunk("data", Samples(10))), 2), "smaller than the header" },
    };

    [Fact]
    public void An_odd_sized_chunk_with_its_pad_byte_is_walked_past()
    {
        byte[] wav = Riff(Chunk("LIST", Encoding.ASCII.GetBytes("INFOx")), Chunk("fmt ", Pcm()), Chunk("data", Samples(2400)));

        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        Assert.Equal(4800, info!.DataLength);
        Assert.Equal(8 + 5 + 1 + 8 + 16 + 12 + 8, info.DataOffset);
        Assert.Equal(TimeSpan.FromMilliseconds(100), info.Duration);
        Assert.True(WavFile.QuickCheck(Write("padded.wav", wav), out problem), problem);
    }

    [Fact]
    public void Extensible_PCM_is_accepted_like_plain_PCM()
    {
        byte[] wav = Riff(Chunk("fmt ", Extensible(PcmSubFormat)), Chunk("data", Samples(240)));

        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        Assert.Equal((24000, (short)1, (short)16), (info!.SampleRate, info.Channels, info.BitsPerSample));
    }

    [Fact]
    public void Trailing_bytes_after_the_RIFF_chunk_do_not_make_a_file_invalid()
    {
        byte[] wav = [.. Riff(Chunk("fmt ", Pcm()), Chunk("data", Samples(240))), .. "junk"u8];

        Assert.True(WavFile.TryInspect(wav, out var info, out string? problem), problem);
        Assert.Equal(480, info!.DataLength);
    }

    [Theory]
    [MemberData(nameof(Invalid))]
    public void A_malformed_file_is_rejected_in_memory_and_on_disk_for_the_same_reason(string name, byte[] wav, string reason)
    {
        Assert.False(WavFile.TryInspect(wav, out var info, out string? inMemory), name + " passed");
        Assert.Null(info);
        Assert.Contains(reason, inMemory, StringComparison.Ordinal);

        Assert.False(WavFile.QuickCheck(Write(name.Replace(' ', '-') + ".wav", wav), out string? onDisk), name + " passed the quick check");
        Assert.Equal(inMemory, onDisk);
    }

    [Fact]
    public void A_file_that_is_not_there_fails_the_quick_check_with_a_reason()
    {
        Assert.False(WavFile.QuickCheck(Path.Combine(_folder, "missing.wav"), out string? problem));
        Assert.StartsWith("the file cannot be read", problem, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>A PCM <c>fmt </c> body: 24 kHz, 16-bit, with overridable fields for the broken variants.</summary>
    private static byte[] Pcm(short formatTag = 1, short channels = 1, int sampleRate = 24000, int? byteRate = null, short bits = 16)
    {
        var body = new byte[16];
        short blockAlign = (short)(channels * bits / 8);
        BinaryPrimitives.WriteInt16LittleEndian(body, formatTag);
        BinaryPrimitives.WriteInt16LittleEndian(body.AsSpan(2), channels);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(4), sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(8), byteRate ?? sampleRate * blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(body.AsSpan(12), blockAlign);
        BinaryPrimitives.WriteInt16LittleEndian(body.AsSpan(14), bits);
        return body;
    }

    /// <summary>A WAVE_FORMAT_EXTENSIBLE <c>fmt </c> body (40 bytes) with the given sub-format GUID.</summary>
    private static byte[] Extensible(byte[] subFormat)
    {
        var body = new byte[40];
        Pcm(formatTag: unchecked((short)0xFFFE)).CopyTo(body, 0);
        BinaryPrimitives.WriteInt16LittleEndian(body.AsSpan(16), 22);
        BinaryPrimitives.WriteInt16LittleEndian(body.AsSpan(18), 16);
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(20), 4);
        subFormat.CopyTo(body, 24);
        return body;
    }

    private static byte[] Samples(int count)
    {
        var bytes = new byte[count * 2];
        for (int i = 0; i < count; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), (short)(Math.Sin(i / 7.0) * 9000));
        }

        return bytes;
    }

    /// <summary>A chunk: id, little-endian size, body, and the pad byte an odd size needs (unless left out on purpose).</summary>
    private static byte[] Chunk(string id, byte[] body, bool pad = true)
    {
        var chunk = new byte[8 + body.Length + (pad ? body.Length & 1 : 0)];
        Encoding.ASCII.GetBytes(id).CopyTo(chunk, 0);
        BinaryPrimitives.WriteInt32LittleEndian(chunk.AsSpan(4), body.Length);
        body.CopyTo(chunk, 8);
        return chunk;
    }

    private static byte[] Riff(params byte[][] chunks)
    {
        byte[] content = [.. "WAVE"u8, .. chunks.SelectMany(c => c)];
        var size = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(size, content.Length);
        return [.. "RIFF"u8, .. size, .. content];
    }

    private static byte[] Retag(byte[] wav, string tag)
    {
        var copy = (byte[])wav.Clone();
        Encoding.ASCII.GetBytes(tag).CopyTo(copy, 0);
        return copy;
    }

    private static byte[] Resize(byte[] wav, int riffSize)
    {
        var copy = (byte[])wav.Clone();
        BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(4), riffSize);
        return copy;
    }
}
