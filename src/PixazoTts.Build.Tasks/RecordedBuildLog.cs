using System.Collections;
using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// What a task run logs while no task is executing to receive it: the head start (<see cref="SynthesisHeadStart"/>) works
/// while the compiler runs, and MSBuild accepts events only from a task that is executing. The events are kept in
/// order and handed to the engine of the task that joins the head start, so they appear once, at that task.
/// </summary>
internal sealed class RecordedBuildLog(string projectFile) : IBuildEngine
{
    private readonly List<BuildEventArgs> _events = [];

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => projectFile;

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new InvalidOperationException("SynthesizeTtsAssets never builds another project.");

    public void LogCustomEvent(CustomBuildEventArgs e) => Add(e);

    public void LogErrorEvent(BuildErrorEventArgs e) => Add(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Add(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Add(e);

    /// <summary>Logs every recorded event, in order, to <paramref name="engine"/>.</summary>
    public void ReplayTo(IBuildEngine engine)
    {
        BuildEventArgs[] events;
        lock (_events)
        {
            events = [.. _events];
        }

        foreach (var e in events)
        {
            switch (e)
            {
                case BuildErrorEventArgs error:
                    engine.LogErrorEvent(error);
                    break;
                case BuildWarningEventArgs warning:
                    engine.LogWarningEvent(warning);
                    break;
                case BuildMessageEventArgs message:
                    engine.LogMessageEvent(message);
                    break;
                case CustomBuildEventArgs custom:
                    engine.LogCustomEvent(custom);
                    break;
            }
        }
    }

    private void Add(BuildEventArgs e)
    {
        lock (_events)
        {
            _events.Add(e);
        }
    }
}
