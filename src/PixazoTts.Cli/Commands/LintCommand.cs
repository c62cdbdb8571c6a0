using System.CommandLine;
using System.Reflection;
using PixazoTts.Cli.Input;
using PixazoTts.Cli.Lint;
using PixazoTts.Cli.Output;

namespace PixazoTts.Cli.Commands;

/// <summary>
/// <c>lint</c>: the build's script diagnostics (the same parser and catalog checks as the task and the IDE), as
/// MSBuild-style lines or as SARIF 2.1.0 for code scanning. Exit code 1 when any error is found.
/// </summary>
internal static class LintCommand
{
    public static Command Create(CliConsole console)
    {
        var shared = new SharedOptions();
        var format = new Option<string>("--format") { Description = "msbuild: file(line,col): error CODE: message lines; sarif: a SARIF 2.1.0 log.", DefaultValueFactory = _ => "msbuild" };
        format.AcceptOnlyFromAmong("msbuild", "sarif");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file rather than standard output.", HelpName = "FILE" };
        var command = new Command("lint", "Check the scripts as the build does and report every diagnostic (errors give exit code 1).");
        command.Arguments.Add(shared.Paths);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var selection = await ScriptSources.ResolveAsync(parse.GetValue(shared.Paths) ?? [], console, cancellationToken).ConfigureAwait(false);
            if (selection is null)
            {
                return ExitCodes.Failed;
            }

            var diagnostics = new List<TtsDiagnostic>();
            selection.Load(diagnostics);
            var ordered = diagnostics
                .OrderBy(d => d.FilePath ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(d => d.Span?.Start ?? -1)
                .ToList();
            string report = parse.GetValue(format) == "sarif"
                ? SarifLog.Write(ordered, Directory.GetCurrentDirectory(), Version())
                : string.Concat(ordered.Select(d => Canonical(d) + Environment.NewLine));
            if (parse.GetValue(output) is { } file)
            {
                string path = Path.GetFullPath(file);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllTextAsync(path, report, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                console.Out.Write(report);
            }

            int errors = ordered.Count(d => d.IsError);
            console.Note($"pixazo-tts lint: {selection.Scripts.Count} script(s), {errors} error(s), {ordered.Count - errors} warning(s).");
            return errors > 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>As MSBuild prints a diagnostic, so editors and CI problem matchers pick it up.</summary>
    internal static string Canonical(TtsDiagnostic diagnostic)
    {
        string where = diagnostic.FilePath is null ? "pixazo-tts" : diagnostic.Span is { } s
            ? $"{diagnostic.FilePath}({s.StartLine + 1},{s.StartColumn + 1})"
            : diagnostic.FilePath;
        return where + ": " + (diagnostic.IsError ? "error " : "warning ") + diagnostic.Code + ": " + diagnostic.Message;
    }

    internal static string Version() =>
        typeof(LintCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0";
}
