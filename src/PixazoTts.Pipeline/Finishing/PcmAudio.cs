using System.Buffers.Binary;
using PixazoTts.Audio;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Audio being finished: one float array per channel (planar, full scale ±1.0) and its sample rate. Planar because
/// every step (trimming, resampling, metering) works channel by channel.
/// </summary>
public sealed class PcmAudio
{
    /// <summary>Audio of <paramref name="channels"/> (equal lengths) at <paramref name="sampleRate"/>.</summary>
    public PcmAudio(float[][] channels, int sampleRate)
    {
        ArgumentNullException.ThrowIfNull(channels);
        if (channels.Length == 0 || channels.Any(c => c.Length != channels[0].Length))
        {
            throw new ArgumentException("Audio needs at least one channel, all of one length.", nameof(channels));
        }

        Channels = channels;
        SampleRate = sampleRate;
    }

    /// <summary>The samples, one array per channel.</summary>
    public float[][] Channels { get; }

    /// <summary>Samples per second.</summary>
    public int SampleRate { get; }

    /// <summary>Samples per channel.</summary>
    public int FrameCount => Channels[0].Length;

    /// <summary>The length in time.</summary>
    public TimeSpan Duration => TimeSpan.FromSeconds((double)FrameCount / SampleRate);

    /// <summary>Reads a 16-bit PCM WAV (what the gateway and the placeholder voice deliver).</summary>
    /// <exception cref="InvalidDataException">The bytes are not a 16-bit PCM WAV.</exception>
    public static PcmAudio FromWav(ReadOnlySpan<byte> wav)
    {
        if (!WavFile.TryInspect(wav, out var info, out string? problem) || info is null)
        {
            throw new InvalidDataException("not a valid WAV: " + problem);
        }

        if (info.BitsPerSample != 16)
        {
            throw new InvalidDataException($"{info.BitsPerSample}-bit audio; finishing reads 16-bit PCM");
        }

        int channelCount = info.Channels;
        int frames = (int)info.FrameCount;
        var channels = new float[channelCount][];
        for (int c = 0; c < channelCount; c++)
        {
            channels[c] = new float[frames];
        }

        var data = wav.Slice(info.DataOffset, frames * info.BlockAlign);
        const float Scale = 1f / 32768f;
        for (int i = 0, offset = 0; i < frames; i++)
        {
            for (int c = 0; c < channelCount; c++, offset += 2)
            {
                channels[c][i] = BinaryPrimitives.ReadInt16LittleEndian(data.Slice(offset, 2)) * Scale;
            }
        }

        return new PcmAudio(channels, info.SampleRate);
    }

    /// <summary>Interleaved 16-bit samples, rounded and clipped to full scale.</summary>
    public short[] ToPcm16()
    {
        int channelCount = Channels.Length;
        var samples = new short[FrameCount * channelCount];
        for (int c = 0; c < channelCount; c++)
        {
            var channel = Channels[c];
            for (int i = 0; i < channel.Length; i++)
            {
                float scaled = channel[i] * 32768f;
                samples[(i * channelCount) + c] = scaled >= 32767f ? short.MaxValue : scaled <= -32768f ? short.MinValue : (short)MathF.Round(scaled);
            }
        }

        return samples;
    }

    /// <summary>A 16-bit PCM WAV of this audio.</summary>
    public byte[] ToWav() => WavFile.FromPcm16(ToPcm16(), SampleRate, Channels.Length);

    /// <summary>Multiplies every sample by <paramref name="gain"/> (in place).</summary>
    public void ApplyGain(float gain)
    {
        foreach (var channel in Channels)
        {
            for (int i = 0; i < channel.Length; i++)
            {
                channel[i] *= gain;
            }
        }
    }
}
