using System.Buffers.Binary;
using System.Text;

namespace PixazoTts.Review.Tests.Infrastructure;

/// <summary>PCM WAV files of any width and channel count, built by hand (not by the product's WAV code).</summary>
internal static class HandWav
{
    /// <summary>A WAV of <paramref name="samples"/> (interleaved, each the raw integer value of its width; 8-bit unsigned).</summary>
    public static byte[] Create(int bits, int channels, int sampleRate, IReadOnlyList<int> samples)
    {
        var bytesPerSample = bits / 8;
        var dataLength = samples.Count * bytesPerSample;
        var bytes = new byte[44 + dataLength];
        Encoding.ASCII.GetBytes("RIFF").CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), 36 + dataLength);
        Encoding.ASCII.GetBytes("WAVEfmt ").CopyTo(bytes, 8);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(22), (short)channels);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(24), sampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(28), sampleRate * channels * bytesPerSample);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(32), (short)(channels * bytesPerSample));
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(34), (short)bits);
        Encoding.ASCII.GetBytes("data").CopyTo(bytes, 36);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(40), dataLength);
        for (var i = 0; i < samples.Count; i++)
        {
            var value = samples[i];
            for (var b = 0; b < bytesPerSample; b++)
            {
                bytes[44 + (i * bytesPerSample) + b] = (byte)(value >> (8 * b));
            }
        }

        return bytes;
    }
}
