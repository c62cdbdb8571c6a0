using PixazoTts.Pipeline.Production;

namespace PixazoTts.Cli.Output;

/// <summary>
/// The pipeline's log on the console: summaries always, per-line messages with <c>--verbose</c> or, when standard error
/// is not a terminal, the per-line progress lines (a CI log shows each line as it is done, as the build does);
/// diagnostics as the build prints them. Thread-safe: producers call it from pool threads.
/// </summary>
internal sealed class ConsolePipelineLog : ITtsPipelineLog
{
    private readonly CliConsole _console;
    private readonly Action? _lineCompleted;

    public ConsolePipelineLog(CliConsole console, Action? lineCompleted = null)
    {
        _console = console;
        _lineCompleted = lineCompleted;
    }

    public void Message(TtsLogImportance importance, string text)
    {
        bool show = importance switch
        {
            TtsLogImportance.High => true,
            TtsLogImportance.Normal => _console.Verbose || !_console.ErrorIsTerminal,
            _ => _console.Verbose,
        };
        if (show)
        {
            _console.Note(text);
        }
    }

    public void Diagnostic(string code, bool isError, string? file, TtsSourceSpan? span, string text) =>
        _console.Diagnostic(code, isError, file, span, text);

    public void LineCompleted(TtsPlannedLine line) => _lineCompleted?.Invoke();

    public string InternalErrorReport => TtsDiagnosticDescriptors.InternalErrorReportCli;
}
