namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Integrated loudness per ITU-R BS.1770-4 with the EBU R128 gating: K-weighting (the BS.1770 high shelf and
/// high-pass, designed for the audio's own sample rate by the bilinear transform, as libebur128 does), mean square over
/// 400 ms blocks overlapping by 75 %, an absolute gate at -70 LUFS and a relative gate 10 LU below the loudness of the
/// blocks above it. Channel weights are 1.0 (mono, left, right; surround channels are not used here).
/// </summary>
public static class LoudnessMeter
{
    /// <summary>
    /// The integrated loudness in LUFS; <see cref="double.NegativeInfinity"/> for silence. Audio shorter than one
    /// 400 ms block is measured as a single block of its own length (a short line still gets a level).
    /// </summary>
    public static double MeasureIntegrated(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        int step = audio.SampleRate / 10; // 100 ms: the blocks' hop
        int frames = audio.FrameCount;
        int steps = frames / step;

        // Sum of squares of the K-weighted signal per 100 ms step, all channels together (weights 1.0).
        var stepEnergy = new double[Math.Max(steps, 1)];
        double total = 0;
        foreach (var channel in audio.Channels)
        {
            var filter = new KWeightingFilter(audio.SampleRate);
            for (int s = 0, i = 0; s < steps; s++)
            {
                double sum = 0;
                for (int end = i + step; i < end; i++)
                {
                    double y = filter.Process(channel[i]);
                    sum += y * y;
                }

                stepEnergy[s] += sum;
            }

            if (steps < 4)
            {
                // Shorter than one gating block: the whole signal is the block.
                var whole = new KWeightingFilter(audio.SampleRate);
                foreach (float x in channel)
                {
                    double y = whole.Process(x);
                    total += y * y;
                }
            }
        }

        if (steps < 4)
        {
            return frames == 0 ? double.NegativeInfinity : BlockLoudness(total / frames);
        }

        int blockCount = steps - 3;
        var blocks = new double[blockCount];
        double blockLength = 4.0 * step;
        for (int b = 0; b < blockCount; b++)
        {
            blocks[b] = (stepEnergy[b] + stepEnergy[b + 1] + stepEnergy[b + 2] + stepEnergy[b + 3]) / blockLength;
        }

        const double AbsoluteGate = -70.0;
        double sumAbove = 0;
        int countAbove = 0;
        foreach (double z in blocks)
        {
            if (BlockLoudness(z) > AbsoluteGate)
            {
                sumAbove += z;
                countAbove++;
            }
        }

        if (countAbove == 0)
        {
            return double.NegativeInfinity;
        }

        double relativeGate = BlockLoudness(sumAbove / countAbove) - 10.0;
        double sumGated = 0;
        int countGated = 0;
        foreach (double z in blocks)
        {
            double loudness = BlockLoudness(z);
            if (loudness > AbsoluteGate && loudness > relativeGate)
            {
                sumGated += z;
                countGated++;
            }
        }

        return countGated == 0 ? double.NegativeInfinity : BlockLoudness(sumGated / countGated);
    }

    private static double BlockLoudness(double meanSquare) => meanSquare <= 0 ? double.NegativeInfinity : -0.691 + (10.0 * Math.Log10(meanSquare));
}
