namespace PixazoTts.Emulator.Statistics;

/// <summary>The live counters behind <see cref="EmulatorStats"/>; lock-free, safe under any number of requests.</summary>
internal sealed class EmulatorCounters
{
    private int _generate;
    private int _accepted;
    private int _status;
    private int _media;
    private int _completed;
    private int _failed;
    private int _errored;
    private int _rateLimited;
    private int _serverErrors;
    private int _dropped;
    private int _keyLeaks;
    private int _webhooksSent;
    private int _webhooksFailed;

    public void CountGenerate() => Interlocked.Increment(ref _generate);

    public void CountAccepted() => Interlocked.Increment(ref _accepted);

    public void CountStatus() => Interlocked.Increment(ref _status);

    public void CountMedia() => Interlocked.Increment(ref _media);

    public void CountCompleted() => Interlocked.Increment(ref _completed);

    public void CountFailed() => Interlocked.Increment(ref _failed);

    public void CountErrored() => Interlocked.Increment(ref _errored);

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public void CountServerError() => Interlocked.Increment(ref _serverErrors);

    public void CountDropped() => Interlocked.Increment(ref _dropped);

    public void CountKeyLeak() => Interlocked.Increment(ref _keyLeaks);

    public void CountWebhookSent() => Interlocked.Increment(ref _webhooksSent);

    public void CountWebhookFailed() => Interlocked.Increment(ref _webhooksFailed);

    public void Reset()
    {
        Interlocked.Exchange(ref _generate, 0);
        Interlocked.Exchange(ref _accepted, 0);
        Interlocked.Exchange(ref _status, 0);
        Interlocked.Exchange(ref _media, 0);
        Interlocked.Exchange(ref _completed, 0);
        Interlocked.Exchange(ref _failed, 0);
        Interlocked.Exchange(ref _errored, 0);
        Interlocked.Exchange(ref _rateLimited, 0);
        Interlocked.Exchange(ref _serverErrors, 0);
        Interlocked.Exchange(ref _dropped, 0);
        Interlocked.Exchange(ref _keyLeaks, 0);
        Interlocked.Exchange(ref _webhooksSent, 0);
        Interlocked.Exchange(ref _webhooksFailed, 0);
    }

    public EmulatorStats Snapshot(decimal chargedUsd, decimal? balanceUsd, int inFlight, int peakInFlight) => new()
    {
        Generate = Volatile.Read(ref _generate),
        Accepted = Volatile.Read(ref _accepted),
        Status = Volatile.Read(ref _status),
        Media = Volatile.Read(ref _media),
        Completed = Volatile.Read(ref _completed),
        Failed = Volatile.Read(ref _failed),
        Errored = Volatile.Read(ref _errored),
        RateLimited = Volatile.Read(ref _rateLimited),
        ServerErrors = Volatile.Read(ref _serverErrors),
        Dropped = Volatile.Read(ref _dropped),
        KeyLeaks = Volatile.Read(ref _keyLeaks),
        ChargedUsd = chargedUsd,
        BalanceUsd = balanceUsd,
        WebhooksSent = Volatile.Read(ref _webhooksSent),
        WebhooksFailed = Volatile.Read(ref _webhooksFailed),
        InFlight = inFlight,
        PeakInFlight = peakInFlight,
    };
}
