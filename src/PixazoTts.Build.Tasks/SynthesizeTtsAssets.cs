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

    /// <summary>How the task reads environment variables (the API key, PIXAZO_*, HOME); tests give it their own.</summary>
    internal Func<string, string?> ReadEnvironment { get; set; } = Environment.GetEnvironmentVariable;

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    /// <remarks>
    /// Nothing escapes as an exception: MSBuild would print "task failed unexpectedly" with a stack. Expected failures
    /// are PTTS errors where they are found; anything else is PTTS2009 with the exception's type and message, and its
    /// stack at detailed verbosity only.
    /// </remarks>
    public override bool Execute()
    {
        var stopwatch = Stopwatch.StartNew();
        string? secret = null;
        try
        {
            // No stamp while this runs: whatever happens below, only a complete run may mark the outputs up to date.
            DeleteStamp();
            return Run(stopwatch, key => secret = key);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            Log.LogMessage(MessageImportance.High, "PixazoTts: canceled; the cache keeps every line that was complete.");
            return false;
        }
        catch (TtsCacheException exception)
        {
            LogAt(Log, exception.Code, isError: true, ProjectFile, null, Format(TtsDiagnosticDescriptors.CacheNotWritable, exception.Directory, exception.Reason));
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Writing obj/ (the audio folder, the stamp) failed: name the folder, not a stack trace.
            LogAt(Log, TtsDiagnosticDescriptors.CacheNotWritable.Code, isError: true, ProjectFile, null,
                Format(TtsDiagnosticDescriptors.CacheNotWritable, Path.GetDirectoryName(Path.GetFullPath(StampFile)) ?? AudioDirectory, exception.Message));
            return false;
        }
#pragma warning disable CA1031 // The task's last line of defence: a bug is reported as one, never as MSBuild's MSB4018 stack.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            string message = Redact(exception.Message, secret);
            LogAt(Log, TtsDiagnosticDescriptors.InternalError.Code, isError: true, ProjectFile, null,
                Format(TtsDiagnosticDescriptors.InternalError, exception.GetType().FullName!, message, TtsDiagnosticDescriptors.InternalErrorReportBuild));
            Log.LogMessage(MessageImportance.Low, Redact(exception.ToString(), secret));
            return false;
        }
    }

    private bool Run(Stopwatch stopwatch, Action<string?> keyRead)
    {
        var diagnostics = new List<TtsDiagnostic>();
        var settings = TtsBuildSettings.TryCreate(ReadSettingsInput(), ReadEnvironment, diagnostics);
        if (settings is null)
        {
            ReportAll(diagnostics, isScript: false);
            return false;
        }

        keyRead(settings.ApiKey);
        Log.LogMessage(MessageImportance.Low, "PixazoTts settings: {0}", settings);
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
        ReportAll(plan.Diagnostics, isScript: false);

        // The team cache between the local cache and the gateway: verified entries become local cache hits.
        using var team = TtsRemoteCacheStep.Open(settings, cache, new TaskLog(Log), ProjectFile, out bool remoteSetupFailed);
        plan = team?.Fetch(plan, settings, _cancellation.Token) ?? plan;
        if (remoteSetupFailed || team?.FailedRequired == true)
        {
            return false;
        }
        foreach (var hit in plan.Lines.Where(l => !l.IsToMake))
        {
            Log.LogMessage(MessageImportance.Low, "{0} — cache hit ({1})", hit.Line.First.DisplayName, hit.CachedWavPath);
        }

        if (plan.ToMake.Count > 0 && settings.LockedMode)
        {
            foreach (var occurrence in plan.ToMake.SelectMany(l => l.Line.Occurrences))
            {
                LogAt(Log, TtsDiagnosticDescriptors.LockedModeMissing.Code, isError: true, occurrence.Script.FullPath, occurrence.Line.IdSpan,
                    Format(TtsDiagnosticDescriptors.LockedModeMissing, occurrence.Line.Id));
            }

            return false;
        }

        if (plan.NeedsGateway && !settings.HasApiKey)
        {
            LogAt(Log, TtsDiagnosticDescriptors.MissingApiKey.Code, isError: true, ProjectFile, null, TtsDiagnosticDescriptors.MissingApiKey.MessageFormat);
            return false;
        }

        // The brake: a glob that picks up the wrong folder must not buy thousands of lines.
        if (TtsCost.CheckLimit(plan, settings.MaxCostUsd, "TtsMaxCostUsd", ProjectFile) is { } overLimit)
        {
            LogAt(Log, overLimit.Code, isError: true, overLimit.FilePath, null, overLimit.Message);
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
            Log.LogMessage(MessageImportance.Normal, string.Create(CultureInfo.InvariantCulture, $"PixazoTts: {finished.Finished} line(s) finished (loudness, trimming, sample rate, format) from the cache; no request."));
        }

        int placeholderLines = plan.Lines
            .Where(l => l.Source is TtsAudioSource.Placeholder or TtsAudioSource.CachedPlaceholder)
            .Sum(l => l.Line.Occurrences.Count);
        if (placeholderLines > 0 && settings.Provider != TtsProviderKind.Placeholder)
        {
            LogAt(Log, TtsDiagnosticDescriptors.PlaceholderVoiceUsed.Code, isError: false, ProjectFile, null,
                Format(TtsDiagnosticDescriptors.PlaceholderVoiceUsed, placeholderLines));

            // Up to date until a key appears: a key lives in the environment, which Inputs cannot see, so the stamp says
            // that none was set and CheckTtsApiKey (before the next up-to-date check) deletes it once one is.
            if (!settings.HasApiKey)
            {
                SynthesisStamp.WriteAwaitingKey(StampFile, placeholderLines);
            }
        }
        else
        {
            SynthesisStamp.WriteComplete(StampFile);
        }

        LogSummary(occurrences.Count, plan, report, relinked, stopwatch.Elapsed);
        Log.LogMessage(MessageImportance.Low, "PixazoTts timings: {0}", phases);
        team?.LogSummary();
        return !Log.HasLoggedErrors;
    }

    private TtsProductionReport Produce(TtsBuildSettings settings, TtsCache cache, TtsAudioPlan plan)
    {
        var logQueue = new BuildLogQueue(settings.ApiKey);
        using var client = plan.NeedsGateway
            ? new PixazoTtsClient(new PixazoTtsClientOptions { BaseUrl = settings.BaseUrl, ApiKey = settings.ApiKey!, MaxRetryAttempts = settings.MaxRetries, JobTimeout = settings.JobTimeout })
            : null;
        var producer = new TtsAudioProducer(cache, client, logQueue, settings.MaxConcurrency, plan.Lines.Count, plan.CacheHits);
        var work = producer.ProduceAsync(plan.ToMake, _cancellation.Token);
        logQueue.DrainUntilComplete(work, Log);
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
            LogAt(Log, account.Code, isError: true, ProjectFile, null,
                account.Message + " " + Format(TtsDiagnosticDescriptors.AccountFailureConsequence, notMade, need));
        }
        else if (notMade > 0)
        {
            Log.LogMessage(MessageImportance.High, string.Create(CultureInfo.InvariantCulture,
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
        Log.LogMessage(MessageImportance.High, string.Create(CultureInfo.InvariantCulture,
            $"PixazoTts: {lineCount} lines, {plan.Lines.Count} distinct: {hits} cache hits, {report.GatewaySyntheses + report.PlaceholderSyntheses} synthesized ({report.GatewaySyntheses} gateway, {report.PlaceholderSyntheses} placeholder), {(report.Resumed > 0 ? report.Resumed + " resumed from an earlier build's jobs (paid then), " : string.Empty)}estimated cost ${cost:0.00}, {relinked} files updated, {elapsed.TotalSeconds:0.0} s"));
    }

    private void ReportAll(IEnumerable<TtsDiagnostic> diagnostics, bool isScript)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (!diagnostic.IsError && isScript && CompilerReportsScriptDiagnostics)
            {
                Log.LogMessage(MessageImportance.Low, diagnostic.ToString());
                continue;
            }

            LogAt(Log, diagnostic.Code, diagnostic.IsError, diagnostic.FilePath ?? ProjectFile, diagnostic.Span, diagnostic.Message);
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

    private void DeleteStamp()
    {
        if (File.Exists(StampFile))
        {
            File.Delete(StampFile);
        }
    }
}
