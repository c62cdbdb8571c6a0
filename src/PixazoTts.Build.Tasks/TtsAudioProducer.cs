using System.Diagnostics;
using System.Globalization;
using Microsoft.Build.Framework;
using PixazoTts.Audio;
using PixazoTts.Caching;
using PixazoTts.Client;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Makes the audio the plan says is missing, <c>TtsMaxConcurrency</c> lines at a time, each through
/// <see cref="TtsCache.GetOrAddAsync"/> (one request per key across processes, whole-or-nothing writes). After the
/// first failure no new line is started (the others would likely fail alike, and each costs money); lines already in
/// flight finish, so what was paid for is kept.
/// </summary>
internal sealed class TtsAudioProducer
{
    private readonly TtsCache _cache;
    private readonly TtsJournaledSynthesis? _gateway;
    private readonly BuildLogQueue _log;
    private readonly int _maxConcurrency;
    private readonly int _total;
    private int _completed;
    private readonly object _countLock = new();
    private int _failed;

    public TtsAudioProducer(TtsCache cache, PixazoTtsClient? client, BuildLogQueue log, int maxConcurrency, int total, int alreadyCompleted)
    {
        _cache = cache;
        _gateway = client is null ? null : new TtsJournaledSynthesis(cache.Journal, client, log);
        _log = log;
        _maxConcurrency = maxConcurrency;
        _total = total;
        _completed = alreadyCompleted;
    }

    /// <summary>Lines the gateway synthesized in this build (what was paid for).</summary>
    public int GatewaySyntheses { get; private set; }

    /// <summary>Lines the placeholder voice made in this build.</summary>
    public int PlaceholderSyntheses { get; private set; }

    /// <summary>Lines another build produced while this one waited for the same key (free for this build).</summary>
    public int ProducedElsewhere { get; private set; }

    /// <summary>Gateway lines collected from a job an earlier build had paid for (not paid in this build).</summary>
    public int Resumed => _gateway?.Resumed ?? 0;

    public bool Failed => Volatile.Read(ref _failed) != 0;

    public async Task ProduceAsync(IReadOnlyList<TtsDistinctLine> lines, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = _maxConcurrency, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(lines, options, async (line, ct) =>
            {
                if (Failed)
                {
                    return;
                }

                await ProduceOneAsync(line, ct).ConfigureAwait(false);
            }).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Every line has stopped by now; the accepted jobs among them are journalled in the cache.
            int inFlight = _gateway?.InFlight ?? 0;
            _log.Message(MessageImportance.High, string.Create(CultureInfo.InvariantCulture,
                $"PixazoTts: canceled; {inFlight} {(inFlight == 1 ? "line was" : "lines were")} in flight on the gateway (already paid for) and will be resumed by the next build."));
            throw;
        }
    }

    private async Task ProduceOneAsync(TtsDistinctLine line, CancellationToken cancellationToken)
    {
        bool gateway = line.Source == TtsAudioSource.Gateway;
        string key = gateway ? line.GatewayKey : line.PlaceholderKey;
        var stopwatch = Stopwatch.StartNew();
        try
        {
            var entry = await _cache.GetOrAddAsync(
                key,
                ct => gateway ? _gateway!.ProduceAsync(line, ct) : Task.FromResult(MakePlaceholder(line.Resolved)),
                cancellationToken).ConfigureAwait(false);
            line.CachedWavPath = entry.WavPath;
            Record(line, gateway, entry.WasProduced, stopwatch.Elapsed);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (PixazoTtsException exception)
        {
            bool namesRequest = exception.RequestId is null || exception.Message.Contains(exception.RequestId, StringComparison.Ordinal);
            string request = namesRequest ? string.Empty : " (request " + exception.RequestId + ")";
            Fail(line, exception.Code, exception.Message + request);
        }
        catch (TtsCacheException exception)
        {
            Fail(line, exception.Code, exception.Message + " Set TtsCacheDirectory or PIXAZO_TTS_CACHE to a writable folder.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Fail(line, TtsDiagnosticDescriptors.CacheNotWritable.Code, string.Format(
                CultureInfo.InvariantCulture, TtsDiagnosticDescriptors.CacheNotWritable.MessageFormat, _cache.RootDirectory, exception.Message));
        }
#pragma warning disable CA1031 // Anything else is a bug or an unforeseen fault: it still gets a code and a one-line message, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Fail(line, TtsDiagnosticDescriptors.GatewayUnavailable.Code,
                "Synthesis failed unexpectedly (" + exception.GetType().Name + ": " + exception.Message + "); build again, and report it if it persists.");
        }
    }

    private static TtsCacheProduction MakePlaceholder(ResolvedTtsLine line)
    {
        byte[] wav = PlaceholderVoice.Synthesize(line.Text, line.Voice, line.Prompt, line.LanguageCode);
        return new TtsCacheProduction(wav, TtsCacheMetadata.Describe(wav, TtsModels.Placeholder, line, null, DateTimeOffset.UtcNow));
    }

    private void Record(TtsDistinctLine line, bool gateway, bool produced, TimeSpan elapsed)
    {
        int number = Interlocked.Increment(ref _completed);
        string what;
        lock (_countLock)
        {
            if (!produced)
            {
                ProducedElsewhere++;
                what = "made by another build meanwhile";
            }
            else if (gateway && _gateway!.WasResumed(line.GatewayKey))
            {
                what = "collected from a job of an earlier build";
            }
            else if (gateway)
            {
                GatewaySyntheses++;
                what = "synthesized";
            }
            else
            {
                PlaceholderSyntheses++;
                what = "placeholder voice";
            }
        }

        string text = string.Create(
            CultureInfo.InvariantCulture, $"[{number}/{_total}] {line.First.DisplayName} — {what} in {elapsed.TotalSeconds:0.0} s");
        _log.Message(MessageImportance.Normal, text);
    }

    private void Fail(TtsDistinctLine line, string code, string detail)
    {
        Interlocked.Exchange(ref _failed, 1);
        var first = line.First;
        string message = first.DisplayName + " (line '" + first.Line.Id + "'): " + detail;
        _log.Error(code, first.Script.FullPath, first.Line.IdSpan, message);
    }
}
