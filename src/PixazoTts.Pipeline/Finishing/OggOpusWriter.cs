using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Writes an Ogg Opus stream (RFC 7845 in the Ogg container of RFC 3533): the OpusHead and OpusTags headers on pages
/// of their own, then the audio packets, up to a second of them per page, granule positions in 48 kHz samples (a
/// page's is the end of its last packet) and end trimming on the last page. Concentus is
/// the codec only (its 2.x packages carry no Ogg writer), so the container is written here; it is small and fully
/// specified, and the tests check every file with opusinfo and ffprobe.
/// </summary>
internal sealed class OggOpusWriter
{
    private static readonly uint[] CrcTable = CreateCrcTable();

    /// <summary>A second of 20 ms packets.</summary>
    private const int MaxPacketsPerPage = 50;

    private readonly Stream _output;
    private readonly uint _serial;
    private readonly List<byte> _lacing = new(255);
    private readonly ArrayBufferWriter<byte> _body = new(4096);
    private uint _sequence;
    private long _pageGranule;
    private int _pagePackets;

    public OggOpusWriter(Stream output, uint serial)
    {
        _output = output;
        _serial = serial;
    }

    /// <summary>The two header pages. <paramref name="preSkip"/> is in 48 kHz samples; <paramref name="inputSampleRate"/> is informational.</summary>
    public void WriteHeaders(int channels, int preSkip, int inputSampleRate, string vendor)
    {
        var head = new byte[19];
        Encoding.ASCII.GetBytes("OpusHead").CopyTo(head, 0);
        head[8] = 1; // version
        head[9] = (byte)channels;
        BinaryPrimitives.WriteUInt16LittleEndian(head.AsSpan(10), (ushort)preSkip);
        BinaryPrimitives.WriteUInt32LittleEndian(head.AsSpan(12), (uint)inputSampleRate);
        BinaryPrimitives.WriteInt16LittleEndian(head.AsSpan(16), 0); // output gain
        head[18] = 0; // channel mapping family 0 (mono or stereo)
        WritePage(head, granule: 0, headerType: 0x02);

        byte[] vendorBytes = Encoding.UTF8.GetBytes(vendor);
        var tags = new byte[8 + 4 + vendorBytes.Length + 4];
        Encoding.ASCII.GetBytes("OpusTags").CopyTo(tags, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(8), (uint)vendorBytes.Length);
        vendorBytes.CopyTo(tags, 12);
        BinaryPrimitives.WriteUInt32LittleEndian(tags.AsSpan(12 + vendorBytes.Length), 0); // no comments
        WritePage(tags, granule: 0, headerType: 0);
    }

    /// <summary>
    /// One audio packet; <paramref name="granule"/> is the 48 kHz sample position at its end. Packets are gathered into
    /// pages of up to a second (as opusenc does): a page per 20 ms packet would cost 28 bytes of header each, about a
    /// quarter of a 32 kbit/s stream. <paramref name="last"/> closes the stream (its page carries the end trimming).
    /// </summary>
    public void WritePacket(ReadOnlySpan<byte> packet, long granule, bool last)
    {
        int segments = (packet.Length / 255) + 1; // lacing: 255s, then the remainder (0 when a multiple of 255)
        if (_lacing.Count + segments > 255)
        {
            FlushPage(0);
        }

        for (int remaining = packet.Length; ; remaining -= 255)
        {
            _lacing.Add((byte)Math.Min(255, remaining));
            if (remaining < 255)
            {
                break;
            }
        }

        _body.Write(packet);
        _pageGranule = granule;
        _pagePackets++;
        if (last)
        {
            FlushPage(0x04);
        }
        else if (_pagePackets >= MaxPacketsPerPage)
        {
            FlushPage(0);
        }
    }

    private void FlushPage(byte headerType)
    {
        if (_pagePackets == 0)
        {
            return;
        }

        WritePage(CollectionsMarshal.AsSpan(_lacing), _body.WrittenSpan, _pageGranule, headerType);
        _lacing.Clear();
        _body.Clear();
        _pagePackets = 0;
    }

    private void WritePage(ReadOnlySpan<byte> packet, long granule, byte headerType)
    {
        int segments = (packet.Length / 255) + 1;
        if (segments > 255)
        {
            throw new InvalidOperationException("An Opus header larger than one Ogg page.");
        }

        Span<byte> lacing = stackalloc byte[segments];
        int remaining = packet.Length;
        for (int s = 0; s < segments; s++)
        {
            lacing[s] = (byte)Math.Min(255, remaining);
            remaining -= 255;
        }

        WritePage(lacing, packet, granule, headerType);
    }

    private void WritePage(ReadOnlySpan<byte> lacing, ReadOnlySpan<byte> body, long granule, byte headerType)
    {
        var page = new byte[27 + lacing.Length + body.Length];
        "OggS"u8.CopyTo(page);
        page[4] = 0;
        page[5] = headerType;
        BinaryPrimitives.WriteInt64LittleEndian(page.AsSpan(6), granule);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(14), _serial);
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(18), _sequence++);
        page[26] = (byte)lacing.Length;
        lacing.CopyTo(page.AsSpan(27));
        body.CopyTo(page.AsSpan(27 + lacing.Length));
        BinaryPrimitives.WriteUInt32LittleEndian(page.AsSpan(22), Crc(page));
        _output.Write(page);
    }

    private static uint Crc(ReadOnlySpan<byte> data)
    {
        uint crc = 0;
        foreach (byte b in data)
        {
            crc = (crc << 8) ^ CrcTable[((crc >> 24) & 0xFF) ^ b];
        }

        return crc;
    }

    private static uint[] CreateCrcTable()
    {
        var table = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint r = i << 24;
            for (int j = 0; j < 8; j++)
            {
                r = (r & 0x80000000) != 0 ? (r << 1) ^ 0x04C11DB7 : r << 1;
            }

            table[i] = r;
        }

        return table;
    }
}
