using System.CommandLine;
using PixazoTts.Cli.Input;
using PixazoTts.Cli.Output;
using PixazoTts.Cli.Running;
using PixazoTts.Pipeline.Review;

namespace PixazoTts.Cli.Commands;

/// <summary>
/// <c>review -o DIR</c>: makes every line's audio through the cache as <c>sync</c> does (same provider, locked and cost
/// rules as the build), then writes the static review page <c>DIR/index.html</c> (the pipeline's ReviewPage).
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new SharedOptions();
        var output = new Option<string>("--out", "-o") { Description = "The folder of the review page (index.html and its audio); opens from disk, no server.", HelpName = "DIR", Required = true };
        var locked = new Option<bool>("--locked") { Description = "Any line missing from the cache is an error (PTTS2001) and no request is made." };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON on standard output." };
        var command = new Command("review", "Write a static page to listen to every line: file, id, text, voice, player, waveform, new or changed since the last review, cost.");
        command.Options.Add(output);
        command.Options.Add(locked);
        shared.AddProduction(command);
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(shared.Verbose);
            var selection = await ScriptSources.ResolveAsync(parse.GetValue(shared.Paths) ?? [], console, cancellationToken).ConfigureAwait(false);
            var session = selection is null ? null : LineSession.Open(selection, shared.Read(parse, parse.GetValue(locked)), console);
            if (session is null)
            {
                return ExitCodes.Failed;
            }

            var (exit, produced) = await LineProduction.RunAsync(session, console, cancellationToken).ConfigureAwait(false);
            if (produced is null)
            {
                return exit;
            }

            // The page plays what the build ships: the finished audio (loudness, trimming, rate, WAV or Opus).
            var finished = produced.Finish(session, console, cancellationToken);
            if (finished is null)
            {
                return ExitCodes.Failed;
            }

            var plannedLines = produced.Plan.Lines
                .SelectMany(p => p.Line.Occurrences.Select(o => (Occurrence: o, Planned: p)))
                .ToDictionary(x => x.Occurrence, x => x.Planned);
            var lines = new List<ReviewLine>();
            foreach (var line in finished.Lines)
            {
                var occurrence = line.Occurrence;
                var plannedLine = plannedLines[occurrence];
                var utterance = occurrence.Resolved.Utterance;
                lines.Add(new ReviewLine(occurrence.Script.RelativePath, occurrence.Line.Id, occurrence.Line.Text, utterance.Voice, utterance.Prompt,
                    utterance.LanguageCode, plannedLine.Target.Key, line.Entry.AudioPath, ProducedLines.IsPlaceholder(plannedLine),
                    ReferenceEquals(occurrence, plannedLine.Line.First) ? produced.CostOf(plannedLine) : 0m)
                {
                    // Audio that finishing changed is named by its finished key; the gateway's WAV as it is, by its own.
                    AudioKey = string.Equals(line.Entry.AudioPath, produced.WavPath(plannedLine), StringComparison.Ordinal) ? null : line.Entry.Key,
                });
            }

            lines.Sort((a, b) => string.CompareOrdinal(a.Script + "\n" + a.Id, b.Script + "\n" + b.Id));
            var result = ReviewPage.Write(lines, Path.GetFullPath(parse.GetValue(output)!));
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console, new { Index = result.IndexPath, result.Lines, result.New, result.Changed, CostUsd = lines.Sum(l => l.CostUsd) });
            }
            else
            {
                console.Line($"{result.IndexPath}: {result.Lines} lines, {result.New} new, {result.Changed} changed since the previous review.");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
