using System;
using System.Buffers.Binary;
using System.IO;
using System.Runtime.InteropServices;

namespace PixazoTts.Audio
{
    /// <summary>
    /// Checks and writes PCM WAV files. The checks are what the cache and the client rely on before trusting audio:
    /// RIFF/WAVE magic, a PCM <c>fmt </c> chunk with sane, self-consistent values, a <c>data</c> chunk, no truncation
    /// (declared RIFF or data sizes beyond the bytes present) and a data length that is a whole number of frames.
    /// </summary>
    public static class WavFile
    {
        /// <summary>The size of the canonical header written by <see cref="FromPcm16"/>.</summary>
        public const int CanonicalHeaderLength = 44;

        /// <summary>
        /// Inspects a whole WAV file held in memory.
        /// </summary>
        /// <param name="wav">The file's bytes.</param>
        /// <param name="info">The file's format and data location when the file is valid; otherwise null.</param>
        /// <param name="problem">A one-line description of what is wrong when the file is not valid; otherwise null.</param>
        /// <returns>True when the file is a valid PCM WAV file.</returns>
        public static bool TryInspect(ReadOnlySpan<byte> wav, out WavInfo? info, out string? problem)
        {
            var source = new WavSource(wav);
            return Inspect(in source, out info, out problem);
        }

