using System.Collections.Concurrent;
using Microsoft.Build.Framework;
using PixazoTts.Pipeline.Production;
using TaskLoggingHelper = Microsoft.Build.Utilities.TaskLoggingHelper;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Messages and errors from synthesis jobs on pool threads, written on the task's own thread (MSBuild's logging
/// expects a task to log from the thread that runs Execute). Every text passes through one redaction point on the way
/// out: a gateway message must never carry the API key, and this is the last place to make sure.
/// </summary>
internal sealed class BuildLogQueue : ITtsPipelineLog
{
    private readonly ConcurrentQueue<Entry> _pending = new();
    private readonly string? _secret;

    /// <param name="secret">The API key (redacted from every text), or null.</param>
    public BuildLogQueue(string? secret)
    {
        _secret = string.IsNullOrEmpty(secret) ? null : secret;
    }

    public void Message(TtsLogImportance importance, string text) => _pending.Enqueue(new Entry(null, false, null, null, text, TaskLog.ToMSBuild(importance)));

    public void Diagnostic(string code, bool isError, string? file, TtsSourceSpan? span, string text) => _pending.Enqueue(new Entry(code, isError, file, span, text, null));

    /// <summary>Waits for <paramref name="work"/> (without observing its outcome), writing queued entries as they come.</summary>
    public void DrainUntilComplete(Task work, TaskLoggingHelper log)
    {
        while (Task.WaitAny([work], TimeSpan.FromMilliseconds(100)) < 0)
        {
            Drain(log);
        }

        Drain(log);
    }

    private void Drain(TaskLoggingHelper log)
    {
        while (_pending.TryDequeue(out var entry))
        {
            string text = _secret is null ? entry.Text : entry.Text.Replace(_secret, "***", StringComparison.Ordinal);
            if (entry.Code is null)
            {
                log.LogMessage(entry.Importance ?? MessageImportance.Normal, text);
            }
            else
            {
                SynthesizeTtsAssets.LogAt(log, entry.Code, entry.IsError, entry.File, entry.Span, text);
            }
        }
    }

    private sealed record Entry(string? Code, bool IsError, string? File, TtsSourceSpan? Span, string Text, MessageImportance? Importance);
}
