using System.Diagnostics;
using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PixazoTts.Caching;
using PixazoTts.Client;
using PixazoTts.Pipeline.Finishing;
using PixazoTts.Pipeline.Manifest;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Turns every line of every <c>TtsAsset</c> into a WAV under <see cref="AudioDirectory"/>: checks the scripts (any
/// error stops the build before anything is spent), resolves each line's voice, prompt and language, looks every
/// distinct line up in the content-addressed cache, makes what is missing (gateway or placeholder voice), and links
/// the cache entries into the folder. The API key is read here, from the environment, never from an MSBuild property
/// the targets define (properties are written to binary logs).
/// </summary>
#pragma warning disable CA1001 // MSBuild never disposes a task, and Cancel() may come after Execute(); a token source without a timer holds nothing to release.
public sealed class SynthesizeTtsAssets : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();
#pragma warning restore CA1001
    private const string CanceledMessage = "PixazoTts: canceled; the cache keeps every line that was complete.";
    private TaskLoggingHelper? _output;
    private bool _aheadOfCompiler;
    private bool _deferred;
    private int? _pendingStamp;
    private IReadOnlyList<TtsDiagnostic> _aheadPlanDiagnostics = [];
    private DateTime _started;
    private string? _secret;

    /// <summary>The <c>TtsAsset</c> items (with their <c>Link</c>, <c>Voice</c>, <c>Prompt</c>, <c>LanguageCode</c>).</summary>
    [Required]
    public ITaskItem[] Scripts { get; set; } = [];

    /// <summary>The <c>TtsCast</c> items: cast files with characters and the project-wide lexicon.</summary>
    public ITaskItem[] Casts { get; set; } = [];

    /// <summary>The folder the WAVs go to: <c>&lt;DIR&gt;/&lt;NAME&gt;/&lt;ID&gt;.wav</c> below it.</summary>
    [Required]
    public string AudioDirectory { get; set; } = string.Empty;

    /// <summary>Written when every line has real (or deliberately placeholder) audio; removed otherwise.</summary>
    [Required]
    public string StampFile { get; set; } = string.Empty;

    /// <summary>The project directory (relative <see cref="CacheDirectory"/> values are relative to it).</summary>
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The project file: where a diagnostic without a script position points (rather than at our targets file).</summary>
    public string? ProjectFile { get; set; }

    /// <summary><c>TtsProvider</c>: Auto, Pixazo or Placeholder.</summary>
    public string? Provider { get; set; }

    /// <summary><c>TtsLockedMode</c>: true or false.</summary>
    public string? LockedMode { get; set; }

    /// <summary><c>TtsMaxConcurrency</c>: 1 to 64.</summary>
    public string? MaxConcurrency { get; set; }

    /// <summary><c>TtsMaxRetries</c>: 0 to 20 retries of a transient gateway fault.</summary>
    public string? MaxRetries { get; set; }

    /// <summary><c>TtsJobTimeout</c>: seconds one line may take (1 to 86,400).</summary>
    public string? JobTimeout { get; set; }

    /// <summary><c>PixazoBaseUrl</c>; empty: PIXAZO_BASE_URL, else the public gateway.</summary>
    public string? BaseUrl { get; set; }

    /// <summary><c>TtsCacheDirectory</c>; empty: PIXAZO_TTS_CACHE, else the per-user default.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary><c>PixazoApiKey</c> (discouraged: it ends up in logs); empty: PIXAZO_API_KEY.</summary>
    public string? ApiKey { get; set; }

    /// <summary><c>TtsDefaultVoice</c>.</summary>
    public string? DefaultVoice { get; set; }

    /// <summary><c>TtsDefaultPrompt</c>.</summary>
    public string? DefaultPrompt { get; set; }

    /// <summary><c>TtsDefaultLanguageCode</c>.</summary>
    public string? DefaultLanguageCode { get; set; }

    /// <summary><c>TtsRemoteCache</c>; empty: PIXAZO_TTS_REMOTE_CACHE. Its credentials are read from the environment only.</summary>
    public string? RemoteCache { get; set; }

    /// <summary><c>TtsRemoteCacheMode</c>: read, readwrite or off; empty: PIXAZO_TTS_REMOTE_CACHE_MODE, else read.</summary>
    public string? RemoteCacheMode { get; set; }

    /// <summary><c>TtsRemoteCacheRequired</c>: true makes a failure of the team cache an error.</summary>
    public string? RemoteCacheRequired { get; set; }

    /// <summary><c>TtsMaxCostUsd</c>: what the new lines of one build may cost at most (default 10).</summary>
    public string? MaxCostUsd { get; set; }

    /// <summary><c>TtsLoudness</c>: a target in LUFS, or off.</summary>
    public string? Loudness { get; set; }

    /// <summary><c>TtsTruePeak</c>: the true-peak limit in dBTP.</summary>
    public string? TruePeak { get; set; }

    /// <summary><c>TtsTrimSilence</c>: true or false.</summary>
    public string? TrimSilence { get; set; }

    /// <summary><c>TtsSampleRate</c>: 24000, 44100 or 48000.</summary>
    public string? SampleRate { get; set; }

    /// <summary><c>TtsAudioFormat</c>: wav or opus.</summary>
    public string? AudioFormat { get; set; }

    /// <summary><c>TtsOpusBitrate</c>: bits per second.</summary>
    public string? OpusBitrate { get; set; }

    /// <summary><c>TtsWriteManifest</c>: true (default) writes pixazo-tts.manifest.json at the root of the audio folder.</summary>
    public string? WriteManifest { get; set; }

    /// <summary>
    /// True when the source generator already reported the script diagnostics while compiling: the task then writes
    /// script warnings as messages so each shows once. Errors are always reported.
    /// </summary>
    public bool CompilerReportsScriptDiagnostics { get; set; }

    /// <summary>
    /// True when the task runs before <c>CoreCompile</c>: start the work and return at once; <see cref="JoinTtsSynthesis"/>
    /// after the compiler waits for it (<see cref="SynthesisHeadStart"/>).
    /// </summary>
    public bool HeadStart { get; set; }

    /// <summary>
    /// The target's Inputs. The stamp is written only when none of them (nor a script or cast file) was written after the
    /// work began: an edit during the build must leave the outputs out of date for the next one.
    /// </summary>
    public ITaskItem[] UpToDateInputs { get; set; } = [];

    /// <summary>True when the work was started ahead of the compiler: <see cref="JoinTtsSynthesis"/> must run.</summary>
    [Output]
    public bool HeadStarted { get; private set; }

    /// <summary>How the task reads environment variables (the API key, PIXAZO_*, HOME); tests give it their own.</summary>
    internal Func<string, string?> ReadEnvironment { get; set; } = Environment.GetEnvironmentVariable;

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        _started = DateTime.UtcNow;
        return (HeadStart && StartAhead()) || RunNow();
    }

    /// <summary>
    /// After <c>CoreCompile</c>, from <see cref="JoinTtsSynthesis"/> once the head start's work is over: logs what it
    /// recorded and writes its stamp; or, when it deferred (gateway lines, a team cache) or an input was written
    /// meanwhile, runs the whole task now, logging to the joining task.
    /// </summary>
    internal bool FinishAfterCompiler(bool succeeded, RecordedBuildLog recorded, IBuildEngine engine, TaskLoggingHelper log, ITaskItem[] scripts, ITaskItem[] casts)
    {
        _output = log;
        _aheadOfCompiler = false;
        if (_cancellation.IsCancellationRequested)
        {
            log.LogMessage(MessageImportance.High, CanceledMessage);
            return false;
        }

        // Why the head start's result cannot stand, if it cannot; items a target added or changed after it (while the
        // compiler ran, say) are the ones to make.
        string? rerun = null;
        if (!SameItems(Scripts, scripts) || !SameItems(Casts, casts))
        {
            Scripts = scripts;
            Casts = casts;
            rerun = "the TtsAsset or TtsCast items changed after the head start";
        }
        else if (_deferred)
        {
            rerun = "lines for the gateway or a team cache: the work runs now that the project compiled";
        }
        else if (ChangedSince(_started) is { } changed)
        {
            rerun = changed + " was written during the head start; reading everything again";
        }

        if (rerun is null)
        {
            recorded.ReplayTo(engine);
            return Guarded(() =>
            {
                SettleStamp(_pendingStamp);
                return true;
            }) && succeeded;
        }

        log.LogMessage(MessageImportance.Low, "PixazoTts: " + rerun + ".");
        ReportAll(_aheadPlanDiagnostics, isScript: false);
        _deferred = false;
        _aheadPlanDiagnostics = [];
        _pendingStamp = null;
        _started = DateTime.UtcNow;
        return RunNow();
    }

    /// <summary>Stops the work of a head start that is never joined (the build ended first).</summary>
    internal void Abandon() => _cancellation.Cancel();

    private bool RunNow()
    {
        var stopwatch = Stopwatch.StartNew();
        return Guarded(() =>
        {
            // No stamp while this runs: whatever happens below, only a complete run may mark the outputs up to date.
            DeleteStamp();
            return Run(stopwatch);
        });
    }

    /// <summary>
    /// Starts the task's work on a pool thread, its messages recorded, and registers it for <see cref="JoinTtsSynthesis"/>
    /// after the compiler. False when the engine keeps no task objects: the caller then does the work now.
    /// </summary>
    private bool StartAhead()
    {
        var recorded = new RecordedBuildLog(ProjectFile ?? string.Empty);
        var work = new Task<bool>(RunNow);
        if (!SynthesisHeadStart.Register(BuildEngine, StampFile, new SynthesisHeadStart(this, recorded, work)))
        {
            return false;
        }

        _output = new TaskLoggingHelper(recorded, nameof(SynthesizeTtsAssets));
        _aheadOfCompiler = true;
        work.Start(TaskScheduler.Default);
        HeadStarted = true;
        Log.LogMessage(MessageImportance.Low, "PixazoTts: reading the scripts and the local cache while the compiler runs.");
        return true;
    }

    /// <remarks>
    /// Nothing escapes as an exception: MSBuild would print "task failed unexpectedly" with a stack. Expected failures
    /// are PTTS errors where they are found; anything else is PTTS2009 with the exception's type and message, and its
    /// stack at detailed verbosity only.
    /// </remarks>
    private bool Guarded(Func<bool> body)
    {
        try
        {
            return body();
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            Output.LogMessage(MessageImportance.High, CanceledMessage);
            return false;
        }
        catch (TtsCacheException exception)
        {
            LogAt(Output, exception.Code, isError: true, ProjectFile, null, Format(TtsDiagnosticDescriptors.CacheNotWritable, exception.Directory, exception.Reason));
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Writing obj/ (the audio folder, the stamp) failed: name the folder, not a stack trace.
            LogAt(Output, TtsDiagnosticDescriptors.CacheNotWritable.Code, isError: true, ProjectFile, null,
                Format(TtsDiagnosticDescriptors.CacheNotWritable, Path.GetDirectoryName(Path.GetFullPath(StampFile)) ?? AudioDirectory, exception.Message));
            return false;
        }
#pragma warning disable CA1031 // The task's last line of defence: a bug is reported as one, never as MSBuild's MSB4018 stack.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            string message = Redact(exception.Message, _secret);
            LogAt(Output, TtsDiagnosticDescriptors.InternalError.Code, isError: true, ProjectFile, null,
                Format(TtsDiagnosticDescriptors.InternalError, exception.GetType().FullName!, message, TtsDiagnosticDescriptors.InternalErrorReportBuild));
            Output.LogMessage(MessageImportance.Low, Redact(exception.ToString(), _secret));
            return false;
        }
    }

    private bool Run(Stopwatch stopwatch)
    {
        var diagnostics = new List<TtsDiagnostic>();
        var settings = TtsBuildSettings.TryCreate(ReadSettingsInput(), ReadEnvironment, diagnostics);
        if (settings is null)
        {
            ReportAll(diagnostics, isScript: false);
            return false;
        }

        _secret = settings.ApiKey;
        Output.LogMessage(MessageImportance.Low, "PixazoTts settings: {0}", settings);
        var phases = new TaskPhaseTimes(stopwatch);
        var scripts = TtsAssetLoader.Load(TtsAssetItems.ToInputs(Scripts, ProjectDirectoryOrCurrent()), diagnostics);
        var cast = TtsAssetLoader.LoadCast(Casts.Select(item => item.GetMetadata("FullPath")).ToList(), diagnostics);
        TtsAssetLoader.Bind(scripts, cast, diagnostics);
        ReportAll(diagnostics, isScript: true);
        if (diagnostics.Exists(d => d.IsError))
        {
            return false;
        }

        var occurrences = TtsAssetLoader.Resolve(scripts, settings.Defaults);
        var lines = TtsDistinctLine.Group(occurrences);
        var cache = new TtsCache(settings.CacheRoot);
        phases.End("scripts");
        var plan = TtsAudioPlanner.Plan(lines, settings.Provider, settings.HasApiKey, cache);

        // Ahead of the compiler only local work (placeholder lines included): a gateway line spends, and must wait for a
        // project that compiles; a team cache is the network too.
        if (_aheadOfCompiler)
        {
            // The look-up has removed any damaged cache entry: if the join runs the task again, its PTTS2005 comes from
            // here, since the second look-up finds the entry gone.
            _aheadPlanDiagnostics = plan.Diagnostics;
            if (plan.NeedsGateway || settings.RemoteCache is not null)
            {
                _deferred = true;
                return false;
            }
        }

        ReportAll(plan.Diagnostics, isScript: false);

        // The team cache between the local cache and the gateway: verified entries become local cache hits.
        using var team = TtsRemoteCacheStep.Open(settings, cache, new TaskLog(Output), ProjectFile, out bool remoteSetupFailed);
        plan = team?.Fetch(plan, settings, _cancellation.Token) ?? plan;
        if (remoteSetupFailed || team?.FailedRequired == true)
        {
            return false;
        }
        foreach (var hit in plan.Lines.Where(l => !l.IsToMake))
        {
            Output.LogMessage(MessageImportance.Low, "{0} — cache hit ({1})", hit.Line.First.DisplayName, hit.CachedWavPath);
        }

        if (plan.ToMake.Count > 0 && settings.LockedMode)
        {
            foreach (var occurrence in plan.ToMake.SelectMany(l => l.Line.Occurrences))
            {
                LogAt(Output, TtsDiagnosticDescriptors.LockedModeMissing.Code, isError: true, occurrence.Script.FullPath, occurrence.Line.IdSpan,
                    Format(TtsDiagnosticDescriptors.LockedModeMissing, occurrence.Line.Id));
            }

            return false;
        }

        if (plan.NeedsGateway && !settings.HasApiKey)
        {
            LogAt(Output, TtsDiagnosticDescriptors.MissingApiKey.Code, isError: true, ProjectFile, null, TtsDiagnosticDescriptors.MissingApiKey.MessageFormat);
            return false;
        }

        // The brake: a glob that picks up the wrong folder must not buy thousands of lines.
        if (TtsCost.CheckLimit(plan, settings.MaxCostUsd, "TtsMaxCostUsd", ProjectFile) is { } overLimit)
        {
            LogAt(Output, overLimit.Code, isError: true, overLimit.FilePath, null, overLimit.Message);
            return false;
        }

        phases.End("cache lookup");
        var report = plan.ToMake.Count == 0 ? new TtsProductionReport() : Produce(settings, cache, plan);
        phases.End("production");

        // What was paid for is shared even when another line failed.
        team?.Upload(plan, report, _cancellation.Token);
        if (report.Failed || team?.FailedRequired == true)
        {
            ReportUnfinished(plan, report);
            team?.LogSummary();
            return false;
        }

        // Finishing: derived from the cached audio, never a request (docs/contracts.md "Finished audio").
        var finishingDiagnostics = new List<TtsDiagnostic>();
        var finished = TtsFinishingStep.Run(plan, report, settings, finishingDiagnostics, _cancellation.Token);
        phases.End("finishing");
        ReportAll(finishingDiagnostics, isScript: false);
        if (finishingDiagnostics.Exists(d => d.IsError))
        {
            return false;
        }

        string[] keep = settings.WriteManifest ? [TtsManifestWriter.FileName] : [];
        int relinked = TtsAudioFolder.Update(AudioDirectory, finished.Files, keep);
        if (settings.WriteManifest && TtsManifestWriter.Write(AudioDirectory, finished.Manifest))
        {
            relinked++;
        }

        phases.End("output folder");
        if (finished.Finished > 0)
        {
            Output.LogMessage(MessageImportance.Normal, string.Create(CultureInfo.InvariantCulture, $"PixazoTts: {finished.Finished} line(s) finished (loudness, trimming, sample rate, format) from the cache; no request."));
        }

        int placeholderLines = plan.Lines
            .Where(l => l.Source is TtsAudioSource.Placeholder or TtsAudioSource.CachedPlaceholder)
            .Sum(l => l.Line.Occurrences.Count);
        if (placeholderLines > 0 && settings.Provider != TtsProviderKind.Placeholder)
        {
            LogAt(Output, TtsDiagnosticDescriptors.PlaceholderVoiceUsed.Code, isError: false, ProjectFile, null,
                Format(TtsDiagnosticDescriptors.PlaceholderVoiceUsed, placeholderLines));

            // Up to date until a key appears: a key lives in the environment, which Inputs cannot see, so the stamp says
            // that none was set and CheckTtsApiKey (before the next up-to-date check) deletes it once one is.
            if (!settings.HasApiKey)
            {
                SettleStamp(placeholderLines);
            }
        }
        else
        {
            SettleStamp(0);
        }

        LogSummary(occurrences.Count, plan, report, relinked, stopwatch.Elapsed);
        Output.LogMessage(MessageImportance.Low, "PixazoTts timings: {0}", phases);
        team?.LogSummary();
        return !Output.HasLoggedErrors;
    }

    private TtsProductionReport Produce(TtsBuildSettings settings, TtsCache cache, TtsAudioPlan plan)
    {
        var logQueue = new BuildLogQueue(settings.ApiKey);
        using var client = plan.NeedsGateway
            ? new PixazoTtsClient(new PixazoTtsClientOptions { BaseUrl = settings.BaseUrl, ApiKey = settings.ApiKey!, MaxRetryAttempts = settings.MaxRetries, JobTimeout = settings.JobTimeout })
            : null;
        var producer = new TtsAudioProducer(cache, client, logQueue, settings.MaxConcurrency, plan.Lines.Count, plan.CacheHits);
        var work = producer.ProduceAsync(plan.ToMake, _cancellation.Token);
        logQueue.DrainUntilComplete(work, Output);
        return work.GetAwaiter().GetResult();
    }

    /// <summary>
    /// After a failed production: the account failure once (401, 402, 403 are about the account, not a line), with how
    /// many lines were not made and, for 402, what they need; and how many lines never started.
    /// </summary>
    private void ReportUnfinished(TtsAudioPlan plan, TtsProductionReport report)
    {
        int notMade = plan.ToMake.Count - report.WavPaths.Count;
        if (report.AccountFailure is { } account)
        {
            string need = account is PixazoInsufficientBalanceException { RequiredUsd: { } perLine }
                ? string.Create(CultureInfo.InvariantCulture, $" (they need ${perLine * notMade:0.00})")
                : string.Empty;
            LogAt(Output, account.Code, isError: true, ProjectFile, null,
                account.Message + " " + Format(TtsDiagnosticDescriptors.AccountFailureConsequence, notMade, need));
        }
        else if (notMade > 0)
        {
            Output.LogMessage(MessageImportance.High, string.Create(CultureInfo.InvariantCulture,
                $"PixazoTts: {notMade} line(s) were not made; the cache keeps the {report.WavPaths.Count} that were, and the next build makes only the rest."));
        }
    }
    /// <summary>Logs one diagnostic in MSBuild's canonical form, <c>file(line,col): error CODE: message</c> (1-based).</summary>
    internal static void LogAt(TaskLoggingHelper log, string code, bool isError, string? file, TtsSourceSpan? span, string message)
    {
        int line = span is { } s ? s.StartLine + 1 : 0;
        int column = span is { } c ? c.StartColumn + 1 : 0;
        int endLine = span is { } e ? e.EndLine + 1 : 0;
        int endColumn = span is { } f ? f.EndColumn + 1 : 0;
        if (isError)
        {
            log.LogError(null, code, null, file, line, column, endLine, endColumn, message);
        }
        else
        {
            log.LogWarning(null, code, null, file, line, column, endLine, endColumn, message);
        }
    }

    private void LogSummary(int lineCount, TtsAudioPlan plan, TtsProductionReport report, int relinked, TimeSpan elapsed)
    {
        int hits = plan.CacheHits + report.ProducedElsewhere;
        decimal cost = TtsCost.Of(report.GatewaySyntheses);
        Output.LogMessage(MessageImportance.High, string.Create(CultureInfo.InvariantCulture,
            $"PixazoTts: {lineCount} lines, {plan.Lines.Count} distinct: {hits} cache hits, {report.GatewaySyntheses + report.PlaceholderSyntheses} synthesized ({report.GatewaySyntheses} gateway, {report.PlaceholderSyntheses} placeholder), {(report.Resumed > 0 ? report.Resumed + " resumed from an earlier build's jobs (paid then), " : string.Empty)}estimated cost ${cost:0.00}, {relinked} files updated, {elapsed.TotalSeconds:0.0} s"));
    }

    private void ReportAll(IEnumerable<TtsDiagnostic> diagnostics, bool isScript)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.IsError && isScript && CompilerReportsScriptDiagnostics)
            {
                Output.LogMessage(MessageImportance.Low, diagnostic.ToString());
                continue;
            }

            LogAt(Output, diagnostic.Code, diagnostic.IsError, diagnostic.FilePath ?? ProjectFile, diagnostic.Span, diagnostic.Message);
        }
    }

    private SettingsInput ReadSettingsInput() => new()
    {
        ProjectDirectory = ProjectDirectoryOrCurrent(),
        Provider = Provider,
        LockedMode = LockedMode,
        MaxConcurrency = MaxConcurrency,
        MaxRetries = MaxRetries,
        JobTimeout = JobTimeout,
        BaseUrl = BaseUrl,
        CacheDirectory = CacheDirectory,
        ApiKey = ApiKey,
        DefaultVoice = DefaultVoice,
        DefaultPrompt = DefaultPrompt,
        DefaultLanguageCode = DefaultLanguageCode,
        RemoteCache = RemoteCache,
        RemoteCacheMode = RemoteCacheMode,
        RemoteCacheRequired = RemoteCacheRequired,
        MaxCostUsd = MaxCostUsd,
        Loudness = Loudness,
        TruePeak = TruePeak,
        TrimSilence = TrimSilence,
        SampleRate = SampleRate,
        AudioFormat = AudioFormat,
        OpusBitrate = OpusBitrate,
        WriteManifest = WriteManifest,
    };


    private static string Format(TtsDiagnosticDescriptor descriptor, params object[] args) => Format(descriptor.MessageFormat, args);

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static string Redact(string text, string? secret) =>
        string.IsNullOrEmpty(secret) ? text : text.Replace(secret, "***", StringComparison.Ordinal);

    private string ProjectDirectoryOrCurrent() =>
        string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory;

    /// <summary>Where the task logs: MSBuild's engine, or the recording of a head start.</summary>
    private TaskLoggingHelper Output => _output ?? Log;

    /// <summary>
    /// The stamp that marks the outputs up to date (0: complete; N: N placeholder lines await a key). A head start
    /// keeps it for the task that joins it; otherwise it is written unless an input changed since the work began.
    /// </summary>
    private void SettleStamp(int? placeholdersAwaitingKey)
    {
        if (_aheadOfCompiler)
        {
            _pendingStamp = placeholdersAwaitingKey;
            return;
        }

        if (placeholdersAwaitingKey is not { } waiting)
        {
            return;
        }

        if (ChangedSince(_started) is { } changed)
        {
            Output.LogMessage(MessageImportance.Normal, "PixazoTts: {0} was written while this build read it; the next build reads it again.", changed);
            return;
        }

        if (waiting > 0)
        {
            SynthesisStamp.WriteAwaitingKey(StampFile, waiting);
        }
        else
        {
            SynthesisStamp.WriteComplete(StampFile);
        }
    }

    /// <summary>The same items, in the same order, with the same custom metadata (well-known metadata such as access times aside).</summary>
    private static bool SameItems(ITaskItem[] before, ITaskItem[] now)
    {
        if (before.Length != now.Length)
        {
            return false;
        }

        for (int i = 0; i < before.Length; i++)
        {
            var mine = before[i].CloneCustomMetadata();
            var theirs = now[i].CloneCustomMetadata();
            if (!string.Equals(before[i].ItemSpec, now[i].ItemSpec, StringComparison.Ordinal) || mine.Count != theirs.Count)
            {
                return false;
            }

            foreach (System.Collections.DictionaryEntry entry in mine)
            {
                if (!string.Equals(entry.Value as string, theirs[entry.Key] as string, StringComparison.Ordinal))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The first input (script, cast file or one of <see cref="UpToDateInputs"/>) written after <paramref name="startedUtc"/>, or null.</summary>
    private string? ChangedSince(DateTime startedUtc)
    {
        foreach (var item in Scripts.Concat(Casts).Concat(UpToDateInputs))
        {
            string path = item.GetMetadata("FullPath");
            if (path.Length > 0 && File.GetLastWriteTimeUtc(path) > startedUtc)
            {
                return path;
            }
        }

        return null;
    }

    private void DeleteStamp()
    {
        if (File.Exists(StampFile))
        {
            File.Delete(StampFile);
        }
    }
}
