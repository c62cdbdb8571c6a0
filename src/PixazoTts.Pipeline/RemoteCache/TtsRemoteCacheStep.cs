using System.Globalization;
using PixazoTts.Caching;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// The plan's step through the pipeline's <see cref="TeamCache"/>: which lines to look up (every line whose real
/// audio the local cache lacks) and upload (what this build synthesized), and how results become diagnostics:
/// a refused entry is PTTS2103 at the line, the remote's first failure PTTS2101 (or error PTTS2102 when
/// TtsRemoteCacheRequired), the summary one line. Runs on the front end's own thread, so it logs directly.
/// </summary>
internal sealed class TtsRemoteCacheStep : IDisposable
{
    private readonly TeamCache _team;
    private readonly ITtsPipelineLog _log;
    private readonly string? _projectFile;
    private readonly TeamCacheSummary _summary = new();
    private bool _failureReported;

    private TtsRemoteCacheStep(TeamCache team, ITtsPipelineLog log, string? projectFile)
    {
        _team = team;
        _log = log;
        _projectFile = projectFile;
    }

    /// <summary>True when the remote failed and TtsRemoteCacheRequired made that an error.</summary>
    public bool FailedRequired { get; private set; }

    /// <summary>The step for <paramref name="settings"/>, or null when no team cache is configured (or it cannot be set up: reported).</summary>
    public static TtsRemoteCacheStep? Open(TtsBuildSettings settings, TtsCache cache, ITtsPipelineLog log, string? projectFile, out bool failedRequired)
    {
        failedRequired = false;
        if (settings.RemoteCache is not { } options)
        {
            return null;
        }

        try
        {
            return new TtsRemoteCacheStep(TeamCache.Create(options, cache), log, projectFile);
        }
        catch (RemoteStoreException exception)
        {
            failedRequired = options.Required;
            Report(log, projectFile, options, new RemoteCacheFailure(options.Location.Description, exception.Message));
            return null;
        }
    }

    /// <summary>
    /// Looks up every line whose real audio is not in the local cache; returns the plan with the verified downloads as
    /// cache hits (the rest unchanged).
    /// </summary>
    public TtsAudioPlan Fetch(TtsAudioPlan plan, TtsBuildSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Provider == TtsProviderKind.Placeholder)
        {
            return plan;
        }

        var wanted = plan.Lines.Where(l => l.Source != TtsAudioSource.CachedGateway).ToList();
        if (wanted.Count == 0)
        {
            return plan;
        }

        var fetches = _team.FetchAsync(wanted.Select(l => l.Line.Gateway.Key).ToList(), cancellationToken).GetAwaiter().GetResult();
        _summary.Add(fetches);
        var replaced = new Dictionary<TtsPlannedLine, TtsPlannedLine>();
        for (int i = 0; i < wanted.Count; i++)
        {
            var planned = wanted[i];
            var fetch = fetches[i];
            var first = planned.Line.First;
            if (fetch.Outcome == RemoteFetchOutcome.Downloaded)
            {
                replaced[planned] = planned with { Source = TtsAudioSource.CachedGateway, Target = planned.Line.Gateway, CachedWavPath = fetch.WavPath };
                _log.Message(TtsLogImportance.Low, first.DisplayName + " — from the team cache (" + fetch.WavPath + ")");
            }
            else if (fetch.Outcome == RemoteFetchOutcome.Refused)
            {
                var descriptor = TtsDiagnosticDescriptors.RemoteCacheEntryRefused;
                _log.Diagnostic(descriptor.Code, isError: false, first.Script.FullPath, first.Line.IdSpan,
                    string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, first.Line.Id, fetch.Reason));
            }
        }

        ReportFailure();
        return replaced.Count == 0
            ? plan
            : new TtsAudioPlan(plan.Lines.Select(l => replaced.TryGetValue(l, out var r) ? r : l).ToList(), plan.Diagnostics);
    }

    /// <summary>In readwrite mode: uploads the gateway audio this build synthesized (never placeholder audio).</summary>
    public void Upload(TtsAudioPlan plan, TtsProductionReport report, CancellationToken cancellationToken)
    {
        if (_team.Options.Mode != RemoteCacheMode.ReadWrite)
        {
            return;
        }

        var made = plan.ToMake
            .Where(l => l.Source == TtsAudioSource.Gateway && report.WavPaths.ContainsKey(l.Line))
            .Select(l => l.Line.Gateway.Key)
            .ToList();
        if (made.Count == 0)
        {
            return;
        }

        _summary.Add(_team.UploadAsync(made, cancellationToken).GetAwaiter().GetResult());
        ReportFailure();
    }

    /// <summary>The summary line of the team cache.</summary>
    public void LogSummary() =>
        _log.Message(TtsLogImportance.High, string.Format(CultureInfo.InvariantCulture, "PixazoTts team cache {0} ({1}): {2}", _team.Description, ModeName(_team.Options.Mode), _summary.Describe(_team.Failure)));

    public void Dispose() => _team.Dispose();

    private static string ModeName(RemoteCacheMode mode) => mode == RemoteCacheMode.ReadWrite ? "readwrite" : "read";

    private static void Report(ITtsPipelineLog log, string? projectFile, RemoteCacheOptions options, RemoteCacheFailure failure)
    {
        var descriptor = options.Required ? TtsDiagnosticDescriptors.RemoteCacheRequired : TtsDiagnosticDescriptors.RemoteCacheUnavailable;
        log.Diagnostic(descriptor.Code, options.Required, projectFile, null,
            string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, failure.Remote, failure.Message));
    }

    private void ReportFailure()
    {
        if (_failureReported || _team.Failure is not { } failure)
        {
            return;
        }

        _failureReported = true;
        FailedRequired = _team.Options.Required;
        Report(_log, _projectFile, _team.Options, failure);
    }
}
