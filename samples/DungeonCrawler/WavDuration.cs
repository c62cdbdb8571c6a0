using System.Buffers.Binary;

namespace DungeonCrawler;

/// <summary>Reads a WAV file's duration from its header (RIFF/WAVE: the fmt chunk's byte rate and the data chunk's size).</summary>
internal static class WavDuration
{
    public static TimeSpan Read(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> header = stackalloc byte[12];
        stream.ReadExactly(header);
        if (!header[..4].SequenceEqual("RIFF"u8) || !header[8..12].SequenceEqual("WAVE"u8))
        {
            throw new InvalidDataException($"{path} is not a WAV file.");
        }

        int byteRate = 0;
        Span<byte> chunk = stackalloc byte[8];
        Span<byte> format = stackalloc byte[16];
        while (stream.Read(chunk) == 8)
        {
            int size = BinaryPrimitives.ReadInt32LittleEndian(chunk[4..]);
            if (chunk[..4].SequenceEqual("fmt "u8))
            {
                stream.ReadExactly(format);
                byteRate = BinaryPrimitives.ReadInt32LittleEndian(format[8..]);
                stream.Seek(size - 16 + (size & 1), SeekOrigin.Current);
            }
            else if (chunk[..4].SequenceEqual("data"u8))
            {
                return byteRate > 0 ? TimeSpan.FromSeconds((double)size / byteRate) : TimeSpan.Zero;
            }
            else
            {
                stream.Seek(size + (size & 1), SeekOrigin.Current);
            }
        }

        throw new InvalidDataException($"{path} has no data chunk.");
    }
}
