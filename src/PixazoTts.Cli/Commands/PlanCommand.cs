using System.CommandLine;
using System.Globalization;
using PixazoTts.Cli.Input;
using PixazoTts.Cli.Output;
using PixazoTts.Cli.Running;

namespace PixazoTts.Cli.Commands;

/// <summary>
/// <c>plan</c>: what a build (with a key) would pay, before anyone pays: per file the lines, how many are cached, how many
/// are new and their cost, and the total, by the pipeline's one cost rule (<see cref="TtsCost"/>). A distinct line is
/// counted once, at the first file that has it. The local cache and, when one is configured, the team cache are asked
/// (a verified team entry is stored locally, as a build would); nothing is synthesized.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new SharedOptions();
        var maxUsd = new Option<string?>("--max-usd") { Description = "Exit with code 3 (PTTS2304) when the new lines would cost more than this, in USD: a CI gate.", HelpName = "USD" };
        var command = new Command("plan", "Show, per script, how many lines there are, how many are cached, how many are new, and what the new ones would cost.");
        command.Arguments.Add(shared.Paths);
        command.Options.Add(maxUsd);
        command.Options.Add(shared.Provider);
        command.Options.Add(shared.Json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            decimal? limit = null;
            if (parse.GetValue(maxUsd) is { } rawLimit)
            {
                if (!decimal.TryParse(rawLimit, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal parsed))
                {
                    console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliInvalidOption, null, null, "--max-usd", rawLimit, "an amount in US dollars such as 5 or 2.50"));
                    return ExitCodes.Usage;
                }

                limit = parsed;
            }

            var selection = await ScriptSources.ResolveAsync(parse.GetValue(shared.Paths) ?? [], console, cancellationToken).ConfigureAwait(false);
            var session = selection is null ? null : LineSession.Open(selection, shared.Read(parse), console);
            if (session is null)
            {
                return ExitCodes.Failed;
            }

            var plan = Plan(session, console, cancellationToken);
            var files = Summarize(session, plan);
            int requests = plan.GatewayRequests;
            decimal cost = TtsCost.Of(requests);
            var settings = session.Settings;
            bool aboveBuildLimit = cost > settings.MaxCostUsd;
            if (parse.GetValue(shared.Json))
            {
                JsonOutput.Write(console, new
                {
                    Files = files.Select(f => new { Script = f.Script, f.Lines, f.Cached, f.New, CostUsd = f.Cost }),
                    Total = new
                    {
                        Lines = files.Sum(f => f.Lines),
                        Cached = files.Sum(f => f.Cached),
                        New = files.Sum(f => f.New),
                        DistinctLines = plan.Lines.Count,
                        Requests = requests,
                        CostUsd = cost,
                    },
                    PriceUsd = TtsCost.GatewayPriceUsd,
                    MaxCostUsd = settings.MaxCostUsd,
                    AboveMaxCost = aboveBuildLimit,
                });
            }
            else
            {
                console.Table(
                    ["script", "lines", "cached", "new", "cost"],
                    files.Select(f => (IReadOnlyList<string>)[f.Script, Number(f.Lines), Number(f.Cached), Number(f.New), "$" + TtsCost.Format(f.Cost)]),
                    ["total", Number(files.Sum(f => f.Lines)), Number(files.Sum(f => f.Cached)), Number(files.Sum(f => f.New)), "$" + TtsCost.Format(cost)],
                    new HashSet<int> { 1, 2, 3, 4 });
                console.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{requests} request(s) at ${TtsCost.Format(TtsCost.GatewayPriceUsd)}: ${TtsCost.Format(cost)}; TtsMaxCostUsd ${TtsCost.Format(settings.MaxCostUsd)}: {(aboveBuildLimit ? "a build would stop (PTTS2010)" : "within the limit")}."));
            }

            if (limit is { } max && cost > max)
            {
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliPlanAboveMaximum, null, null, TtsCost.Format(cost), TtsCost.Format(max)));
                return ExitCodes.CostLimit;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The plan a build with a key would make (Placeholder: no gateway line, nothing to pay), after the team cache.</summary>
    internal static TtsAudioPlan Plan(LineSession session, CliConsole console, CancellationToken cancellationToken)
    {
        var settings = session.Settings;
        var provider = settings.Provider == TtsProviderKind.Placeholder ? TtsProviderKind.Placeholder : TtsProviderKind.Pixazo;
        var plan = TtsAudioPlanner.Plan(session.Lines, provider, hasApiKey: true, session.Cache);
        foreach (var diagnostic in plan.Diagnostics)
        {
            console.Report(diagnostic);
        }

        using var team = TtsRemoteCacheStep.Open(settings, session.Cache, new ConsolePipelineLog(console), session.Selection.ProjectFile, out _);
        return team?.Fetch(plan, settings, cancellationToken) ?? plan;
    }

    internal sealed record FileRow(string Script, int Lines, int Cached, int New, decimal Cost);

    private static List<FileRow> Summarize(LineSession session, TtsAudioPlan plan)
    {
        var byOccurrence = new Dictionary<TtsLineOccurrence, TtsPlannedLine>(ReferenceEqualityComparer.Instance);
        foreach (var planned in plan.Lines)
        {
            foreach (var occurrence in planned.Line.Occurrences)
            {
                byOccurrence[occurrence] = planned;
            }
        }

        var rows = new List<FileRow>();
        foreach (var group in session.Occurrences.GroupBy(o => o.Script.RelativePath, StringComparer.Ordinal))
        {
            int lines = 0, cached = 0, fresh = 0, requests = 0;
            foreach (var occurrence in group)
            {
                lines++;
                var planned = byOccurrence[occurrence];
                if (planned.IsToMake)
                {
                    fresh++;
                    if (planned.Source == TtsAudioSource.Gateway && ReferenceEquals(planned.Line.First, occurrence))
                    {
                        requests++;
                    }
                }
                else
                {
                    cached++;
                }
            }

            rows.Add(new FileRow(group.Key, lines, cached, fresh, TtsCost.Of(requests)));
        }

        return rows;
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
