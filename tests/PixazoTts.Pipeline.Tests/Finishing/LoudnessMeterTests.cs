using Xunit.Abstractions;
using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Pipeline.Tests.Finishing;

/// <summary>
/// The meter against the EBU Tech 3341 (V4) test signals for integrated loudness, generated here: 1 kHz sines at known
/// levels, stereo (both channels) at 48 kHz, expected -23.0 or -33.0 LUFS within ±0.1 LU; plus the same measurement at
/// the rates finishing uses, and mono (one channel: 3 dB lower than the stereo pair).
/// </summary>
public sealed class LoudnessMeterTests(ITestOutputHelper output)
{
    private const int Rate = 48000;

    public static TheoryData<string, double> Tech3341Cases() => new()
    {
        { "1: stereo 1 kHz at -23 dBFS, 20 s", -23.0 },
        { "2: stereo 1 kHz at -33 dBFS, 20 s", -33.0 },
        { "3: -36, -23, -36 dBFS for 10, 60, 10 s (relative gate)", -23.0 },
        { "4: -72, -36, -23, -36, -72 dBFS for 10, 10, 60, 10, 10 s (absolute gate)", -23.0 },
        { "5: -26, -20, -26 dBFS for 20, 20.1, 20 s", -23.0 },
    };

    [Theory]
    [MemberData(nameof(Tech3341Cases))]
    public void Measures_the_Tech_3341_signals_within_a_tenth_of_a_LU(string name, double expected)
    {
        float[] signal = name[0] switch
        {
            '1' => Signals.Sine(1000, -23, 20, Rate),
            '2' => Signals.Sine(1000, -33, 20, Rate),
            '3' => Signals.Concat(Signals.Sine(1000, -36, 10, Rate), Signals.Sine(1000, -23, 60, Rate), Signals.Sine(1000, -36, 10, Rate)),
            '4' => Signals.Concat(Signals.Sine(1000, -72, 10, Rate), Signals.Sine(1000, -36, 10, Rate), Signals.Sine(1000, -23, 60, Rate), Signals.Sine(1000, -36, 10, Rate), Signals.Sine(1000, -72, 10, Rate)),
            _ => Signals.Concat(Signals.Sine(1000, -26, 20, Rate), Signals.Sine(1000, -20, 20.1, Rate), Signals.Sine(1000, -26, 20, Rate)),
        };

        double measured = LoudnessMeter.MeasureIntegrated(Signals.Stereo(signal, Rate));
        output.WriteLine($"case {name}: {measured:0.000} LUFS (expected {expected})");

        Assert.InRange(measured, expected - 0.1, expected + 0.1);
    }

    [Theory]
    [InlineData(24000)]
    [InlineData(44100)]
    [InlineData(48000)]
    public void Measures_alike_at_every_finishing_rate_and_mono_is_3_dB_below_the_pair(int rate)
    {
        var sine = Signals.Sine(1000, -23, 20, rate);

        Assert.InRange(LoudnessMeter.MeasureIntegrated(Signals.Stereo(sine, rate)), -23.1, -22.9);
        Assert.InRange(LoudnessMeter.MeasureIntegrated(Signals.Mono(sine, rate)), -26.11, -25.91);
    }

    [Fact]
    public void Silence_has_no_loudness()
    {
        Assert.Equal(double.NegativeInfinity, LoudnessMeter.MeasureIntegrated(Signals.Mono(new float[48000], 24000)));
    }

    [Fact]
    public void True_peak_sees_the_peak_between_samples()
    {
        // A 6 kHz sine at 24 kHz sampled at 45 degrees off its peaks: every sample is at 0.707 of the true amplitude.
        const int rate = 24000;
        var samples = new float[rate];
        for (int i = 0; i < samples.Length; i++)
        {
            samples[i] = (float)(0.5 * Math.Sin((2 * Math.PI * 6000 * i / rate) + (Math.PI / 4)));
        }

        double samplePeak = TruePeakMeter.ToDb(samples.Max(MathF.Abs));
        double truePeak = TruePeakMeter.MeasureDbtp(Signals.Mono(samples, rate));

        Assert.InRange(samplePeak, -9.1, -8.9);
        Assert.InRange(truePeak, -6.2, -5.9); // 20 log10(0.5) = -6.02
    }

    [Theory]
    [InlineData(24000)]
    [InlineData(44100)]
    [InlineData(48000)]
    public void True_peak_equals_the_plain_oversampling_of_every_sample_exactly(int rate)
    {
        // The meter skips quiet blocks and sums several positions at once; neither may change the result: the plain
        // interpolation of every position between every pair of samples (zeros outside the signal) gives the same float.
        var random = new Random(rate);
        var speech = PcmAudio.FromWav(Signals.Speech("Stay back! The bridge will not hold us both!", "Fenrir")).Channels[0];
        var noise = Enumerable.Range(0, 1001).Select(_ => (float)((random.NextDouble() * 1.6) - 0.8)).ToArray();
        foreach (var samples in new[] { speech, noise, Signals.Sine(5000, -3, 0.1, rate) })
        {
            var taps = TruePeakMeter.CreateTaps(TruePeakMeter.OversamplingFactor(rate));
            float expected = samples.Max(MathF.Abs);
            for (int n = 0; n < samples.Length; n++)
            {
                for (int p = 1; p < taps.Length; p++)
                {
                    float sum = 0;
                    for (int k = 0; k < taps[p].Length; k++)
                    {
                        int index = n - (taps[p].Length / 2) + 1 + k;
                        sum += taps[p][k] * (index >= 0 && index < samples.Length ? samples[index] : 0f);
                    }

                    expected = MathF.Max(expected, MathF.Abs(sum));
                }
            }

            Assert.Equal(expected, (float)TruePeakMeter.MeasureLinear(Signals.Mono(samples, rate)));
        }
    }
}
