using System.Collections.Concurrent;
using PixazoTts.Client;

namespace PixazoTts.Pipeline.Production;

/// <summary>What <see cref="TtsAudioProducer"/> made: the cache entry of every line it completed, the counts for the summary, and how it stopped.</summary>
internal sealed class TtsProductionReport
{
    private readonly ConcurrentDictionary<TtsDistinctLine, string> _wavPaths = new();
    private int _gatewaySyntheses;
    private int _placeholderSyntheses;
    private int _producedElsewhere;
    private int _resumed;
    private int _failed;
    private PixazoTtsException? _accountFailure;

    /// <summary>The cache entry's WAV of each line completed in this build (made here or by another build meanwhile).</summary>
    public IReadOnlyDictionary<TtsDistinctLine, string> WavPaths => _wavPaths;

    /// <summary>Lines the gateway synthesized in this build (what was paid for).</summary>
    public int GatewaySyntheses => Volatile.Read(ref _gatewaySyntheses);

    /// <summary>Lines the placeholder voice made in this build.</summary>
    public int PlaceholderSyntheses => Volatile.Read(ref _placeholderSyntheses);

    /// <summary>Lines another build produced while this one waited for the same key (free for this build).</summary>
    public int ProducedElsewhere => Volatile.Read(ref _producedElsewhere);

    /// <summary>Gateway lines collected from a job an earlier build had paid for (not paid in this build).</summary>
    public int Resumed => Volatile.Read(ref _resumed);

    /// <summary>True when any line failed (its error is logged) or the account failed.</summary>
    public bool Failed => Volatile.Read(ref _failed) != 0;

    /// <summary>The first account failure (401, 402, 403), after which nothing more was submitted; reported once by the task.</summary>
    public PixazoTtsException? AccountFailure => Volatile.Read(ref _accountFailure);

    /// <summary>True when no new line may start: the account failed, or the gateway or cache failed in a way every line would share.</summary>
    public bool StopStarting { get; private set; }

    public void Completed(TtsDistinctLine line, string wavPath, TtsAudioSource source, bool produced, bool resumed)
    {
        _wavPaths[line] = wavPath;
        if (!produced)
        {
            Interlocked.Increment(ref _producedElsewhere);
        }
        else if (resumed)
        {
            Interlocked.Increment(ref _resumed);
        }
        else if (source == TtsAudioSource.Gateway)
        {
            Interlocked.Increment(ref _gatewaySyntheses);
        }
        else
        {
            Interlocked.Increment(ref _placeholderSyntheses);
        }
    }

    /// <summary>Records a failed line; <paramref name="stopStarting"/> when the same cause would fail every other line.</summary>
    public void LineFailed(bool stopStarting)
    {
        Interlocked.Exchange(ref _failed, 1);
        if (stopStarting)
        {
            StopStarting = true;
        }
    }

    /// <summary>Records an account failure; true for the first one (the one to report).</summary>
    public bool AccountFailed(PixazoTtsException exception)
    {
        Interlocked.Exchange(ref _failed, 1);
        StopStarting = true;
        return Interlocked.CompareExchange(ref _accountFailure, exception, null) is null;
    }
}
