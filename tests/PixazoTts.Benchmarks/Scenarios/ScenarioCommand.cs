using System.CommandLine;

namespace PixazoTts.Benchmarks.Scenarios;

/// <summary>
/// <c>dotnet run -c Release --project tests/PixazoTts.Benchmarks -- scenarios [options]</c>: the command line of the
/// whole-build benchmarks (docs/benchmarks.md).
/// </summary>
public static class ScenarioCommand
{
    public static Task<int> InvokeAsync(string[] args)
    {
        var quick = new Option<bool>("--quick") { Description = "Few repetitions and small sizes: checks the runner itself, not a result." };
        var repetitions = new Option<int?>("--repetitions") { Description = "Timed runs per side of each ratio, with and without interleaved (default 9; 2 with --quick)." };
        var noOpRepetitions = new Option<int?>("--noop-repetitions") { Description = "Pairs of each no-op row (default 21, at least --repetitions; 2 with --quick)." };
        var only = new Option<string[]>("--only")
        {
            Description = "Run only these scenarios: noop, clean, cold, scale, remote, cli (default: all).",
            AllowMultipleArgumentsPerToken = true,
        };
        only.AcceptOnlyFromAmong(ScenarioSettings.AllScenarios);
        var baselineLines = new Option<int?>("--baseline-lines") { Description = "Lines the documentation's workflow synthesizes before extrapolating (default 20)." };
        var scaleSizes = new Option<int[]>("--scale-sizes") { Description = "Cached line counts of the scale scenario (default 1000 10000 50000).", AllowMultipleArgumentsPerToken = true };
        var sizes = new Option<int[]>("--sizes") { Description = "Line counts of the no-op and clean-build scenarios (default 1000 10000; 200 with --quick).", AllowMultipleArgumentsPerToken = true };
        var command = new RootCommand("PixazoTts.Build whole-build scenarios: no-op, warm-cache clean build, cold synthesis, scale, team cache.")
        {
            quick, repetitions, noOpRepetitions, only, baselineLines, scaleSizes, sizes,
        };
        command.SetAction((result, cancellationToken) =>
        {
            bool isQuick = result.GetValue(quick);
            int pairs = result.GetValue(repetitions) ?? (isQuick ? 2 : 9);
            var settings = new ScenarioSettings(
                Quick: isQuick,
                Repetitions: pairs,
                Scenarios: result.GetValue(only) is { Length: > 0 } chosen ? chosen : ScenarioSettings.AllScenarios,
                ColdLines: isQuick ? 48 : 200,
                ColdRepetitions: isQuick ? 1 : 3,
                BaselineLines: result.GetValue(baselineLines) ?? (isQuick ? 3 : 20),
                ScaleSizes: result.GetValue(scaleSizes) is { Length: > 0 } scale ? scale : isQuick ? [1000, 5000] : [1000, 10_000, 50_000])
            {
                Sizes = result.GetValue(sizes) is { Length: > 0 } chosenSizes ? chosenSizes : isQuick ? [200] : [1000, 10_000],
                NoOpRepetitions = result.GetValue(noOpRepetitions) ?? (isQuick ? pairs : Math.Max(pairs, 21)),
            };
            return ScenarioRunner.RunAsync(settings, cancellationToken);
        });
        return command.Parse(args).InvokeAsync();
    }
}

/// <summary>What one run of the scenarios measures, and how often.</summary>
public sealed record ScenarioSettings(bool Quick, int Repetitions, IReadOnlyList<string> Scenarios, int ColdLines, int ColdRepetitions, int BaselineLines, IReadOnlyList<int> ScaleSizes)
{
    public static readonly string[] AllScenarios = ["noop", "clean", "cold", "scale", "remote", "cli"];

    /// <summary>Line counts of the no-op and clean-build scenarios (50 scripts per 1,000 lines).</summary>
    public IReadOnlyList<int> Sizes { get; init; } = [1000, 10_000];

    /// <summary>Interleaved pairs of each no-op row: more than the others, since the effect to show is 3 % of a short build.</summary>
    public int NoOpRepetitions { get; init; } = 21;

    public bool Runs(string scenario) => Scenarios.Contains(scenario);
}
