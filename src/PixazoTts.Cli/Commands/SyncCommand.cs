using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using PixazoTts.Cli.Input;
using PixazoTts.Cli.Output;
using PixazoTts.Cli.Running;
using PixazoTts.Pipeline.Manifest;

namespace PixazoTts.Cli.Commands;

/// <summary>
/// <c>sync --out DIR</c>: the build's job without MSBuild (Unity's <c>Assets/</c>, Godot's <c>res://</c>, web and Python
/// games): every line's finished audio at <c>DIR/&lt;dir&gt;/&lt;name&gt;/&lt;id&gt;.wav</c> (or <c>.opus</c>) as the build
/// lays out <c>bin/</c>, same bytes, and <c>DIR/pixazo-tts.manifest.json</c> as the build writes it. A rerun deletes only
/// files its previous manifest listed that no line makes any more.
/// </summary>
internal static class SyncCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new SharedOptions();
        var output = new Option<string>("--out", "-o") { Description = "The output folder (created when missing).", HelpName = "DIR", Required = true };
        var locked = new Option<bool>("--locked") { Description = "Any line missing from the cache is an error (PTTS2001) and no request is made, as TtsLockedMode=true (for CI)." };
        var command = new Command("sync", "Write every line's finished audio (WAV or Opus, with the project's and scripts' finishing) into a folder, laid out as the build lays out bin/, with pixazo-tts.manifest.json.");
        command.Options.Add(output);
        command.Options.Add(locked);
        shared.AddProduction(command);
        command.Options.Add(shared.Json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            console.Verbose = parse.GetValue(shared.Verbose);
            string root = Path.GetFullPath(parse.GetValue(output)!);
            var selection = await ScriptSources.ResolveAsync(parse.GetValue(shared.Paths) ?? [], console, cancellationToken).ConfigureAwait(false);
            var session = selection is null ? null : LineSession.Open(selection, shared.Read(parse, parse.GetValue(locked)), console);
            if (session is null)
            {
                return ExitCodes.Failed;
            }

            string manifestPath = Path.Combine(root, TtsManifestWriter.FileName);
            IReadOnlyList<TtsManifestLine>? previous = null;
            try
            {
                previous = TtsManifestWriter.Read(root);
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
            {
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliManifestUnreadable, manifestPath, null, manifestPath, exception.Message));
            }

            var (exit, produced) = await LineProduction.RunAsync(session, console, cancellationToken).ConfigureAwait(false);
            if (produced is null)
            {
                return exit;
            }

            // The build's finishing, from the cache: the same files, extensions, bytes and manifest lines as bin/.
            var finished = produced.Finish(session, console, cancellationToken);
            if (finished is null)
            {
                return ExitCodes.Failed;
            }

            var lines = finished.Lines.OrderBy(l => l.OutputPath, StringComparer.Ordinal).ToList();
            var foreign = TtsExportFolder.FindForeignFiles(root, lines, previous);
            if (foreign.Count > 0)
            {
                foreach (string file in foreign)
                {
                    console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliForeignFile, file, null, file));
                }

                return ExitCodes.Failed;
            }

            var outcome = TtsExportFolder.Apply(root, lines, previous, cancellationToken);
            var report = produced.Report;
            decimal cost = TtsCost.Of(report.GatewaySyntheses);
            if (parse.GetValue(shared.Json))
            {
                JsonOutput.Write(console, new
                {
                    Out = root,
                    Manifest = manifestPath,
                    Lines = lines.Count,
                    DistinctLines = produced.Plan.Lines.Count,
                    CacheHits = produced.Plan.CacheHits + report.ProducedElsewhere,
                    Synthesized = report.GatewaySyntheses,
                    Placeholder = report.PlaceholderSyntheses,
                    Resumed = report.Resumed,
                    Written = outcome.Written,
                    Unchanged = outcome.Unchanged,
                    Removed = outcome.Removed,
                    CostUsd = cost,
                });
            }
            else
            {
                console.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{lines.Count} lines, {produced.Plan.Lines.Count} distinct: {produced.Plan.CacheHits + report.ProducedElsewhere} cache hits, {report.GatewaySyntheses} synthesized, {report.PlaceholderSyntheses} placeholder; {outcome.Written} written, {outcome.Unchanged} unchanged, {outcome.Removed.Count} removed; cost ${TtsCost.Format(cost)}"));
                console.Line(manifestPath);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
