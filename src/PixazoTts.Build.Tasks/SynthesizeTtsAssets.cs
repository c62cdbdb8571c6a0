using System.Diagnostics;
using System.Globalization;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PixazoTts.Caching;
using PixazoTts.Client;

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
    /// <summary>What the gateway charges per synthesized line, for the summary's estimate.</summary>
    private const decimal GatewayPriceUsd = 0.04m;

    private readonly CancellationTokenSource _cancellation = new();
#pragma warning restore CA1001

    /// <summary>The <c>TtsAsset</c> items (with <c>PixazoTtsRelativePath</c>, <c>Voice</c>, <c>Prompt</c>, <c>LanguageCode</c>).</summary>
    [Required]
    public ITaskItem[] Scripts { get; set; } = [];

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

    /// <summary>
    /// True when the source generator already reported the script diagnostics while compiling: the task then writes
    /// script warnings as messages so each shows once. Errors are always reported.
    /// </summary>
    public bool CompilerReportsScriptDiagnostics { get; set; }

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        var stopwatch = Stopwatch.StartNew();

        // No stamp while this runs: whatever happens below, only a complete run may mark the outputs up to date.
        DeleteStamp();

        var diagnostics = new List<TtsDiagnostic>();
        var settings = TtsBuildSettings.TryCreate(ReadSettingsInput(), Environment.GetEnvironmentVariable, diagnostics);
        if (settings is null)
        {
            ReportAll(diagnostics, isScript: false);
            return false;
        }

        Log.LogMessage(MessageImportance.Low, "PixazoTts settings: {0}", settings);
        var scripts = TtsAssetLoader.Load(Scripts, ProjectDirectoryOrCurrent(), diagnostics);
        ReportAll(diagnostics, isScript: true);
        if (diagnostics.Exists(d => d.IsError))
        {
            return false;
        }

        var occurrences = TtsAssetLoader.Resolve(scripts, settings.Defaults);
        var lines = occurrences
            .GroupBy(o => o.Resolved.ComputeKey(TtsModels.Gateway), StringComparer.Ordinal)
            .Select(g => new TtsDistinctLine(g.ToList()))
            .ToList();

        try
        {
            return Run(settings, occurrences.Count, lines, stopwatch);
        }
        catch (OperationCanceledException) when (_cancellation.IsCancellationRequested)
        {
            Log.LogMessage(MessageImportance.High, "PixazoTts: canceled; the cache keeps every line that was complete.");
            return false;
        }
        catch (TtsCacheException exception)
        {
            LogAt(Log, exception.Code, isError: true, ProjectFile, null, exception.Message + " Set TtsCacheDirectory or PIXAZO_TTS_CACHE to a writable folder.");
            return false;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Writing obj/ or reading the cache failed: name the folders, not a stack trace.
            LogAt(Log, TtsDiagnosticDescriptors.CacheNotWritable.Code, isError: true, ProjectFile, null, string.Format(
                CultureInfo.InvariantCulture, "Could not use the cache '{0}' or the folder '{1}' ({2}); check that both are writable.",
                settings.CacheRoot, AudioDirectory, exception.Message));
            return false;
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

    private bool Run(TtsBuildSettings settings, int lineCount, List<TtsDistinctLine> lines, Stopwatch stopwatch)
    {
        var cache = new TtsCache(settings.CacheRoot);
        var lookupDiagnostics = new List<TtsDiagnostic>();
        TtsAudioPlanner.Plan(lines, settings, cache, lookupDiagnostics);
        ReportAll(lookupDiagnostics, isScript: false);

        // The team cache between the local cache and the gateway: verified entries become local cache hits.
        using var team = TtsRemoteCacheStep.Open(settings, cache, Log, ProjectFile, out bool remoteSetupFailed);
        team?.Fetch(lines, settings, _cancellation.Token);
        if (remoteSetupFailed || team?.FailedRequired == true)
        {
            return false;
        }

        var missing = lines.Where(l => l.Source is TtsAudioSource.Gateway or TtsAudioSource.Placeholder).ToList();
        foreach (var hit in lines.Except(missing))
        {
            Log.LogMessage(MessageImportance.Low, "{0} — cache hit ({1})", hit.First.DisplayName, hit.CachedWavPath);
        }

        if (missing.Count > 0 && settings.LockedMode)
        {
            foreach (var occurrence in missing.SelectMany(l => l.Occurrences))
            {
                var descriptor = TtsDiagnosticDescriptors.LockedModeMissing;
                LogAt(Log, descriptor.Code, isError: true, occurrence.Script.FullPath, occurrence.Line.IdSpan,
                    string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, occurrence.Line.Id));
            }

            return false;
        }

        bool needsGateway = missing.Exists(l => l.Source == TtsAudioSource.Gateway);
        if (needsGateway && !settings.HasApiKey)
        {
            LogAt(Log, TtsDiagnosticDescriptors.MissingApiKey.Code, isError: true, ProjectFile, null, TtsDiagnosticDescriptors.MissingApiKey.MessageFormat);
            return false;
        }

        var logQueue = new BuildLogQueue(settings.ApiKey);
        using var client = needsGateway ? new PixazoTtsClient(new PixazoTtsClientOptions { BaseUrl = settings.BaseUrl, ApiKey = settings.ApiKey!, MaxRetryAttempts = settings.MaxRetries, JobTimeout = settings.JobTimeout }) : null;
        var producer = new TtsAudioProducer(cache, client, logQueue, settings.MaxConcurrency, lines.Count, lines.Count - missing.Count);
        if (missing.Count > 0)
        {
            var work = producer.ProduceAsync(missing, _cancellation.Token);
            logQueue.DrainUntilComplete(work, Log);
            work.GetAwaiter().GetResult();
        }

        // What was paid for is shared even when another line failed.
        team?.Upload(lines, _cancellation.Token);
        if (producer.Failed || team?.FailedRequired == true)
        {
            team?.LogSummary();
            return false;
        }

        int relinked = TtsAudioFolder.Update(AudioDirectory, lines);
        int placeholderLines = lines
            .Where(l => l.Source is TtsAudioSource.Placeholder or TtsAudioSource.CachedPlaceholder)
            .Sum(l => l.Occurrences.Count);
        bool deliberatePlaceholder = settings.Provider == TtsProviderKind.Placeholder;
        if (placeholderLines > 0 && !deliberatePlaceholder)
        {
            var descriptor = TtsDiagnosticDescriptors.PlaceholderVoiceUsed;
            LogAt(Log, descriptor.Code, isError: false, ProjectFile, null,
                string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, placeholderLines));
        }
        else
        {
            // Up to date only when nothing waits for a key: a key appears in the environment, which Inputs cannot see.
            WriteStamp();
        }

        LogSummary(lineCount, lines, producer, relinked, stopwatch.Elapsed);
        team?.LogSummary();
        return !Log.HasLoggedErrors;
    }

    private void LogSummary(int lineCount, List<TtsDistinctLine> lines, TtsAudioProducer producer, int relinked, TimeSpan elapsed)
    {
        int hits = lines.Count(l => l.Source is TtsAudioSource.CachedGateway or TtsAudioSource.CachedPlaceholder) + producer.ProducedElsewhere;
        decimal cost = producer.GatewaySyntheses * GatewayPriceUsd;
        Log.LogMessage(MessageImportance.High, string.Create(CultureInfo.InvariantCulture,
            $"PixazoTts: {lineCount} lines, {lines.Count} distinct: {hits} cache hits, {producer.GatewaySyntheses + producer.PlaceholderSyntheses} synthesized ({producer.GatewaySyntheses} gateway, {producer.PlaceholderSyntheses} placeholder), estimated cost ${cost:0.00}, {relinked} files updated, {elapsed.TotalSeconds:0.0} s"));
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
    };


    private string ProjectDirectoryOrCurrent() =>
        string.IsNullOrEmpty(ProjectDirectory) ? Directory.GetCurrentDirectory() : ProjectDirectory;

    private void DeleteStamp()
    {
        if (File.Exists(StampFile))
        {
            File.Delete(StampFile);
        }
    }

    private void WriteStamp()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(StampFile))!);
        File.WriteAllText(StampFile, string.Empty);
    }
}
