using System.Diagnostics;
using System.Globalization;
using PixazoTts.Audio;
using PixazoTts.Caching;
using PixazoTts.Client;

namespace PixazoTts.Pipeline.Production;

/// <summary>
/// Makes the audio the plan says is missing, <c>TtsMaxConcurrency</c> lines at a time, each through
/// <see cref="TtsCache.GetOrAddAsync"/> (one request per key across processes, whole-or-nothing writes).
/// </summary>
/// <remarks>
/// Failures are sorted by what they are about (docs/implementation-notes.md, "Failures"): a line failure (400, FAILED,
/// audio too large) is reported at that line and the others go on; a failure every line would share (gateway
/// unavailable or rate limited after the retries, timeouts, an unusable cache, a bug) is reported at the line it hit
/// and no new line starts; an account failure (401, 402, 403) stops submitting at once and is reported once, by the
/// task, with the number of lines not made. Lines already in flight always finish, so what was paid for is kept.
/// </remarks>
internal sealed class TtsAudioProducer
{
    private readonly TtsCache _cache;
    private readonly TtsJournaledSynthesis? _gateway;
    private readonly ITtsPipelineLog _log;
    private readonly int _maxConcurrency;
    private readonly int _total;
    private int _completed;

    public TtsAudioProducer(TtsCache cache, PixazoTtsClient? client, ITtsPipelineLog log, int maxConcurrency, int total, int alreadyCompleted)
    {
        _cache = cache;
        _gateway = client is null ? null : new TtsJournaledSynthesis(cache.Journal, client, log);
        _log = log;
        _maxConcurrency = maxConcurrency;
        _total = total;
        _completed = alreadyCompleted;
    }

    public async Task<TtsProductionReport> ProduceAsync(IReadOnlyList<TtsPlannedLine> lines, CancellationToken cancellationToken)
    {
        var report = new TtsProductionReport();
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxConcurrency, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(lines, options, async (line, ct) =>
            {
                if (!report.StopStarting)
                {
                    await ProduceOneAsync(line, report, ct).ConfigureAwait(false);
                }
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Every line has stopped by now; the accepted jobs among them are journalled in the cache.
            int inFlight = _gateway?.InFlight ?? 0;
            _log.Message(TtsLogImportance.High, string.Create(CultureInfo.InvariantCulture,
                $"PixazoTts: canceled; {inFlight} {(inFlight == 1 ? "line was" : "lines were")} in flight on the gateway (already paid for) and will be resumed by the next build."));
            throw;
        }

        return report;
    }

    private async Task ProduceOneAsync(TtsPlannedLine planned, TtsProductionReport report, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var entry = await _cache.GetOrAddAsync(
                planned.Target.Key,
                ct => planned.Source == TtsAudioSource.Gateway ? _gateway!.ProduceAsync(planned.Line, planned.Target, ct) : Task.FromResult(MakePlaceholder(planned.Target)),
                cancellationToken).ConfigureAwait(false);
            bool resumed = entry.WasProduced && planned.Source == TtsAudioSource.Gateway && _gateway!.WasResumed(planned.Target.Key);
            report.Completed(planned.Line, entry.WavPath, planned.Source, entry.WasProduced, resumed);
            Progress(planned, entry.WasProduced, resumed, stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (PixazoTtsException exception) when (exception.IsAccountFailure)
        {
            report.AccountFailed(exception);
        }
        catch (PixazoTtsException exception)
        {
            bool namesRequest = exception.RequestId is null || exception.Message.Contains(exception.RequestId, StringComparison.Ordinal);
            string request = namesRequest ? string.Empty : " (request " + exception.RequestId + ")";
            bool lineOnly = exception is PixazoBadRequestException or PixazoJobFailedException or PixazoMediaTooLargeException;
            report.LineFailed(stopStarting: !lineOnly);
            Fail(planned, exception.Code, exception.Message + request);
        }
        catch (TtsCacheException exception)
        {
            report.LineFailed(stopStarting: true);
            Fail(planned, exception.Code, Format(TtsDiagnosticDescriptors.CacheNotWritable, exception.Directory, exception.Reason));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            report.LineFailed(stopStarting: true);
            Fail(planned, TtsDiagnosticDescriptors.CacheNotWritable.Code, Format(TtsDiagnosticDescriptors.CacheNotWritable, _cache.RootDirectory, exception.Message));
        }
#pragma warning disable CA1031 // Anything else is a bug: it gets its own code and a one-line message; the stack goes to the detailed log.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            report.LineFailed(stopStarting: true);
            Fail(planned, TtsDiagnosticDescriptors.InternalError.Code, Format(TtsDiagnosticDescriptors.InternalError, exception.GetType().FullName!, exception.Message, _log.InternalErrorReport));
            _log.Message(TtsLogImportance.Low, exception.ToString());
        }
    }

    private static TtsCacheProduction MakePlaceholder(TtsKeyedUtterance target) =>
        new(target, PlaceholderVoice.Synthesize(target.Utterance), null, null, DateTimeOffset.UtcNow);

    private void Progress(TtsPlannedLine planned, bool produced, bool resumed, TimeSpan elapsed)
    {
        int number = Interlocked.Increment(ref _completed);
        _log.LineCompleted(planned);
        string what = !produced ? "made by another build meanwhile"
            : resumed ? "collected from a job of an earlier build"
            : planned.Source == TtsAudioSource.Gateway ? "synthesized"
            : "placeholder voice";
        _log.Message(TtsLogImportance.Normal, string.Create(
            CultureInfo.InvariantCulture, $"[{number}/{_total}] {planned.Line.First.DisplayName} — {what} in {elapsed.TotalSeconds:0.0} s"));
    }

    private void Fail(TtsPlannedLine planned, string code, string detail)
    {
        var first = planned.Line.First;
        _log.Error(code, first.Script.FullPath, first.Line.IdSpan, first.DisplayName + " (line '" + first.Line.Id + "'): " + detail);
    }

    private static string Format(TtsDiagnosticDescriptor descriptor, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args);
}
