using System.CommandLine;
using PixazoTts.Cli.Running;

namespace PixazoTts.Cli.Commands;

/// <summary>Options several commands take, with one wording everywhere.</summary>
internal sealed class SharedOptions
{
    public Argument<string[]> Paths { get; } = new("PATH")
    {
        Description = "A project file (its TtsAsset items and Tts* properties), a folder (every *.tts.json below it) or .tts.json files. Default: the project in the current folder, else the current folder.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "Where missing audio comes from, as TtsProvider: Auto (gateway with a key, else the placeholder voice), Pixazo or Placeholder.",
        HelpName = "Auto|Pixazo|Placeholder",
    };

    public Option<string?> MaxCostUsd { get; } = new("--max-cost-usd")
    {
        Description = "Stop before the first request when the new lines would cost more than this, in USD (as TtsMaxCostUsd; default: the project's TtsMaxCostUsd, else 10).",
        HelpName = "USD",
    };

    public Option<string?> Concurrency { get; } = new("--concurrency")
    {
        Description = "Lines synthesized at once, 1 to 64 (as TtsMaxConcurrency; default 8).",
        HelpName = "N",
    };

    public Option<bool> Json { get; } = new("--json") { Description = "Write the result as JSON on standard output (for scripts)." };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Show a line for every line made, resumed or found in the cache." };

    public void AddProduction(Command command, bool withPaths = true)
    {
        if (withPaths)
        {
            command.Arguments.Add(Paths);
        }

        command.Options.Add(Provider);
        command.Options.Add(MaxCostUsd);
        command.Options.Add(Concurrency);
        command.Options.Add(Verbose);
    }

    public CommonOptions Read(ParseResult parse, bool locked = false) => new()
    {
        Provider = parse.GetValue(Provider),
        MaxCostUsd = parse.GetValue(MaxCostUsd),
        Concurrency = parse.GetValue(Concurrency),
        Locked = locked,
    };
}
