using System.Globalization;
using PixazoTts.Cli.Output;
using PixazoTts.Client;
using PixazoTts.Pipeline.Finishing;
using Spectre.Console;

namespace PixazoTts.Cli.Running;

/// <summary>Every distinct line's cache entry after <see cref="LineProduction.RunAsync"/>, and what it cost.</summary>
internal sealed class ProducedLines
{
    public ProducedLines(TtsAudioPlan plan, TtsProductionReport report)
    {
        Plan = plan;
        Report = report;
    }

    public TtsAudioPlan Plan { get; }

    public TtsProductionReport Report { get; }

    /// <summary>The cache entry's WAV of <paramref name="line"/>.</summary>
    public string WavPath(TtsPlannedLine line) => line.CachedWavPath ?? Report.WavPaths[line.Line];

    /// <summary>True for placeholder audio (made now or found in the cache).</summary>
    public static bool IsPlaceholder(TtsPlannedLine line) => line.Source is TtsAudioSource.Placeholder or TtsAudioSource.CachedPlaceholder;

    /// <summary>
    /// Finishes every line as the build does (loudness, trimming, sample rate, format: <see cref="TtsFinishingStep"/>),
    /// from the cache, never a request. Diagnostics are reported (PTTS2203 at the line, PTTS2204 once); null after an
    /// error.
    /// </summary>
    public TtsFinishingResult? Finish(LineSession session, CliConsole console, CancellationToken cancellationToken)
    {
        var diagnostics = new List<TtsDiagnostic>();
        var finished = TtsFinishingStep.Run(Plan, Report, session.Settings, diagnostics, cancellationToken);
        foreach (var diagnostic in diagnostics)
        {
            console.Diagnostic(diagnostic.Code, diagnostic.IsError, diagnostic.FilePath ?? session.Selection.ProjectFile, diagnostic.Span, diagnostic.Message);
        }

        return diagnostics.Exists(d => d.IsError) ? null : finished;
    }

    /// <summary>What the line cost in this run: the gateway's price when this run synthesized it, else nothing.</summary>
    public decimal CostOf(TtsPlannedLine line) => line.Source == TtsAudioSource.Gateway && Report.WavPaths.ContainsKey(line.Line) ? TtsCost.GatewayPriceUsd : 0m;
}

/// <summary>
/// The build task's job for a CLI command, in the task's order and with its rules: plan from the local cache, the team
/// cache, locked mode (PTTS2001), the key (PTTS2003), the cost brake (PTTS2010, before the first request), production
/// through the cache with a progress display, upload, and the placeholder warning (PTTS2002).
/// </summary>
internal static class LineProduction
{
    private static readonly System.Text.CompositeFormat AccountFailureConsequence = System.Text.CompositeFormat.Parse(TtsDiagnosticDescriptors.AccountFailureConsequence);

    public static async Task<(int ExitCode, ProducedLines? Lines)> RunAsync(LineSession session, CliConsole console, CancellationToken cancellationToken)
    {
        var settings = session.Settings;
        var plan = TtsAudioPlanner.Plan(session.Lines, settings.Provider, settings.HasApiKey, session.Cache);
        foreach (var diagnostic in plan.Diagnostics)
        {
            console.Report(diagnostic);
        }

        var log = new ConsolePipelineLog(console);
        using var team = TtsRemoteCacheStep.Open(settings, session.Cache, log, session.Selection.ProjectFile, out bool remoteSetupFailed);
        plan = team?.Fetch(plan, settings, cancellationToken) ?? plan;
        if (remoteSetupFailed || team?.FailedRequired == true)
        {
            return (ExitCodes.Failed, null);
        }

        if (plan.ToMake.Count > 0 && settings.LockedMode)
        {
            foreach (var occurrence in plan.ToMake.SelectMany(l => l.Line.Occurrences))
            {
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.LockedModeMissing, occurrence.Script.FullPath, occurrence.Line.IdSpan, occurrence.Line.Id));
            }