        /// <summary>
        /// Checks a WAV file on disk from its header chunks and its length, without reading the audio data, so a cache
        /// can verify thousands of entries quickly. Catches truncation (a partly written or cut file), a wrong header
        /// and an inconsistent format; it cannot see corruption inside the samples.
        /// </summary>
        /// <param name="path">The file to check.</param>
        /// <param name="problem">A one-line description of what is wrong, including "cannot be read"; null when valid.</param>
        /// <returns>True when the file is a valid PCM WAV file as far as its headers and length tell.</returns>
        public static bool QuickCheck(string path, out string? problem)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            try
            {
                // FileShare.ReadWrite|Delete: a checker must never block a writer or a cache eviction.
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.RandomAccess);
                var source = new WavSource(stream);
                return Inspect(in source, out _, out problem);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                problem = "the file cannot be read: " + e.Message;
                return false;
            }
        }

        /// <summary>
        /// Writes 16-bit PCM samples as a WAV file with the canonical 44-byte header (RIFF, <c>fmt </c> of 16 bytes, <c>data</c>).
        /// </summary>
        /// <param name="samples">Interleaved samples (frame by frame).</param>
        /// <param name="sampleRate">Frames per second.</param>
        /// <param name="channels">Channels per frame; <paramref name="samples"/> must hold whole frames.</param>
        /// <returns>The WAV file's bytes.</returns>
        public static byte[] FromPcm16(ReadOnlySpan<short> samples, int sampleRate, int channels)
        {
            if (sampleRate <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleRate), "The sample rate must be positive.");
            }

            if (channels <= 0 || channels > short.MaxValue)
            {
                throw new ArgumentOutOfRangeException(nameof(channels), "The channel count must be positive.");
            }

            if (samples.Length % channels != 0)
            {
                throw new ArgumentException("The samples must hold whole frames (a multiple of the channel count).", nameof(samples));
            }

            long dataLength = (long)samples.Length * 2;
            if (dataLength > int.MaxValue - CanonicalHeaderLength)
            {
                throw new ArgumentException("Too many samples for one WAV file.", nameof(samples));
            }

            var blockAlign = channels * 2;
            var bytes = new byte[CanonicalHeaderLength + dataLength];
            var header = bytes.AsSpan(0, CanonicalHeaderLength);
            WriteTag(header, 0, "RIFF");
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(4), (uint)(CanonicalHeaderLength - 8 + dataLength));
            WriteTag(header, 8, "WAVE");
            WriteTag(header, 12, "fmt ");
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(16), 16);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(20), FormatPcm);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(22), (ushort)channels);
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(24), (uint)sampleRate);
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(28), (uint)((long)sampleRate * blockAlign));
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(32), (ushort)blockAlign);
            BinaryPrimitives.WriteUInt16LittleEndian(header.Slice(34), 16);
            WriteTag(header, 36, "data");
            BinaryPrimitives.WriteUInt32LittleEndian(header.Slice(40), (uint)dataLength);

            var data = bytes.AsSpan(CanonicalHeaderLength);
            if (BitConverter.IsLittleEndian)
            {
                MemoryMarshal.AsBytes(samples).CopyTo(data);
            }
            else
            {
                for (var i = 0; i < samples.Length; i++)
                {
                    BinaryPrimitives.WriteInt16LittleEndian(data.Slice(i * 2), samples[i]);
                }
            }

            return bytes;
        }

        private const ushort FormatPcm = 1;
        private const ushort FormatExtensible = 0xFFFE;
        private const int MinSampleRate = 1000;
        private const int MaxSampleRate = 768000;
        private const int MaxChannels = 32;

        // The tail of KSDATAFORMAT_SUBTYPE_PCM (00000001-0000-0010-8000-00AA00389B71) after its 2-byte format code.
        private static readonly byte[] PcmSubFormatTail = { 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x80, 0x00, 0x00, 0xAA, 0x00, 0x38, 0x9B, 0x71 };

        private static bool Inspect(in WavSource source, out WavInfo? info, out string? problem)
        {
            info = null;
            var length = source.Length;
            Span<byte> head = stackalloc byte[12];
            if (length < 12 || !source.TryRead(0, head))
            {
                problem = FormattableString.Invariant($"not a WAV file: {length} bytes is too short for a RIFF header");
                return false;
            }

            if (!IsTag(head, 0, "RIFF"))
            {
                problem = IsTag(head, 0, "RIFX") || IsTag(head, 0, "RF64")
                    ? "unsupported WAV variant (big-endian RIFX or RF64); expected a little-endian RIFF file"
                    : "not a WAV file: it does not start with 'RIFF'";
                return false;
            }

            if (!IsTag(head, 8, "WAVE"))
            {
                problem = "not a WAV file: the RIFF form type is not 'WAVE'";
                return false;
            }

            long riffEnd = 8L + BinaryPrimitives.ReadUInt32LittleEndian(head.Slice(4));
            if (riffEnd < 12)
            {
                problem = "corrupt WAV header: the RIFF size is smaller than the header itself";
                return false;
            }

            if (riffEnd > length)
            {
                problem = FormattableString.Invariant($"truncated WAV file: the RIFF header declares {riffEnd} bytes but only {length} are present");
                return false;
            }

            PcmFormat? format = null;
            Span<byte> chunkHeader = stackalloc byte[8];
            Span<byte> fmtBody = stackalloc byte[40];
            long offset = 12;
            while (true)
            {
                if (offset + 8 > riffEnd)
                {
                    problem = format == null
                        ? "invalid WAV file: no 'fmt ' chunk"
                        : "invalid WAV file: no 'data' chunk";
                    return false;
                }

                if (!source.TryRead(offset, chunkHeader))
                {
                    problem = "the file cannot be read past its header";
                    return false;
                }

                long chunkSize = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader.Slice(4));
                long bodyStart = offset + 8;
                var bodyPresent = riffEnd - bodyStart;
                if (IsTag(chunkHeader, 0, "data"))
                {
                    if (format == null)
                    {
                        problem = "invalid WAV file: the 'data' chunk comes before the 'fmt ' chunk";
                        return false;
                    }

                    if (chunkSize > bodyPresent)
                    {
                        problem = FormattableString.Invariant($"truncated WAV file: the data chunk declares {chunkSize} bytes but only {bodyPresent} are present");
                        return false;
                    }

                    if (chunkSize % format.BlockAlign != 0)
                    {
                        problem = FormattableString.Invariant($"corrupt WAV file: {chunkSize} data bytes is not a whole number of {format.BlockAlign}-byte frames");
                        return false;
                    }

                    if (bodyStart + chunkSize > int.MaxValue)
                    {
                        problem = "unsupported WAV file: larger than 2 GB";
                        return false;
                    }

                    info = new WavInfo(format.SampleRate, format.Channels, format.BitsPerSample, (int)bodyStart, (int)chunkSize);
                    problem = null;
                    return true;
                }

                if (chunkSize > bodyPresent)
                {
                    problem = FormattableString.Invariant($"truncated WAV file: the '{TagText(chunkHeader)}' chunk declares {chunkSize} bytes but only {bodyPresent} are present");
                    return false;
                }

                if (IsTag(chunkHeader, 0, "fmt "))
                {
                    if (format != null)
                    {
                        problem = "invalid WAV file: more than one 'fmt ' chunk";
                        return false;
                    }

                    if (chunkSize < 16)
                    {
                        problem = FormattableString.Invariant($"invalid WAV file: the 'fmt ' chunk is {chunkSize} bytes, fewer than the 16 a PCM format needs");
                        return false;
                    }

                    var body = fmtBody.Slice(0, (int)Math.Min(chunkSize, fmtBody.Length));
                    if (!source.TryRead(bodyStart, body))
                    {
                        problem = "the file cannot be read past its header";
                        return false;
                    }

                    format = ReadFormat(body, out problem);
                    if (format == null)
                    {
                        return false;
                    }
                }

                // Chunks are word-aligned: an odd-sized chunk is followed by one pad byte (not counted in its size).
                offset = bodyStart + chunkSize + (chunkSize & 1);
            }
        }

        private static PcmFormat? ReadFormat(ReadOnlySpan<byte> body, out string? problem)
        {
            var formatTag = BinaryPrimitives.ReadUInt16LittleEndian(body);
            var channels = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(2));
            var sampleRate = BinaryPrimitives.ReadUInt32LittleEndian(body.Slice(4));
            var byteRate = BinaryPrimitives.ReadUInt32LittleEndian(body.Slice(8));
            var blockAlign = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(12));
            var bits = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(14));

            if (formatTag == FormatExtensible)
            {
                if (body.Length < 40 || BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(16)) < 22)
                {
                    problem = "invalid WAV file: WAVE_FORMAT_EXTENSIBLE without its 22-byte extension";
                    return null;
                }

                var subFormat = body.Slice(24, 16);
                if (BinaryPrimitives.ReadUInt16LittleEndian(subFormat) != FormatPcm || !subFormat.Slice(2).SequenceEqual(PcmSubFormatTail))
                {
                    problem = "unsupported WAV encoding: WAVE_FORMAT_EXTENSIBLE with a sub-format other than PCM";
                    return null;
                }

                var validBits = BinaryPrimitives.ReadUInt16LittleEndian(body.Slice(18));
                if (validBits > bits)
                {
                    problem = FormattableString.Invariant($"corrupt WAV header: {validBits} valid bits in a {bits}-bit container");
                    return null;
                }
            }
            else if (formatTag != FormatPcm)
            {
                problem = FormattableString.Invariant($"unsupported WAV encoding: format tag {formatTag}, expected PCM (1)");
                return null;
            }

            if (channels < 1 || channels > MaxChannels)
            {
                problem = FormattableString.Invariant($"corrupt WAV header: {channels} channels");
                return null;
            }

            if (sampleRate < MinSampleRate || sampleRate > MaxSampleRate)
            {
                problem = FormattableString.Invariant($"corrupt WAV header: sample rate {sampleRate} Hz");
                return null;
            }

            if (bits != 8 && bits != 16 && bits != 24 && bits != 32)
            {
                problem = FormattableString.Invariant($"unsupported WAV format: {bits} bits per sample (expected 8, 16, 24 or 32)");
                return null;
            }

            var expectedBlockAlign = channels * (bits / 8);
            if (blockAlign != expectedBlockAlign)
            {
                problem = FormattableString.Invariant($"corrupt WAV header: block align {blockAlign}, expected {expectedBlockAlign} for {channels} channels of {bits} bits");
                return null;
            }

            if (byteRate != sampleRate * (uint)blockAlign)
            {
                problem = FormattableString.Invariant($"corrupt WAV header: byte rate {byteRate}, expected {sampleRate * (uint)blockAlign}");
                return null;
            }

            problem = null;
            return new PcmFormat((int)sampleRate, (short)channels, (short)bits);
        }

        private static bool IsTag(ReadOnlySpan<byte> bytes, int offset, string tag) =>
            bytes[offset] == tag[0] && bytes[offset + 1] == tag[1] && bytes[offset + 2] == tag[2] && bytes[offset + 3] == tag[3];

        private static void WriteTag(Span<byte> bytes, int offset, string tag)
        {
            for (var i = 0; i < 4; i++)
            {
                bytes[offset + i] = (byte)tag[i];
            }
        }

        // Chunk ids in messages: printable ASCII only, so a hostile file cannot inject control characters into a log.
        private static string TagText(ReadOnlySpan<byte> header)
        {
            var chars = new char[4];
            for (var i = 0; i < 4; i++)
            {
                chars[i] = header[i] >= 0x20 && header[i] < 0x7F ? (char)header[i] : '?';
            }

            return new string(chars);
        }

        private sealed class PcmFormat
        {
            public PcmFormat(int sampleRate, short channels, short bitsPerSample)
            {
                SampleRate = sampleRate;
                Channels = channels;
                BitsPerSample = bitsPerSample;
            }

            public int SampleRate { get; }

            public short Channels { get; }

            public short BitsPerSample { get; }

            public int BlockAlign => Channels * (BitsPerSample / 8);
        }

        /// <summary>
        /// The bytes being inspected: a span in memory, or a file read at chosen offsets, so one chunk walker serves
        /// both <see cref="TryInspect"/> and <see cref="QuickCheck"/> (which must not read the audio data).
        /// </summary>
        private readonly ref struct WavSource
        {
            private readonly ReadOnlySpan<byte> _bytes;
            private readonly Stream? _stream;

            public WavSource(ReadOnlySpan<byte> bytes)
            {
                _bytes = bytes;
                _stream = null;
                Length = bytes.Length;
            }

            public WavSource(Stream stream)
            {
                _bytes = default;
                _stream = stream;
                Length = stream.Length;
            }

            public long Length { get; }

            public bool TryRead(long offset, Span<byte> destination)
            {
                if (offset < 0 || offset + destination.Length > Length)
                {
                    return false;
                }

                if (_stream == null)
                {
                    _bytes.Slice((int)offset, destination.Length).CopyTo(destination);
                    return true;
                }

                _stream.Position = offset;
                var buffer = new byte[destination.Length];
                var read = 0;
                while (read < buffer.Length)
                {
                    var n = _stream.Read(buffer, read, buffer.Length - read);
                    if (n == 0)
                    {
                        return false;
                    }

                    read += n;
                }

                buffer.AsSpan().CopyTo(destination);
                return true;
            }
        }
    }
}
