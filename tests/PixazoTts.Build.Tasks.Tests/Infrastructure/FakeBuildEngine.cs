using System.Collections;
using System.Collections.Concurrent;
using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks.Tests.Infrastructure;

/// <summary>
/// Records what a task logs, as MSBuild's engine would receive it (Grpc.Tools' tests use the same seam), and keeps
/// registered task objects until <see cref="EndBuild"/>, as MSBuild keeps them until the end of a build.
/// </summary>
internal sealed class FakeBuildEngine : IBuildEngine4
{
    private readonly ConcurrentDictionary<(object Key, RegisteredTaskObjectLifetime Lifetime), object> _registered = new();

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

    public bool IsRunningMultipleNodes => false;

    /// <summary>The objects registered and not yet taken back.</summary>
    public IReadOnlyCollection<object> RegisteredObjects => [.. _registered.Values];

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) =>
        throw new NotSupportedException("The PixazoTts tasks never build other projects.");

    public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs, string toolsVersion) =>
        throw new NotSupportedException("The PixazoTts tasks never build other projects.");

    public bool BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IDictionary[] targetOutputsPerProject, string[] toolsVersion, bool useResultsCache, bool unloadProjectsOnCompletion) =>
        throw new NotSupportedException("The PixazoTts tasks never build other projects.");

    public BuildEngineResult BuildProjectFilesInParallel(string[] projectFileNames, string[] targetNames, IDictionary[] globalProperties, IList<string>[] removeGlobalProperties, string[] toolsVersion, bool returnTargetOutputs) =>
        throw new NotSupportedException("The PixazoTts tasks never build other projects.");

    public void Yield()
    {
    }

    public void Reacquire()
    {
    }

    public void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection) =>
        _registered[(key, lifetime)] = obj;

    public object? GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime) =>
        _registered.TryGetValue((key, lifetime), out object? obj) ? obj : null;

    public object? UnregisterTaskObject(object key, RegisteredTaskObjectLifetime lifetime) =>
        _registered.TryRemove((key, lifetime), out object? obj) ? obj : null;

    /// <summary>What MSBuild does at the end of a build: disposes the objects registered for the build.</summary>
    public void EndBuild()
    {
        foreach (var entry in _registered.Where(e => e.Key.Lifetime == RegisteredTaskObjectLifetime.Build).ToList())
        {
            _registered.TryRemove(entry.Key, out _);
            (entry.Value as IDisposable)?.Dispose();
        }
    }

    public void LogCustomEvent(CustomBuildEventArgs e)
    {
    }

    public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Enqueue(e);

    public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Enqueue(e);

    public void LogWarningEvent(BuildWarningEventArgs e) => Warnings.Enqueue(e);
}
