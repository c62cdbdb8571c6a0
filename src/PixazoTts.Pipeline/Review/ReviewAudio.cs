using System.Buffers.Binary;
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
        for (var bar = 0; bar < bars; bar++)
        {
            var first = bar * frames / bars;
            var end = (bar + 1) * frames / bars;
            var peak = 0.0;
            for (var frame = first; frame < end; frame++)
            {
                for (var channel = 0; channel < info.Channels; channel++)
                {
                    var offset = (int)((frame * info.BlockAlign) + (channel * bytesPerSample));
                    var sample = Math.Abs(ReadSample(data.Slice(offset, bytesPerSample)));
                    if (sample > peak)
                    {
                        peak = sample;
                    }
                }
            }

            peaks[bar] = (int)Math.Round(Math.Min(peak, 1.0) * PeakScale, MidpointRounding.AwayFromZero);
        }

        return peaks;
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
