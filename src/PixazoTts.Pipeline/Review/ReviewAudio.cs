using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
using PixazoTts.Audio;

namespace PixazoTts.Pipeline.Review;

/// <summary>
/// What the page shows of a line's audio file: its duration and its waveform, read from the samples with Core's WAV
/// checks. A file that is not a WAV (an Opus file, say) has neither: the page plays it and takes its duration from the
/// browser. A file named .wav that fails the checks has a problem the page shows on its line.
/// </summary>
internal sealed record ReviewAudio(double? DurationSeconds, IReadOnlyList<int> Peaks, string? Problem)
{
    /// <summary>How many bars a waveform has: enough detail for a line of speech, little weight in the page.</summary>
    public const int PeakCount = 120;

    /// <summary>The top of a peak's scale: a sample at full scale.</summary>
    public const int PeakScale = 100;

    public static ReviewAudio Analyze(ReadOnlySpan<byte> file, string extension)
    {
        if (!WavFile.TryInspect(file, out var info, out var problem))
        {
            var isWav = extension == ".wav" || (file.Length >= 4 && file[..4].SequenceEqual("RIFF"u8));
            return new ReviewAudio(null, Array.Empty<int>(), isWav ? problem : null);
        }

        // Frames over rate rather than WavInfo.Duration: no rounding to TimeSpan ticks.
        return new ReviewAudio((double)info!.FrameCount / info.SampleRate, ComputePeaks(file, info, PeakCount), null);
    }

    /// <summary>
    /// The waveform: the largest absolute sample (any channel) in each of <paramref name="count"/> equal stretches of the
    /// audio, on a linear 0..<see cref="PeakScale"/> scale of full scale, so a quiet line looks quiet.
    /// </summary>
    public static int[] ComputePeaks(ReadOnlySpan<byte> file, WavInfo info, int count)
    {
        var frames = info.FrameCount;
        if (frames == 0 || count <= 0)
        {
            return Array.Empty<int>();
        }

        var bars = (int)Math.Min(count, frames);
        var peaks = new int[bars];
        var data = file.Slice(info.DataOffset, info.DataLength);
        var bytesPerSample = info.BitsPerSample / 8;
        var channels = info.Channels;

        // The loudest sample of any channel: over a stretch of whole frames that is simply the loudest interleaved
        // sample in it. 16-bit (every Gemini and placeholder WAV) is read as shorts in one tight loop.
        var pcm16 = bytesPerSample == 2 && BitConverter.IsLittleEndian
            ? MemoryMarshal.Cast<byte, short>(data)
            : ReadOnlySpan<short>.Empty;
        for (var bar = 0; bar < bars; bar++)
        {
            var first = (int)(bar * frames / bars) * channels;
            var end = (int)((bar + 1) * frames / bars) * channels;
            double peak;
            if (!pcm16.IsEmpty)
            {
                peak = LoudestPcm16(pcm16[first..end]) / 32768.0;
            }
            else
            {
                peak = 0;
                for (var i = first; i < end; i++)
                {
                    peak = Math.Max(peak, Math.Abs(ReadSample(data.Slice(i * bytesPerSample, bytesPerSample))));
                }
            }

            peaks[bar] = (int)Math.Round(Math.Min(peak, 1.0) * PeakScale, MidpointRounding.AwayFromZero);
        }

        return peaks;
    }

    // The largest |sample| of 16-bit PCM, a vector of samples at a time (a review reads every sample of every line).
    private static int LoudestPcm16(ReadOnlySpan<short> samples)
    {
        var i = 0;
        int highest = 0, lowest = 0;
        if (Vector.IsHardwareAccelerated && samples.Length >= Vector<short>.Count)
        {
            var vectors = MemoryMarshal.Cast<short, Vector<short>>(samples);
            Vector<short> max = Vector<short>.Zero, min = Vector<short>.Zero;
            foreach (var vector in vectors)
            {
                max = Vector.Max(max, vector);
                min = Vector.Min(min, vector);
            }

            for (var lane = 0; lane < Vector<short>.Count; lane++)
            {
                highest = Math.Max(highest, max[lane]);
                lowest = Math.Min(lowest, min[lane]);
            }

            i = vectors.Length * Vector<short>.Count;
        }

        for (; i < samples.Length; i++)
        {
            highest = Math.Max(highest, samples[i]);
            lowest = Math.Min(lowest, samples[i]);
        }

        return Math.Max(highest, -lowest);
    }

    // A PCM sample as a fraction of full scale: 8-bit WAV is unsigned, wider ones signed little-endian.
    private static double ReadSample(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        1 => (bytes[0] - 128) / 128.0,
        2 => BinaryPrimitives.ReadInt16LittleEndian(bytes) / 32768.0,
        3 => ((bytes[0] | (bytes[1] << 8) | (bytes[2] << 16)) << 8 >> 8) / 8388608.0,
        4 => BinaryPrimitives.ReadInt32LittleEndian(bytes) / 2147483648.0,
        _ => 0,
    };
}
