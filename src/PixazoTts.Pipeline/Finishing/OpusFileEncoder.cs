using Concentus;
using Concentus.Enums;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Encodes finished audio as an Ogg Opus file with Concentus, 20 ms frames, variable bit rate around
/// <c>TtsOpusBitrate</c>, the voice signal hint. The general-audio application (CELT at these rates) rather than VOIP
/// (SILK): Concentus's managed SILK encoder is several times slower, and at 24-64 kbit/s CELT codes speech cleanly
/// (docs/benchmarks.md). Complexity 0 for the same reason: about 6x faster than 5 here, and an entry is encoded once. Opus codes at 8, 12, 16, 24 or 48 kHz: 24 kHz lines are coded at
/// 24 kHz; 44.1 kHz ones are brought to 48 kHz first (band-limited), and OpusHead records the rate they had.
/// </summary>
public static class OpusFileEncoder
{
    private const int FrameMilliseconds = 20;

    /// <param name="audio">The finished audio, mono or stereo.</param>
    /// <param name="bitrate">Bits per second.</param>
    /// <param name="serial">The Ogg stream's serial number (derived from the content, so a file is reproducible).</param>
    public static byte[] Encode(PcmAudio audio, int bitrate, uint serial)
    {
        ArgumentNullException.ThrowIfNull(audio);
        int inputRate = audio.SampleRate;
        var coded = inputRate is 8000 or 12000 or 16000 or 24000 or 48000 ? audio : BandLimitedResampler.Resample(audio, 48000);
        int rate = coded.SampleRate;
        int channels = coded.Channels.Length;
        var encoder = OpusCodecFactory.CreateEncoder(rate, channels, OpusApplication.OPUS_APPLICATION_AUDIO);
        encoder.Bitrate = bitrate;
        encoder.SignalType = OpusSignal.OPUS_SIGNAL_VOICE;
        encoder.UseVBR = true;
        encoder.Complexity = 0;

        int frameSize = rate * FrameMilliseconds / 1000;
        int granuleFactor = 48000 / rate;
        int preSkip = encoder.Lookahead * granuleFactor;
        long totalGranule = (long)coded.FrameCount * granuleFactor;

        using var stream = new MemoryStream(coded.FrameCount / 4 + 1024);
        var writer = new OggOpusWriter(stream, serial);
        writer.WriteHeaders(channels, preSkip, inputRate, "PixazoTts " + encoder.GetVersionString());

        // The decoder drops preSkip samples at the start, so the encoder is fed that many more at the end (zeros)
        // and the last page's granule cuts the decoded length back to exactly the input's.
        int paddedFrames = coded.FrameCount + (preSkip / granuleFactor);
        int frameCount = (paddedFrames + frameSize - 1) / frameSize;
        var pcm = new float[frameSize * channels];
        var packet = new byte[4000];
        for (int f = 0; f < frameCount; f++)
        {
            Array.Clear(pcm);
            int start = f * frameSize;
            for (int i = 0; i < frameSize; i++)
            {
                int source = start + i;
                if (source >= coded.FrameCount)
                {
                    break;
                }

                for (int c = 0; c < channels; c++)
                {
                    pcm[(i * channels) + c] = coded.Channels[c][source];
                }
            }

            int length = encoder.Encode(pcm, frameSize, packet, packet.Length);
            bool last = f == frameCount - 1;
            long granule = last ? preSkip + totalGranule : (long)(f + 1) * frameSize * granuleFactor;
            writer.WritePacket(packet.AsSpan(0, length), granule, last);
        }

        return stream.ToArray();
    }
}
