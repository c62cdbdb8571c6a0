namespace PixazoTts.Emulator.Jobs;

/// <summary>
/// One submitted request. Its status is a function of time: QUEUED for the first 20 % of the latency, PROCESSING
/// until the latency has passed, then its drawn outcome once it has been finished (charged, counted, webhook sent)
/// exactly once by <see cref="JobStore"/>. Only the inputs are kept; the audio is synthesized on each download,
/// which keeps memory bounded however many jobs a test makes.
/// </summary>
internal sealed class Job
{
    private const double QueuedShare = 0.2;
    private int _finished;

    public Job(string requestId, TtsUtterance utterance, DateTimeOffset createdAt, TimeSpan latency, JobOutcome outcome, string gatewayOrigin, Uri? webhookUrl, int epoch)
    {
        RequestId = requestId;
        Utterance = utterance;
        CreatedAt = createdAt;
        ProcessingAt = createdAt + (latency * QueuedShare);
        DueAt = createdAt + latency;
        Outcome = outcome;
        GatewayOrigin = gatewayOrigin;
        WebhookUrl = webhookUrl;
        Epoch = epoch;
    }

    public string RequestId { get; }

    public TtsUtterance Utterance { get; }

    public DateTimeOffset CreatedAt { get; }

    public DateTimeOffset ProcessingAt { get; }

    /// <summary>When the job reaches its terminal status (its <c>completed_at</c>).</summary>
    public DateTimeOffset DueAt { get; }

    public JobOutcome Outcome { get; }

    /// <summary>The origin (scheme://host:port) the job was submitted to: the only place its key belongs.</summary>
    public string GatewayOrigin { get; }

    public Uri? WebhookUrl { get; }

    /// <summary>The store generation the job belongs to; a reset starts a new one and orphans older jobs.</summary>
    public int Epoch { get; }

    public bool IsFinished => Volatile.Read(ref _finished) == 1;

    /// <summary>True for the one caller that gets to finish the job.</summary>
    public bool TryMarkFinished() => Interlocked.CompareExchange(ref _finished, 1, 0) == 0;

    public JobStatus StatusAt(DateTimeOffset now)
    {
        if (IsFinished)
        {
            return Outcome switch
            {
                JobOutcome.Completed => JobStatus.Completed,
                JobOutcome.Failed => JobStatus.Failed,
                _ => JobStatus.Error,
            };
        }

        return now < ProcessingAt ? JobStatus.Queued : JobStatus.Processing;
    }
}
