using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using PixazoTts.Emulator.Billing;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Statistics;
using PixazoTts.Emulator.Webhooks;

namespace PixazoTts.Emulator.Jobs;

/// <summary>
/// The jobs and their lifecycle: admission (in-flight limit and wallet, checked together under one lock so a burst
/// of submits cannot overshoot either), lookup, and finishing each job exactly once when its latency has passed —
/// by a timer, or earlier by whichever request first observes it due — which settles the wallet, counts the
/// outcome and sends the webhook. The timers end when the emulator starts stopping, so no job finishes (and no
/// webhook leaves) during shutdown.
/// </summary>
internal sealed class JobStore
{
    private const string RequestIdPrefix = "gemini-flash-tts_";

    private readonly EmulatorOptions _options;
    private readonly JobClock _clock;
    private readonly Wallet _wallet;
    private readonly FaultInjector _faults;
    private readonly EmulatorCounters _counters;
    private readonly WebhookDispatcher _webhooks;
    private readonly Lock _admissionLock = new();
    private readonly CancellationToken _stopping;
    private ConcurrentDictionary<string, Job> _jobs = new(StringComparer.Ordinal);
    private int _inFlight;
    private int _epoch;

    public JobStore(EmulatorOptions options, JobClock clock, Wallet wallet, FaultInjector faults, EmulatorCounters counters, WebhookDispatcher webhooks, IHostApplicationLifetime lifetime)
    {
        _stopping = lifetime.ApplicationStopping;
        _options = options;
        _clock = clock;
        _wallet = wallet;
        _faults = faults;
        _counters = counters;
        _webhooks = webhooks;
    }

    public int InFlight => Volatile.Read(ref _inFlight);

    public Admission TrySubmit(TtsUtterance request, string gatewayOrigin, Uri? webhookUrl)
    {
        Job job;
        lock (_admissionLock)
        {
            if (_options.MaxInFlight > 0 && _inFlight >= _options.MaxInFlight)
            {
                return new Admission(null, AdmissionRefusal.TooManyInFlight, SecondsUntilASlotFrees());
            }

            if (!_wallet.TryReserve())
            {
                return new Admission(null, AdmissionRefusal.InsufficientBalance, 0);
            }

            var now = _clock.Now;
            var requestId = RequestIdPrefix + Guid.CreateVersion7(now).ToString("D");
            job = new Job(requestId, request, now, TimeSpan.FromMilliseconds(_options.LatencyMs), _faults.NextOutcome(), gatewayOrigin, webhookUrl ?? _options.WebhookUrl, _epoch);
            _jobs[requestId] = job;
            _inFlight++;
        }

        if (job.Outcome != JobOutcome.NeverFinishes)
        {
            _ = FinishWhenDueAsync(job);
        }

        return new Admission(job, AdmissionRefusal.None, 0);
    }

    /// <summary>The job with this id, finished first if it is due, so its status is never behind the clock.</summary>
    public Job? Find(string requestId)
    {
        if (!_jobs.TryGetValue(requestId, out var job))
        {
            return null;
        }

        if (_clock.Now >= job.DueAt)
        {
            Finish(job);
        }

        return job;
    }

    public void Reset()
    {
        lock (_admissionLock)
        {
            _epoch++;
            _jobs = new ConcurrentDictionary<string, Job>(StringComparer.Ordinal);
            Volatile.Write(ref _inFlight, 0);
            _wallet.Reset();
        }
    }

    private async Task FinishWhenDueAsync(Job job)
    {
        try
        {
            var delay = job.DueAt - _clock.Now;
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, _clock.Time, _stopping).ConfigureAwait(false);
            }

            Finish(job);
        }
        catch (OperationCanceledException)
        {
            // The emulator is shutting down; the job dies with it.
        }
    }

    private void Finish(Job job)
    {
        if (job.Outcome == JobOutcome.NeverFinishes || !job.TryMarkFinished())
        {
            return;
        }

        lock (_admissionLock)
        {
            // A job from before a reset must not touch the new generation's counters or wallet.
            if (job.Epoch != _epoch)
            {
                return;
            }

            _inFlight--;
            _wallet.Settle(charge: job.Outcome != JobOutcome.Error);
        }

        switch (job.Outcome)
        {
            case JobOutcome.Completed:
                _counters.CountCompleted();
                break;
            case JobOutcome.Failed:
                _counters.CountFailed();
                break;
            default:
                _counters.CountErrored();
                break;
        }

        if (job.WebhookUrl is { } webhookUrl)
        {
            _webhooks.Dispatch(job, webhookUrl);
        }
    }

    private int SecondsUntilASlotFrees()
    {
        var now = _clock.Now;
        var earliest = _jobs.Values
            .Where(job => !job.IsFinished && job.Outcome != JobOutcome.NeverFinishes)
            .Select(job => (DateTimeOffset?)job.DueAt)
            .Min();
        if (earliest is null)
        {
            return Math.Max(1, _options.RetryAfterSeconds);
        }

        return Math.Max(1, (int)Math.Ceiling((earliest.Value - now).TotalSeconds));
    }
}
