namespace PixazoTts.Pipeline.Production;

/// <summary>
/// Where the pipeline's messages and diagnostics go: the MSBuild task turns them into build messages (queued and
/// written on its own thread), the command-line tool into console lines. Every implementation redacts the API key.
/// </summary>
internal interface ITtsPipelineLog
{
    /// <summary>A progress or detail message.</summary>
    void Message(TtsLogImportance importance, string text);

    /// <summary>A coded warning or error, at <paramref name="file"/> and <paramref name="span"/> when known.</summary>
    void Diagnostic(string code, bool isError, string? file, TtsSourceSpan? span, string text);

    /// <summary>
    /// What a bug (PTTS2009) should be reported with, in this front end's words: the build log, or the tool's output.
    /// </summary>
    string InternalErrorReport => TtsDiagnosticDescriptors.InternalErrorReportBuild;

    /// <summary>One more line is done (made, collected or made elsewhere): a progress bar's tick. Called on pool threads.</summary>
    void LineCompleted(TtsPlannedLine line)
    {
    }
}

/// <summary>How much a message matters: MSBuild's importance levels, which the CLI maps to its verbosity.</summary>
internal enum TtsLogImportance
{
    /// <summary>Shown by default (summaries, cancellation).</summary>
    High,

    /// <summary>Shown at normal verbosity (per-line progress).</summary>
    Normal,

    /// <summary>Detailed logs only (cache hits, stacks).</summary>
    Low,
}

/// <summary>The shorthand the producers use.</summary>
internal static class TtsPipelineLogExtensions
{
    /// <summary>A coded error.</summary>
    public static void Error(this ITtsPipelineLog log, string code, string? file, TtsSourceSpan? span, string text) =>
        log.Diagnostic(code, isError: true, file, span, text);
}