            return (ExitCodes.Failed, null);
        }

        if (plan.NeedsGateway && !settings.HasApiKey)
        {
            console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.MissingApiKey, session.Selection.ProjectFile, null));
            return (ExitCodes.Failed, null);
        }

        if (TtsCost.CheckLimit(plan, settings.MaxCostUsd, session.CostLimitName, session.Selection.ProjectFile) is { } overLimit)
        {
            console.Report(overLimit);
            return (ExitCodes.CostLimit, null);
        }

        var report = plan.ToMake.Count == 0 ? new TtsProductionReport() : await ProduceAsync(session, plan, console, cancellationToken).ConfigureAwait(false);
        team?.Upload(plan, report, cancellationToken);
        if (report.Failed || team?.FailedRequired == true)
        {
            ReportUnfinished(plan, report, console, session.Selection.ProjectFile);
            team?.LogSummary();
            return (ExitCodes.Failed, null);
        }

        int placeholderLines = plan.Lines.Where(ProducedLines.IsPlaceholder).Sum(l => l.Line.Occurrences.Count);
        if (placeholderLines > 0 && settings.Provider != TtsProviderKind.Placeholder)
        {
            console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.PlaceholderVoiceUsed, session.Selection.ProjectFile, null, placeholderLines));
        }

        team?.LogSummary();
        return (ExitCodes.Success, new ProducedLines(plan, report));
    }

    private static async Task<TtsProductionReport> ProduceAsync(LineSession session, TtsAudioPlan plan, CliConsole console, CancellationToken cancellationToken)
    {
        var settings = session.Settings;
        using var client = plan.NeedsGateway
            ? new PixazoTtsClient(new PixazoTtsClientOptions { BaseUrl = settings.BaseUrl, ApiKey = settings.ApiKey!, MaxRetryAttempts = settings.MaxRetries, JobTimeout = settings.JobTimeout })
            : null;
        int total = plan.ToMake.Count;
        string what = plan.NeedsGateway ? "Synthesizing" : "Placeholder voice";
        if (!console.ErrorIsTerminal)
        {
            // CI logs: the producer's own "[n/total] line — synthesized in 1.2 s" lines.
            var plain = new TtsAudioProducer(session.Cache, client, new ConsolePipelineLog(console), settings.MaxConcurrency, plan.Lines.Count, plan.CacheHits);
            return await plain.ProduceAsync(plan.ToMake, cancellationToken).ConfigureAwait(false);
        }

        using (console.HoldNotes())
        {
            return await console.AnsiError().Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Describe(what, 0, total), maxValue: total);
                    int done = 0;
                    var log = new ConsolePipelineLog(console, () =>
                    {
                        int now = Interlocked.Increment(ref done);
                        task.Increment(1);
                        task.Description = Describe(what, now, total);
                    });
                    var producer = new TtsAudioProducer(session.Cache, client, log, settings.MaxConcurrency, plan.Lines.Count, plan.CacheHits);
                    return await producer.ProduceAsync(plan.ToMake, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
    }

    private static string Describe(string what, int done, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"{what} {done}/{total} lines");

    /// <summary>As the task reports it: the account failure once, with how many lines were not made; else how many never started.</summary>
    private static void ReportUnfinished(TtsAudioPlan plan, TtsProductionReport report, CliConsole console, string? projectFile)
    {
        int notMade = plan.ToMake.Count - report.WavPaths.Count;
        if (report.AccountFailure is { } account)
        {
            string need = account is PixazoInsufficientBalanceException { RequiredUsd: { } perLine }
                ? string.Create(CultureInfo.InvariantCulture, $" (they need ${perLine * notMade:0.00})")
                : string.Empty;
            console.Diagnostic(account.Code, isError: true, projectFile, null,
                account.Message + " " + string.Format(CultureInfo.InvariantCulture, AccountFailureConsequence, notMade, need));
        }
        else if (notMade > 0)
        {
            console.Note(string.Create(CultureInfo.InvariantCulture,
                $"pixazo-tts: {notMade} line(s) were not made; the cache keeps the {report.WavPaths.Count} that were, and the next run makes only the rest."));
        }
    }
}
