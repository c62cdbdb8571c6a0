using System.CommandLine;
using System.CommandLine.Parsing;
using PixazoTts.Cli.Commands;
using PixazoTts.Cli.Output;
using PixazoTts.Caching;

namespace PixazoTts.Cli;

/// <summary>
/// The <c>pixazo-tts</c> command line: its commands, and the rules every command shares: a wrong command line is exit
/// code 2 with the parser's message; Ctrl+C cancels the running command, which lets lines in flight finish into the
/// cache (whole-or-nothing writes, accepted jobs journalled) and exits 130; nothing ends as a stack trace.
/// </summary>
internal static class CliApplication
{
    public static async Task<int> RunAsync(string[] args)
    {
        var console = CliConsole.ForProcess();
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!cancellation.IsCancellationRequested)
            {
                // The first Ctrl+C stops the command cleanly; a second one ends the process at once.
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var root = Build(console);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0 && parse.Action is not null && parse.Action.GetType().Name == "ParseErrorAction")
            {
                foreach (var error in parse.Errors)
                {
                    console.Note("pixazo-tts: " + error.Message);
                }

                console.Note("Run 'pixazo-tts --help' (or 'pixazo-tts COMMAND --help') for usage.");
                return ExitCodes.Usage;
            }

            return await parse.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null, EnableDefaultExceptionHandler = false }, cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliCanceled, null, null));
            return ExitCodes.Canceled;
        }
        catch (TtsCacheException exception)
        {
            console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CacheNotWritable, null, null, exception.Directory, exception.Reason));
            return ExitCodes.Failed;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Diagnostic(TtsDiagnosticDescriptors.InternalError.Code, isError: true, null, null, console.Redact(exception.Message));
            return ExitCodes.Failed;
        }
#pragma warning disable CA1031 // The tool's last line of defence: a bug is one line with its code, never a stack trace.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            console.Report(new TtsDiagnostic(
                TtsDiagnosticDescriptors.InternalError, null, null, exception.GetType().FullName!, console.Redact(exception.Message), TtsDiagnosticDescriptors.InternalErrorReportCli));
            if (console.Verbose || Environment.GetEnvironmentVariable("PIXAZO_TTS_DEBUG") == "1")
            {
                console.Note(console.Redact(exception.ToString()));
            }

            return ExitCodes.Failed;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    internal static RootCommand Build(CliConsole console)
    {
        var root = new RootCommand(
            "pixazo-tts: voice lines from .tts.json scripts, through the same cache, keys, settings and diagnostics as the PixazoTts.Build package. "
            + "Environment: PIXAZO_API_KEY, PIXAZO_BASE_URL, PIXAZO_TTS_CACHE, PIXAZO_TTS_REMOTE_CACHE (docs/cli.md). "
            + "Exit codes: 0 done, 1 errors reported, 2 bad command line, 3 cost limit exceeded, 130 canceled.");
        root.Subcommands.Add(SayCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(SyncCommand.Create(console));
        root.Subcommands.Add(LintCommand.Create(console));
        root.Subcommands.Add(VoicesCommand.Create(console));
        root.Subcommands.Add(CacheCommand.Create(console));
        root.Subcommands.Add(ReviewCommand.Create(console));
        return root;
    }
}
