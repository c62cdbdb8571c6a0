namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Removes leading and trailing silence: everything before the first and after the last sample above -50 dBFS (in
/// any channel), keeping 40 ms of it at each end, with a 5 ms raised-cosine fade inside that margin so the new ends
/// never click. Only the ends are cut: a pause inside the speech, however long, stays whole.
/// </summary>
public static class SilenceTrimmer
{
    /// <summary>-50 dBFS as a linear amplitude.</summary>
    public static readonly float Threshold = MathF.Pow(10f, -50f / 20f);

    /// <summary>How much silence is kept before the first and after the last sound.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromMilliseconds(40);

    /// <summary>The fade at each new end (inside the margin, never over speech).</summary>
    public static readonly TimeSpan Fade = TimeSpan.FromMilliseconds(5);

    /// <summary>The trimmed audio (a new object), or the same object when there is nothing above the threshold.</summary>
    public static PcmAudio Trim(PcmAudio audio)
    {
        ArgumentNullException.ThrowIfNull(audio);
        int frames = audio.FrameCount;
        int first = frames;
        int last = -1;
        foreach (var channel in audio.Channels)
        {
            for (int i = 0; i < Math.Min(first, frames); i++)
            {
                if (MathF.Abs(channel[i]) > Threshold)
                {
                    first = i;
                    break;
                }
            }

            for (int i = frames - 1; i > last; i--)
            {
                if (MathF.Abs(channel[i]) > Threshold)
                {
                    last = i;
                    break;
                }
            }
        }

        if (last < first)
        {
            // All silence: nothing tells where speech would be, so nothing is cut.
            return audio;
        }

        int margin = (int)Math.Round(Margin.TotalSeconds * audio.SampleRate);
        int fade = (int)Math.Round(Fade.TotalSeconds * audio.SampleRate);
        int start = Math.Max(0, first - margin);
        int end = Math.Min(frames, last + 1 + margin);
        int fadeIn = Math.Min(fade, first - start);
        int fadeOut = Math.Min(fade, end - (last + 1));
        var channels = new float[audio.Channels.Length][];
        for (int c = 0; c < channels.Length; c++)
        {
            var trimmed = audio.Channels[c][start..end];
            for (int i = 0; i < fadeIn; i++)
            {
                trimmed[i] *= RaisedCosine(i, fadeIn);
            }

            for (int i = 0; i < fadeOut; i++)
            {
                trimmed[trimmed.Length - 1 - i] *= RaisedCosine(i, fadeOut);
            }

            channels[c] = trimmed;
        }

        return new PcmAudio(channels, audio.SampleRate);
    }

    private static float RaisedCosine(int index, int length) => 0.5f - (0.5f * MathF.Cos(MathF.PI * index / length));
}
