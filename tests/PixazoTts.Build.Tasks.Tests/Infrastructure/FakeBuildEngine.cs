using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks.Tests.Infrastructure;

/// <summary>Records what a task logs, as MSBuild's engine would receive it (Grpc.Tools' tests use the same seam).</summary>
internal sealed class FakeBuildEngine : IBuildEngine
{
    public ConcurrentQueue<BuildErrorEventArgs> Errors { get; } = new();

    public ConcurrentQueue<BuildWarningEventArgs> Warnings { get; } = new();

    public ConcurrentQueue<BuildMessageEventArgs> Messages { get; } = new();

    public bool ContinueOnError => false;

    public int LineNumberOfTaskNode => 0;

    public int ColumnNumberOfTaskNode => 0;

    public string ProjectFileOfTaskNode => "test.csproj";

    /// <summary>Every text the task logged, at any importance.</summary>
    public IEnumerable<string> AllText =>
        Errors.Select(e => e.Code + ": " + e.Message).Concat(Warnings.Select(w => w.Code + ": " + w.Message)).Concat(Messages.Select(m => m.Message ?? string.Empty));

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("The PixazoTts tasks never build other projects.");

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Enqueue(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Enqueue(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Enqueue(e);
}
