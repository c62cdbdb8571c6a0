using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PixazoTts.Pipeline.Production;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// The pipeline's log written straight to MSBuild: only for steps that run on the task's own thread (the team cache
/// step); work on pool threads goes through <see cref="BuildLogQueue"/>.
/// </summary>
internal sealed class TaskLog : ITtsPipelineLog
{
    private readonly TaskLoggingHelper _log;

    public TaskLog(TaskLoggingHelper log)
    {
        _log = log;
    }

    public void Message(TtsLogImportance importance, string text) => _log.LogMessage(ToMSBuild(importance), text);

    public void Diagnostic(string code, bool isError, string? file, TtsSourceSpan? span, string text) =>
        SynthesizeTtsAssets.LogAt(_log, code, isError, file, span, text);

    public static MessageImportance ToMSBuild(TtsLogImportance importance) => importance switch
    {
        TtsLogImportance.High => MessageImportance.High,
        TtsLogImportance.Low => MessageImportance.Low,
        _ => MessageImportance.Normal,
    };
}
