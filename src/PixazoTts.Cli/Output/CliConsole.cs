using System.Globalization;
using Spectre.Console;

namespace PixazoTts.Cli.Output;

/// <summary>
/// The tool's two streams: results (tables, JSON, paths) on standard output; diagnostics, progress and notes on standard
/// error, so <c>pixazo-tts plan --json &gt; plan.json</c> stays clean. Tables and the progress bar are Spectre.Console's
/// on a terminal and plain lines when a stream is redirected (CI logs, pipes). Every text passes one redaction point:
/// the API key and the team cache's secrets never reach either stream.
/// </summary>
internal sealed class CliConsole
{
    private readonly object _gate = new();
    private readonly List<string> _secrets = [];
    private List<string>? _held;

    public CliConsole(TextWriter output, TextWriter error, bool outputIsTerminal, bool errorIsTerminal)
    {
        Out = output;
        Error = error;
        OutputIsTerminal = outputIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
    }

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// <summary>True when standard output is a terminal: tables are drawn, not listed.</summary>
    public bool OutputIsTerminal { get; }

    /// <summary>True when standard error is a terminal: a live progress bar rather than one line per finished line.</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>Show per-line messages (progress lines, cache hits) too.</summary>
    public bool Verbose { get; set; }

    public int Errors { get; private set; }

    public int Warnings { get; private set; }

    public static CliConsole ForProcess() =>
        new(Console.Out, Console.Error, !Console.IsOutputRedirected, !Console.IsErrorRedirected);

    /// <summary>Adds a value never to be printed (the API key, a token).</summary>
    public void AddSecret(string? secret)
    {
        if (!string.IsNullOrEmpty(secret))
        {
            _secrets.Add(secret);
        }
    }

    public string Redact(string text)
    {
        foreach (string secret in _secrets)
        {
            text = text.Replace(secret, "***", StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>A diagnostic in MSBuild's canonical form, as the build prints it: <c>file(line,col): error CODE: message</c>.</summary>
    public void Report(TtsDiagnostic diagnostic) =>
        Diagnostic(diagnostic.Code, diagnostic.IsError, diagnostic.FilePath, diagnostic.Span, diagnostic.Message);

    public void Diagnostic(string code, bool isError, string? file, TtsSourceSpan? span, string message)
    {
        string where = file is null ? "pixazo-tts" : span is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"{file}({s.StartLine + 1},{s.StartColumn + 1})")
            : file;
        lock (_gate)
        {
            if (isError)
            {
                Errors++;
            }
            else
            {
                Warnings++;
            }
        }

        Note(where + ": " + (isError ? "error " : "warning ") + code + ": " + message);
    }

    /// <summary>A line on standard error (held back while a progress bar is live).</summary>
    public void Note(string text)
    {
        text = Redact(text);
        lock (_gate)
        {
            if (_held is not null)
            {
                _held.Add(text);
                return;
            }

            Error.WriteLine(text);
        }
    }

    /// <summary>A result line on standard output.</summary>
    public void Line(string text) => Out.WriteLine(Redact(text));

    /// <summary>While a live display owns the terminal, notes wait; they are written when it ends.</summary>
    public IDisposable HoldNotes()
    {
        lock (_gate)
        {
            _held ??= [];
        }

        return new Release(this);
    }

    /// <summary>A table on standard output: drawn on a terminal, else one tab-separated line per row under a header line.</summary>
    public void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<string>? footer = null, IReadOnlySet<int>? rightAligned = null)
    {
        if (!OutputIsTerminal)
        {
            Line(string.Join('\t', headers));
            foreach (var row in rows)
            {
                Line(string.Join('\t', row));
            }

            if (footer is not null)
            {
                Line(string.Join('\t', footer));
            }

            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        for (int i = 0; i < headers.Count; i++)
        {
            var column = new TableColumn(Markup.Escape(headers[i]));
            if (rightAligned?.Contains(i) == true)
            {
                column.RightAligned();
            }

            table.AddColumn(column);
        }

        foreach (var row in rows)
        {
            table.AddRow(row.Select(c => Markup.Escape(Redact(c))).ToArray());
        }

        if (footer is not null)
        {
            for (int i = 0; i < footer.Count; i++)
            {
                table.Columns[i].Footer = new Markup("[bold]" + Markup.Escape(footer[i]) + "[/]");
            }
        }

        AnsiOut().Write(table);
    }

    /// <summary>Spectre's console over standard output.</summary>
    public IAnsiConsole AnsiOut() => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Out) });

    /// <summary>Spectre's console over standard error (the progress bar's).</summary>
    /// <remarks>Spectre decides "interactive" from the process's stdin and stdout; here only standard error matters
    /// (<c>sync ... &gt; log.txt</c> in a terminal still shows the bar), so it is told.</remarks>
    public IAnsiConsole AnsiError() => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(Error),
        Ansi = ErrorIsTerminal ? AnsiSupport.Yes : AnsiSupport.No,
        Interactive = ErrorIsTerminal ? InteractionSupport.Yes : InteractionSupport.No,
    });

    private void Flush()
    {
        lock (_gate)
        {
            foreach (string text in _held ?? [])
            {
                Error.WriteLine(text);
            }

            _held = null;
        }
    }

    private sealed class Release(CliConsole console) : IDisposable
    {
        public void Dispose() => console.Flush();
    }
}
