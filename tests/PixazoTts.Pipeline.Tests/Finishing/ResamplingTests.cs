using Xunit.Abstractions;
using System.Numerics;
using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>A 1 kHz tone brought from 24 kHz to 48 (and 44.1) kHz: same frequency, no image or alias above -60 dB.</summary>
public sealed class ResamplingTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(48000)]
    [InlineData(44100)]
    public void A_1_kHz_tone_keeps_its_frequency_and_has_nothing_above_minus_60_dB_elsewhere(int rate)
    {
        var tone = Signals.Mono(Signals.Sine(1000, -6, 3, 24000), 24000);

        var resampled = BandLimitedResampler.Resample(tone, rate);

        Assert.Equal(rate, resampled.SampleRate);
        Assert.Equal(3 * rate, resampled.FrameCount);
        const int size = 1 << 16;
        var spectrum = Spectrum(resampled.Channels[0].AsSpan(rate / 4, size));
        double binHz = (double)rate / size;
        int peakBin = Array.IndexOf(spectrum, spectrum.Max());
        Assert.InRange(peakBin * binHz, 1000 - (2 * binHz), 1000 + (2 * binHz));

        // Everything farther than 50 Hz from the tone (the window's main lobe is a few bins) is at least 60 dB down:
        // a linear interpolator leaves images of the tone near 23 and 25 kHz at about -40 dB.
        double peak = spectrum[peakBin];
        double worst = double.NegativeInfinity;
        double worstHz = 0;
        for (int bin = 1; bin < size / 2; bin++)
        {
            if (Math.Abs((bin * binHz) - 1000) > 50)
            {
                double db = 20 * Math.Log10(spectrum[bin] / peak);
                if (db > worst)
                {
                    worst = db;
                    worstHz = bin * binHz;
                }
            }
        }

        output.WriteLine($"{rate} Hz: tone at {peakBin * binHz:0.0} Hz, worst other component {worst:0.0} dB at {worstHz:0} Hz");
        Assert.True(worst < -60, $"{worst:0.0} dB at {worstHz:0} Hz");
    }

    [Fact]
    public void Keeps_the_line_aligned_and_as_long_as_before()
    {
        var click = new float[24000];
        click[12000] = 1f;

        var resampled = BandLimitedResampler.Resample(Signals.Mono(click, 24000), 48000);

        Assert.Equal(48000, resampled.FrameCount);
        int peak = Array.IndexOf(resampled.Channels[0], resampled.Channels[0].Max());
        Assert.Equal(24000, peak);
    }

    /// <summary>Magnitudes of a Blackman-Harris-windowed FFT (radix 2).</summary>
    private static double[] Spectrum(ReadOnlySpan<float> samples)
    {
        int n = samples.Length;
        var data = new Complex[n];
        for (int i = 0; i < n; i++)
        {
            double x = 2 * Math.PI * i / (n - 1);
            double window = 0.35875 - (0.48829 * Math.Cos(x)) + (0.14128 * Math.Cos(2 * x)) - (0.01168 * Math.Cos(3 * x));
            data[i] = samples[i] * window;
        }

        for (int i = 1, j = 0; i < n; i++)
        {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1)
            {
                j ^= bit;
            }

            j ^= bit;
            if (i < j)
            {
                (data[i], data[j]) = (data[j], data[i]);
            }
        }

        for (int length = 2; length <= n; length <<= 1)
        {
            var step = Complex.FromPolarCoordinates(1, -2 * Math.PI / length);
            for (int start = 0; start < n; start += length)
            {
                var w = Complex.One;
                for (int k = 0; k < length / 2; k++)
                {
                    var even = data[start + k];
                    var odd = data[start + k + (length / 2)] * w;
                    data[start + k] = even + odd;
                    data[start + k + (length / 2)] = even - odd;
                    w *= step;
                }
            }
        }

        return data.Take(n / 2).Select(c => c.Magnitude).ToArray();
    }
}
