using Concentus.Enums;
using Concentus.Structs;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Encodes finished audio as an Ogg Opus file with Concentus's managed encoder: CELT only (the restricted-low-delay
/// application), complexity 0, 20 ms frames, variable bit rate around <c>TtsOpusBitrate</c>, the voice signal hint.
/// Why these settings (measurements in docs/benchmarks.md, "Finishing"):
/// <list type="bullet">
/// <item>The general-audio application picks SILK+CELT hybrid frames for speech below about 64 kbit/s; Concentus's
/// managed SILK encoder made up two thirds of the time (a 3 s line took 39 ms), CELT alone codes the same line in
/// about a third of that at the same size. Restricted low delay is CELT only by construction, with 2.5 ms of lookahead
/// instead of 6.5 ms.</item>
/// <item>Complexity 0: CELT's pitch pre-filter (complexity 5 and up) costs more than twice the time.</item>
/// <item>The managed encoder is constructed directly: <c>OpusCodecFactory</c> would load a native libopus where one is
/// installed, and a file would then differ from machine to machine under the same finished-audio key.</item>
/// <item>Opus codes at 8, 12, 16, 24 or 48 kHz and decoders play any of them at 48 kHz (or at OpusHead's input rate):
/// audio at a coded rate no higher than the requested one is coded at its own rate (the 24 kHz gateway audio always),
/// so no resampling filter runs before the codec; other audio is brought to the requested rate, or to 48 kHz for
/// 44.1 kHz. OpusHead's input rate is always the requested <c>sample_rate</c>.</item>
/// </list>
/// </summary>
public static class OpusFileEncoder
{
    private const int FrameMilliseconds = 20;
    private const int Complexity = 0;

    /// <summary>The rate audio at <paramref name="audioRate"/> is coded at for an output of <paramref name="requestedRate"/>.</summary>
    public static int CodingRate(int audioRate, int requestedRate) =>
        IsOpusRate(audioRate) && audioRate <= requestedRate ? audioRate
        : IsOpusRate(requestedRate) ? requestedRate
        : 48000;

    /// <param name="audio">The finished audio, mono or stereo.</param>
    /// <param name="bitrate">Bits per second.</param>
    /// <param name="serial">The Ogg stream's serial number (derived from the content, so a file is reproducible).</param>
    /// <param name="requestedRate">The line's <c>sample_rate</c>: OpusHead's input rate, and the coded rate's bound.</param>
    public static byte[] Encode(PcmAudio audio, int bitrate, uint serial, int requestedRate)
    {
        ArgumentNullException.ThrowIfNull(audio);
        var coded = BandLimitedResampler.Resample(audio, CodingRate(audio.SampleRate, requestedRate));
        int rate = coded.SampleRate;
        int channels = coded.Channels.Length;
        // Obsolete only in favour of OpusCodecFactory, whose native libopus (where installed) would make the bytes
        // depend on the machine; the managed encoder gives every machine the same file for the same key.
#pragma warning disable CS0618
        var encoder = new OpusEncoder(rate, channels, OpusApplication.OPUS_APPLICATION_RESTRICTED_LOWDELAY)
#pragma warning restore CS0618
        {
            Bitrate = bitrate,
            SignalType = OpusSignal.OPUS_SIGNAL_VOICE,
            UseVBR = true,
            Complexity = Complexity,
        };

        int frameSize = rate * FrameMilliseconds / 1000;
        int granuleFactor = 48000 / rate;
        int preSkip = encoder.Lookahead * granuleFactor;
        long totalGranule = (long)coded.FrameCount * granuleFactor;

        using var stream = new MemoryStream((coded.FrameCount * (bitrate / 8) / rate) + 4096);
        var writer = new OggOpusWriter(stream, serial);
        writer.WriteHeaders(channels, preSkip, requestedRate, "PixazoTts " + encoder.GetVersionString());

        // The decoder drops preSkip samples at the start, so the encoder is fed that many more at the end (zeros)
        // and the last page's granule cuts the decoded length back to exactly the input's.
        int paddedFrames = coded.FrameCount + (preSkip / granuleFactor);
        int frameCount = (paddedFrames + frameSize - 1) / frameSize;
        var pcm = new float[frameSize * channels];
        var packet = new byte[4000];
        for (int f = 0; f < frameCount; f++)
        {
            int start = f * frameSize;
            int available = Math.Clamp(coded.FrameCount - start, 0, frameSize);
            if (channels == 1)
            {
                if (available > 0)
                {
                    coded.Channels[0].AsSpan(start, available).CopyTo(pcm);
                }
            }
            else
            {
                for (int i = 0; i < available; i++)
                {
                    for (int c = 0; c < channels; c++)
                    {
                        pcm[(i * channels) + c] = coded.Channels[c][start + i];
                    }
                }
            }

            pcm.AsSpan(available * channels).Clear();
            int length = encoder.Encode(pcm, frameSize, packet, packet.Length);
            bool last = f == frameCount - 1;
            long granule = last ? preSkip + totalGranule : (long)(f + 1) * frameSize * granuleFactor;
            writer.WritePacket(packet.AsSpan(0, length), granule, last);
        }

        return stream.ToArray();
    }

    private static bool IsOpusRate(int rate) => rate is 8000 or 12000 or 16000 or 24000 or 48000;
}
