using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PixazoTts.Cli.Input;
using PixazoTts.Cli.Output;
using PixazoTts.Cli.Running;

namespace PixazoTts.Cli.Commands;

/// <summary>
/// <c>say TEXT</c>: one line to a WAV, through the cache, checked like a script line (unknown voice, language code,
/// unbalanced audio tags). The line is written as a one-line script in memory and goes through the same pipeline.
/// </summary>
internal static class SayCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new SharedOptions();
        var text = new Argument<string>("TEXT") { Description = "The words to speak (audio tags such as [whispers] included)." };
        var voice = new Option<string?>("--voice") { Description = "The voice, e.g. Kore (see 'pixazo-tts voices').", HelpName = "NAME" };
        var prompt = new Option<string?>("--prompt") { Description = "How to say it, e.g. \"Shout it, urgently\".", HelpName = "TEXT" };
        var language = new Option<string?>("--language") { Description = "BCP-47 language code hint, e.g. en-US.", HelpName = "CODE" };
        var output = new Option<string?>("--output", "-o") { Description = "The WAV to write (default: say-<first 8 digits of the key>.wav in the current folder).", HelpName = "FILE" };
        var command = new Command("say", "Synthesize one line to a WAV file, through the cache (a line already made costs nothing).");
        command.Arguments.Add(text);
        command.Options.Add(voice);
        command.Options.Add(prompt);
        command.Options.Add(language);
        command.Options.Add(output);
        shared.AddProduction(command, withPaths: false);
        command.Options.Add(shared.Json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(shared.Verbose);
            string current = Directory.GetCurrentDirectory();
            string scriptPath = Path.Combine(current, "say.tts.json");
            var line = new Dictionary<string, string> { ["text"] = parse.GetValue(text)! };
            AddIfSet(line, "voice", parse.GetValue(voice));
            AddIfSet(line, "prompt", parse.GetValue(prompt));
            AddIfSet(line, "language_code", parse.GetValue(language));
            string json = JsonSerializer.Serialize(new Dictionary<string, object> { ["lines"] = new Dictionary<string, object> { ["say"] = line } });

            var selection = new ScriptSelection([], [], new Dictionary<string, string>(), current, null);
            var options = shared.Read(parse);
            var settings = LineSession.CreateSettings(selection, options, console);
            if (settings is null)
            {
                return ExitCodes.Failed;
            }

            var parsed = TtsScriptParser.Parse(scriptPath, json);
            foreach (var diagnostic in parsed.Diagnostics)
            {
                // The line is not in a file: its problems are named without a position.
                console.Diagnostic(diagnostic.Code, diagnostic.IsError, null, null, diagnostic.Message);
            }

            if (parsed.Diagnostics.Any(d => d.IsError) || parsed.Script is null)
            {
                return ExitCodes.Failed;
            }

            var script = new TtsAssetScript(scriptPath, "say.tts.json", TtsVoiceSettings.None, parsed);
            var session = LineSession.FromScripts(selection, settings, [script], options);
            var (exit, produced) = await LineProduction.RunAsync(session, console, cancellationToken).ConfigureAwait(false);
            if (produced is null)
            {
                return exit;
            }

            var planned = produced.Plan.Lines[0];
            string wav = produced.WavPath(planned);
            string target = Path.GetFullPath(parse.GetValue(output) ?? $"say-{planned.Target.Key[..8]}.wav");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(wav, target, overwrite: true);
            long duration = Pipeline.Output.TtsExportFolder.DurationMs(target);
            bool cached = !planned.IsToMake;
            decimal cost = produced.CostOf(planned);
            if (parse.GetValue(shared.Json))
            {
                JsonOutput.Write(console, new
                {
                    File = target,
                    Key = planned.Target.Key,
                    Cached = cached,
                    Placeholder = ProducedLines.IsPlaceholder(planned),
                    DurationMs = duration,
                    Bytes = new FileInfo(target).Length,
                    CostUsd = cost,
                });
            }
            else
            {
                string source = cached ? "from the cache" : ProducedLines.IsPlaceholder(planned) ? "placeholder voice" : "synthesized";
                console.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{target}: {duration / 1000.0:0.00} s, {source}, ${TtsCost.Format(cost)} (key {planned.Target.Key})"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static void AddIfSet(Dictionary<string, string> line, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            line[name] = value;
        }
    }
}
