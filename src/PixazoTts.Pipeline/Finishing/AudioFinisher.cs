namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Finishes one line's audio, in this order: trim silence (at the source rate), resample (WAV: to the requested rate;
/// Opus: to the rate it is coded at, which for the 24 kHz source is its own), normalize loudness (one gain
/// for the whole line, lowered where the true peak would pass the limit: no compressor, no limiter), quantize to 16
/// bits, encode (WAV or Ogg Opus). Pure: bytes in, bytes out; the caching is <see cref="FinishedAudioCache"/>'s.
/// </summary>
public static class AudioFinisher
{
    /// <summary>Finishes <paramref name="sourceWav"/>; <paramref name="finishedKey"/> seeds the Ogg serial number.</summary>
    public static FinishedAudio Finish(ReadOnlySpan<byte> sourceWav, FinishingSettings settings, string finishedKey)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(finishedKey);
        var audio = PcmAudio.FromWav(sourceWav);
        if (settings.LeavesSourceAsIs(audio.SampleRate))
        {
            return new FinishedAudio(null, DurationMs(audio), Round(LoudnessMeter.MeasureIntegrated(audio)), Round(TruePeakMeter.MeasureDbtp(audio)), 0);
        }

        if (settings.TrimSilence)
        {
            audio = SilenceTrimmer.Trim(audio);
        }

        // Opus is coded at a rate of its own (the 24 kHz source as it is: OpusFileEncoder says why), so the PCM is
        // measured and normalized at the rate it is coded at; WAV is brought to the requested rate.
        bool opus = settings.Format == TtsAudioFormat.Opus;
        audio = BandLimitedResampler.Resample(audio, opus ? OpusFileEncoder.CodingRate(audio.SampleRate, settings.SampleRate) : settings.SampleRate);
        double loudness = LoudnessMeter.MeasureIntegrated(audio);
        double peak = TruePeakMeter.MeasureLinear(audio);
        double shortfall = 0;
        if (!settings.Loudness.IsOff && !double.IsNegativeInfinity(loudness))
        {
            double gainDb = settings.Loudness.Lufs - loudness;
            double peakDb = TruePeakMeter.ToDb(peak);
            if (peakDb + gainDb > settings.TruePeakDbtp)
            {
                gainDb = settings.TruePeakDbtp - peakDb;
                shortfall = settings.Loudness.Lufs - (loudness + gainDb);
            }

            float gain = (float)Math.Pow(10, gainDb / 20);
            audio.ApplyGain(gain);
            loudness += gainDb;
            peak *= gain;
        }

        byte[] bytes = opus
            ? OpusFileEncoder.Encode(audio, settings.OpusBitrate, Convert.ToUInt32(finishedKey[..8], 16), settings.SampleRate)
            : audio.ToWav();
        return new FinishedAudio(bytes, DurationMs(audio), Round(loudness), Round(TruePeakMeter.ToDb(peak)), Math.Round(shortfall, 2));
    }

    private static long DurationMs(PcmAudio audio) => (long)Math.Round(audio.FrameCount * 1000.0 / audio.SampleRate);

    private static double? Round(double value) => double.IsInfinity(value) || double.IsNaN(value) ? null : Math.Round(value, 2);
}
