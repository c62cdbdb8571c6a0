namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// The BS.1770 K-weighting: a high shelf (+4 dB above about 1.7 kHz, "stage 1") followed by the RLB high-pass
/// ("stage 2"), both biquads. The standard lists coefficients for 48 kHz only; these are derived from the analogue
/// prototypes' parameters for any rate (the same derivation as libebur128 and ffmpeg), so 24 and 44.1 kHz measure alike.
/// </summary>
internal struct KWeightingFilter
{
    private readonly double _b0, _b1, _b2, _a1, _a2; // stage 1
    private readonly double _c1, _c2;                 // stage 2 (numerator 1, -2, 1)
    private double _x1, _x2, _y1, _y2, _z1, _z2;

    public KWeightingFilter(int sampleRate)
    {
        double f0 = 1681.974450955533;
        double gain = 3.999843853973347;
        double q = 0.7071752369554196;
        double k = Math.Tan(Math.PI * f0 / sampleRate);
        double vh = Math.Pow(10.0, gain / 20.0);
        double vb = Math.Pow(vh, 0.4996667741545416);
        double a0 = 1.0 + (k / q) + (k * k);
        _b0 = (vh + (vb * k / q) + (k * k)) / a0;
        _b1 = 2.0 * ((k * k) - vh) / a0;
        _b2 = (vh - (vb * k / q) + (k * k)) / a0;
        _a1 = 2.0 * ((k * k) - 1.0) / a0;
        _a2 = (1.0 - (k / q) + (k * k)) / a0;

        f0 = 38.13547087602444;
        q = 0.5003270373238773;
        k = Math.Tan(Math.PI * f0 / sampleRate);
        double d0 = 1.0 + (k / q) + (k * k);
        _c1 = 2.0 * ((k * k) - 1.0) / d0;
        _c2 = (1.0 - (k / q) + (k * k)) / d0;
        _x1 = _x2 = _y1 = _y2 = _z1 = _z2 = 0;
    }

    public double Process(double x)
    {
        double y = (_b0 * x) + (_b1 * _x1) + (_b2 * _x2) - (_a1 * _y1) - (_a2 * _y2);
        _x2 = _x1;
        _x1 = x;
        _y2 = _y1;
        _y1 = y;

        // Stage 2 in direct form II: w = y - c1 w1 - c2 w2; out = w - 2 w1 + w2.
        double w = y - (_c1 * _z1) - (_c2 * _z2);
        double output = w - (2.0 * _z1) + _z2;
        _z2 = _z1;
        _z1 = w;
        return output;
    }
}
