using System.Buffers.Binary;
using System.Text;

namespace PixazoTts.Tests.Caching;

/// <summary>Builds canonical PCM WAV bytes by hand, independently of the product's WAV code.</summary>
internal static class TestWav
{
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
        for (int i = 0; i < samples; i++)
        {
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(44 + 2 * i), (short)((i * 37 + seed * 101) % 20000 - 10000));
        }

        return bytes;
    }
}
