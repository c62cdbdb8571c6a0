using System.Buffers.Binary;
using System.Text;

namespace PixazoTts.Tests.Shared;

/// <summary>
/// Canonical PCM WAV files built and read by hand, independently of the product's WAV code, so the product's writer
/// and reader are each checked against something they did not make themselves (shared by the Core and emulator suites).
/// </summary>
internal static class TestWav
{
    /// <summary>A 24 kHz mono 16-bit WAV with a 44-byte header and <paramref name="samples"/> samples of <see cref="Samples"/>.</summary>
    public static byte[] Create(int samples, int seed = 1)
    {
        int dataLength = samples * 2;
        var bytes = new byte[44 + dataLength];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 36 + dataLength);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(bytes, 8);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(20), 1);      // PCM
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(22), 1);      // mono
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), 24000);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), 48000);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(34), 16);
        Encoding.ASCII.GetBytes("data").CopyTo(bytes, 36);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(40), dataLength);
        short[] values = Samples(samples, seed);
        for (int i = 0; i < samples; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + 2 * i), values[i]);
        }

        return bytes;
    }

    /// <summary>The samples <see cref="Create"/> writes: a sawtooth that differs per seed.</summary>
    public static short[] Samples(int samples, int seed = 1) =>
        Enumerable.Range(0, samples).Select(i => (short)((i * 37 + seed * 101) % 20000 - 10000)).ToArray();

    /// <summary>
    /// Reads a canonical 44-byte header (RIFF, WAVE, a 16-byte PCM fmt chunk, then data) field by field; null with
    /// the reason when the bytes are not one.
    /// </summary>
    public static CanonicalHeader? ReadCanonicalHeader(byte[] wav, out string? problem)
    {
        problem = wav.Length < 44 ? "shorter than 44 bytes"
            : Encoding.ASCII.GetString(wav, 0, 4) != "RIFF" ? "no RIFF tag"
            : Encoding.ASCII.GetString(wav, 8, 8) != "WAVEfmt " ? "no WAVE tag followed by the fmt chunk"
            : BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(16)) != 16 ? "fmt chunk is not 16 bytes"
            : Encoding.ASCII.GetString(wav, 36, 4) != "data" ? "no data chunk right after fmt"
            : null;
        if (problem is not null)
        {
            return null;
        }

        return new CanonicalHeader(
            RiffSize: BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(4)),
            Format: BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(20)),
            Channels: BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(22)),
            SampleRate: BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(24)),
            ByteRate: BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(28)),
            BlockAlign: BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(32)),
            BitsPerSample: BinaryPrimitives.ReadInt16LittleEndian(wav.AsSpan(34)),
            DataSize: BinaryPrimitives.ReadInt32LittleEndian(wav.AsSpan(40)));
    }

    /// <summary>
    /// Fails unless <paramref name="wav"/> is exactly what the gateway delivers: a canonical header for 24 kHz mono
    /// 16-bit PCM whose sizes agree with the file's length.
    /// </summary>
    public static void AssertGatewayFormat(byte[] wav)
    {
        var header = ReadCanonicalHeader(wav, out string? problem);
        Assert.True(header is not null, problem);
        Assert.Equal(new CanonicalHeader(wav.Length - 8, 1, 1, 24000, 48000, 2, 16, wav.Length - 44), header);
        Assert.True(header!.DataSize % header.BlockAlign == 0, "the data chunk holds a partial sample frame");
    }
}

/// <summary>The fields of a canonical PCM WAV header.</summary>
internal sealed record CanonicalHeader(int RiffSize, short Format, short Channels, int SampleRate, int ByteRate, short BlockAlign, short BitsPerSample, int DataSize);
