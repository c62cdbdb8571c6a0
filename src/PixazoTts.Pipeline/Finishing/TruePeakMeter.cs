using System.Buffers;
using System.Numerics;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// True peak per ITU-R BS.1770-4 Annex 2: the largest absolute value of the signal oversampled (a polyphase,
/// 12-taps-per-phase Blackman-windowed-sinc interpolator; phase 0 is the samples themselves). 4x at 44.1 and 48 kHz as
/// the standard says; at lower rates the factor grows so the oversampled rate stays at least 176.4 kHz (8x at 24 kHz),
/// as the standard's note on lower rates advises and as ffmpeg's meter (192 kHz) does. Peaks between samples are what a
/// DAC or a lossy decoder produces; the sample peak alone misses them.
/// </summary>
public static class TruePeakMeter
{
    private const int HalfTaps = 6;
    private const int BlockSize = 16;

    // Phase p (1..factor-1) interpolates at n + p/factor from x[n-5] .. x[n+6].
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, float[][]> TapsByFactor = new();

    /// <summary>The oversampling factor used at <paramref name="sampleRate"/>: 4 from 44.1 kHz up, more below.</summary>
    public static int OversamplingFactor(int sampleRate) => Math.Max(4, (176_400 + sampleRate - 1) / sampleRate);

    /// <summary>The true peak as a linear amplitude (1.0 = full scale).</summary>
    public static double MeasureLinear(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        float peak = 0;
        var taps = TapsByFactor.GetOrAdd(OversamplingFactor(audio.SampleRate), CreateTaps);
        float maxTapSum = taps.Max(t => t.Sum(MathF.Abs));
        foreach (var channel in audio.Channels)
        {
            peak = MathF.Max(peak, Measure(channel, taps, maxTapSum));
        }

        return peak;
    }

    /// <summary>The true peak in dBTP; <see cref="double.NegativeInfinity"/> for silence.</summary>
    public static double MeasureDbtp(PcmAudio audio) => ToDb(MeasureLinear(audio));

    /// <summary>A linear amplitude in dB (full scale = 0); minus infinity for 0.</summary>
    public static double ToDb(double linear) => linear <= 0 ? double.NegativeInfinity : 20.0 * Math.Log10(linear);

    private static float Measure(float[] x, float[][] phaseTaps, float maxTapSum)
    {
        int length = x.Length;
        int blocks = (length + BlockSize - 1) / BlockSize;
        var blockMax = ArrayPool<float>.Shared.Rent(blocks);

        // The signal with HalfTaps - 1 zeros before it and enough after: x[n - HalfTaps + 1 + k] is padded[n + k], so
        // the filter needs no bounds checks (a zero outside the signal adds nothing, as the skipped taps did).
        var padded = ArrayPool<float>.Shared.Rent(length + (2 * HalfTaps) + BlockSize);
        try
        {
            padded.AsSpan(0, length + (2 * HalfTaps) + BlockSize).Clear();
            x.CopyTo(padded, HalfTaps - 1);
            float peak = 0;
            for (int b = 0; b < blocks; b++)
            {
                float m = 0;
                int end = Math.Min(length, (b + 1) * BlockSize);
                for (int i = b * BlockSize; i < end; i++)
                {
                    m = MathF.Max(m, MathF.Abs(x[i]));
                }

                blockMax[b] = m;
                peak = MathF.Max(peak, m);
            }

            // An interpolated value is at most (sum of |taps|) x (the largest |sample| under the taps): blocks whose
            // neighbourhood cannot beat the peak found so far are skipped. Exact, and most of speech is skipped.
            for (int b = 0; b < blocks; b++)
            {
                float neighbourhood = MathF.Max(blockMax[b], MathF.Max(b > 0 ? blockMax[b - 1] : 0, b + 1 < blocks ? blockMax[b + 1] : 0));
                if (neighbourhood * maxTapSum <= peak)
                {
                    continue;
                }

                int n = b * BlockSize;
                int end = Math.Min(length, n + BlockSize);
                for (int p = 1; p < phaseTaps.Length; p++)
                {
                    peak = MathF.Max(peak, PhasePeak(padded, phaseTaps[p], n, end));
                }
            }

            return peak;
        }
        finally
        {
            ArrayPool<float>.Shared.Return(padded);
            ArrayPool<float>.Shared.Return(blockMax);
        }
    }

    /// <summary>
    /// The largest |interpolated value| of one phase at positions <paramref name="start"/> to <paramref name="end"/>
    /// (exclusive), several positions at once where the hardware has vectors. Each position's sum is formed in the
    /// same order (tap 0 first, multiply then add) in both paths, so the result does not depend on the vector width.
    /// </summary>
    private static float PhasePeak(float[] padded, float[] taps, int start, int end)
    {
        var peak = Vector<float>.Zero;
        int n = start;
        if (Vector.IsHardwareAccelerated)
        {
            for (; n + Vector<float>.Count <= end; n += Vector<float>.Count)
            {
                var sum = Vector<float>.Zero;
                for (int k = 0; k < taps.Length; k++)
                {
                    sum += new Vector<float>(taps[k]) * new Vector<float>(padded, n + k);
                }

                peak = Vector.Max(peak, Vector.Abs(sum));
            }
        }

        float scalarPeak = 0;
        for (int i = 0; i < Vector<float>.Count; i++)
        {
            scalarPeak = MathF.Max(scalarPeak, peak[i]);
        }

        for (; n < end; n++)
        {
            float sum = 0;
            for (int k = 0; k < taps.Length; k++)
            {
                sum += taps[k] * padded[n + k];
            }

            scalarPeak = MathF.Max(scalarPeak, MathF.Abs(sum));
        }

        return scalarPeak;
    }

    internal static float[][] CreateTaps(int factor)
    {
        var phases = new float[factor][];
        for (int p = 0; p < factor; p++)
        {
            phases[p] = new float[2 * HalfTaps];
            double fraction = (double)p / factor;
            for (int k = 0; k < 2 * HalfTaps; k++)
            {
                // Tap k weighs x[n - HalfTaps + 1 + k], at distance t from the point n + fraction.
                double t = (k - HalfTaps + 1) - fraction;
                double sinc = Math.Abs(t) < 1e-12 ? 1.0 : Math.Sin(Math.PI * t) / (Math.PI * t);
                double u = t / HalfTaps; // Kaiser-like (Blackman) window over the 12-tap span
                double window = Math.Abs(u) >= 1 ? 0 : 0.42 + (0.5 * Math.Cos(Math.PI * u)) + (0.08 * Math.Cos(2 * Math.PI * u));
                phases[p][k] = (float)(sinc * window);
            }
        }

        return phases;
    }
}
