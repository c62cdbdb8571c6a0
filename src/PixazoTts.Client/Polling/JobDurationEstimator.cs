namespace PixazoTts.Client.Polling;

/// <summary>
/// A per-client, thread-safe estimate of how long a job takes from submission to completion: the
/// median of the most recent observations. A median (not a mean) so one slow or stuck job does not
/// delay the first check of every job after it; a window so the estimate follows the gateway when
/// its load changes.
/// </summary>
internal sealed class JobDurationEstimator
{
    private readonly object gate = new();
    private readonly TimeSpan[] window;
    private int count;
    private int next;

    public JobDurationEstimator(int windowSize = 31)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(windowSize);
        window = new TimeSpan[windowSize];
    }

    /// <summary>The median of the observations so far, or null before the first.</summary>
    public TimeSpan? Estimate
    {
        get
        {
            TimeSpan[] snapshot;
            lock (gate)
            {
                if (count == 0)
                {
                    return null;
                }

                snapshot = window.AsSpan(0, count).ToArray();
            }

            Array.Sort(snapshot);

            // The lower median for an even count: when in doubt, check early rather than late.
            return snapshot[(snapshot.Length - 1) / 2];
        }
    }

    /// <summary>Records how long a completed job took.</summary>
    public void Observe(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            return;
        }

        lock (gate)
        {
            window[next] = duration;
            next = (next + 1) % window.Length;
            count = Math.Min(count + 1, window.Length);
        }
    }
}
