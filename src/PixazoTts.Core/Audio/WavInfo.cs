using System;

namespace PixazoTts.Audio
{
    /// <summary>
    /// What a checked WAV file holds: its PCM format and where its audio data lies.
    /// Produced by <see cref="WavFile.TryInspect"/>; a <see cref="WavInfo"/> always describes a consistent file
    /// (the data length is a whole number of frames).
    /// </summary>
    public sealed class WavInfo
    {
        /// <summary>Creates a description of a PCM WAV file.</summary>
        /// <param name="sampleRate">Frames per second.</param>
        /// <param name="channels">Interleaved channels per frame.</param>
        /// <param name="bitsPerSample">Bits per sample (8, 16, 24 or 32).</param>
        /// <param name="dataOffset">Byte offset of the first audio byte (just after the data chunk's header).</param>
        /// <param name="dataLength">Length of the audio data in bytes.</param>
        public WavInfo(int sampleRate, short channels, short bitsPerSample, int dataOffset, int dataLength)
        {
            if (sampleRate <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(sampleRate));
            }

            if (channels <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(channels));
            }

            if (bitsPerSample <= 0 || bitsPerSample % 8 != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(bitsPerSample));
            }

            if (dataOffset < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(dataOffset));
            }

            if (dataLength < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(dataLength));
            }

            SampleRate = sampleRate;
            Channels = channels;
            BitsPerSample = bitsPerSample;
            DataOffset = dataOffset;
            DataLength = dataLength;
        }

        /// <summary>Frames per second (24,000 for Gemini TTS audio).</summary>
        public int SampleRate { get; }

        /// <summary>Interleaved channels per frame (1 for Gemini TTS audio).</summary>
        public short Channels { get; }

        /// <summary>Bits per sample (16 for Gemini TTS audio).</summary>
        public short BitsPerSample { get; }

        /// <summary>Byte offset of the first audio byte in the file.</summary>
        public int DataOffset { get; }

        /// <summary>Length of the audio data in bytes.</summary>
        public int DataLength { get; }

        /// <summary>Bytes per frame: <see cref="Channels"/> × <see cref="BitsPerSample"/> / 8.</summary>
        public int BlockAlign => Channels * (BitsPerSample / 8);

        /// <summary>Number of frames (samples per channel) in the data.</summary>
        public long FrameCount => DataLength / BlockAlign;

        /// <summary>Playing time of the data.</summary>
        public TimeSpan Duration => TimeSpan.FromTicks(FrameCount * TimeSpan.TicksPerSecond / SampleRate);

        /// <inheritdoc />
        public override string ToString() =>
            FormattableString.Invariant($"{SampleRate} Hz, {Channels} ch, {BitsPerSample}-bit, {DataLength} bytes ({Duration.TotalSeconds:0.###} s)");
    }
}
