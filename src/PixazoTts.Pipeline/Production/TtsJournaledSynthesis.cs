using System.Collections.Concurrent;
using PixazoTts.Caching;
using PixazoTts.Client;

namespace PixazoTts.Pipeline.Production;

/// <summary>
/// Gets one line's audio from the gateway without ever paying twice for a job that was accepted: a job an earlier build
/// left in the cache's journal (it was stopped, killed or timed out after the gateway had accepted the job) is collected
/// first; otherwise the line is submitted and its <c>request_id</c> journalled as soon as the gateway accepts it, before
/// the first status check, so that a build stopped from then on leaves the job to the next one. The line is submitted
/// again only when the earlier job cannot be collected: the gateway no longer has it (or never did), it ended FAILED or
/// ERROR, the gateway refuses this key for it, or it is older than <see cref="TtsJobJournal.ResumeLimit"/>.
/// </summary>
/// <remarks>
/// Runs as the producer of <see cref="TtsCache.GetOrAddAsync"/>, so it holds the key's cross-process lock: two builds
/// sharing the cache never both resume (or both submit) one key. The cache removes the key's record once the entry is
/// stored, under that lock.
/// </remarks>
internal sealed class TtsJournaledSynthesis
{
    private readonly TtsJobJournal _journal;
    private readonly PixazoTtsClient _client;
    private readonly ITtsPipelineLog _log;
    private readonly string _gateway;

    // Keys whose accepted job this build is waiting for (the request id), and keys collected from an earlier build's job.
    private readonly ConcurrentDictionary<string, string> _inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _resumed = new(StringComparer.Ordinal);

    public TtsJournaledSynthesis(TtsJobJournal journal, PixazoTtsClient client, ITtsPipelineLog log)
    {
        _journal = journal;
        _client = client;
        _log = log;
        _gateway = TtsJobJournal.OriginOf(client.BaseUrl);
    }

    /// <summary>Lines whose job the gateway accepted and whose audio this build has not stored (yet): after a
    /// cancellation, the lines a next build resumes.</summary>
    public int InFlight => _inFlight.Count;

    /// <summary>Lines collected from a job an earlier build had paid for.</summary>
    public int Resumed => _resumed.Count;

    public bool WasResumed(string key) => _resumed.ContainsKey(key);

    /// <summary>The line's audio and metadata, from a journalled job or a new one.</summary>
    public async Task<TtsCacheProduction> ProduceAsync(TtsDistinctLine line, TtsKeyedUtterance target, CancellationToken cancellationToken)
    {
        string key = target.Key;
        var collected = await TryResumeAsync(line, key, cancellationToken).ConfigureAwait(false);
        if (collected is not null)
        {
            return Production(target, collected);
        }

        var request = new TtsSynthesisRequest(target.Utterance);
        TtsSynthesisResult result;
        try
        {
            result = await _client.SynthesizeAsync(request, requestId => Journal(line, key, requestId), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Forget(key, exception);
            throw;
        }

        _inFlight.TryRemove(key, out _);
        return Production(target, result);
    }

    private async Task<TtsSynthesisResult?> TryResumeAsync(TtsDistinctLine line, string key, CancellationToken cancellationToken)
    {
        var record = _journal.Read(key);
        if (record is null)
        {
            // Nothing journalled, or a record that cannot be read (a stray file): drop it.
            _journal.Remove(key);
            return null;
        }

        string? notResumable = record.WhyNotResumable(TtsModels.Gateway, _gateway, DateTimeOffset.UtcNow);
        if (notResumable is not null)
        {
            _journal.Remove(key);
            _log.Message(TtsLogImportance.Normal, $"{line.First.DisplayName} — request {record.RequestId} of an earlier build is not resumed: {notResumable}; submitting the line again.");
            return null;
        }

        _inFlight[key] = record.RequestId;
        TtsResumeResult outcome;
        try
        {
            outcome = await _client.ResumeAsync(record.RequestId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // This line fails in this build, as a synthesis failing the same way would.
            Forget(key, exception);
            throw;
        }

        _inFlight.TryRemove(key, out _);
        if (outcome.Synthesis is { } synthesis)
        {
            _resumed[key] = record.RequestId;
            return synthesis;
        }

        _journal.Remove(key);
        _log.Message(TtsLogImportance.Normal, $"{line.First.DisplayName} — request {record.RequestId} of an earlier build cannot be collected ({outcome.Reason}); submitting the line again.");
        return null;
    }

    /// <summary>
    /// After a failure other than cancellation: the line is no longer in flight in this build. Its record goes too when
    /// the job has nothing left to give: it ended FAILED, or its media is unusable (invalid after the retries, too large,
    /// at a URL the client refuses). A job that may still end well (a timeout, an unavailable gateway) keeps its record,
    /// and the next build collects it.
    /// </summary>
    private void Forget(string key, Exception exception)
    {
        _inFlight.TryRemove(key, out _);
        if (exception is PixazoJobFailedException or PixazoInvalidMediaException or PixazoMediaTooLargeException or PixazoUnsafeUrlException)
        {
            _journal.Remove(key);
        }
    }

    private void Journal(TtsDistinctLine line, string key, string requestId)
    {
        _inFlight[key] = requestId;
        try
        {
            _journal.Record(new TtsJobRecord(key, requestId, TtsModels.Gateway, _gateway, DateTimeOffset.UtcNow));
        }
        catch (Exception exception) when (exception is TtsCacheException or ArgumentException)
        {
            // Not a reason to abandon a job that is paid for: only a build stopped before the line is stored pays again.
            _log.Message(TtsLogImportance.Normal, $"{line.First.DisplayName} — request {requestId} could not be written to the job journal ({exception.Message}); if this build is stopped before the line is stored, the next one pays for it again.");
        }
    }

    // The client validated the download (result.Audio): the cache takes that inspection rather than repeating it.
    private static TtsCacheProduction Production(TtsKeyedUtterance target, TtsSynthesisResult result) =>
        new(target, result.Wav, result.Audio, result.RequestId, result.CompletedAt ?? DateTimeOffset.UtcNow);
}
