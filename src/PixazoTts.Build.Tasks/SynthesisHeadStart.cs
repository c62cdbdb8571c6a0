using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// <see cref="SynthesizeTtsAssets"/> started before <c>CoreCompile</c> and joined by <see cref="JoinTtsSynthesis"/> after
/// it, so that reading the scripts, looking the lines up in the local cache, finishing and filling the obj folder happen
/// while the compiler runs (on a warm-cache clean build, nearly all of the task's time). Ahead of the compiler the task
/// does only local work (placeholder lines included): when a line needs the gateway or a team cache is configured it
/// stops, and the join runs the whole task, so a project that does not compile still spends nothing. Kept between the two tasks with MSBuild's registered
/// task objects; a build that ends without joining it (a compile error, Ctrl+C) disposes it, which cancels the work and
/// waits for it.
/// </summary>
internal sealed class SynthesisHeadStart(SynthesizeTtsAssets task, RecordedBuildLog recorded, Task<bool> work) : IDisposable
{
    /// <summary>Keeps <paramref name="headStart"/> for the join; false when the engine cannot.</summary>
    public static bool Register(IBuildEngine engine, string stampFile, SynthesisHeadStart headStart)
    {
        if (engine is not IBuildEngine4 registry)
        {
            return false;
        }

        registry.RegisterTaskObject(KeyOf(stampFile), headStart, RegisteredTaskObjectLifetime.Build, allowEarlyCollection: false);
        return true;
    }

    /// <summary>This project's head start, now owned by the caller, or null when none was started.</summary>
    public static SynthesisHeadStart? Take(IBuildEngine engine, string stampFile) =>
        engine is IBuildEngine4 registry
            ? registry.UnregisterTaskObject(KeyOf(stampFile), RegisteredTaskObjectLifetime.Build) as SynthesisHeadStart
            : null;

    /// <summary>The work: complete once the head start has done all it does ahead of the compiler.</summary>
    public Task Completion => work;

    /// <summary>
    /// Waits for the work (<paramref name="cancellation"/>, the joining task's Cancel, cancels it) and finishes the task
    /// on the caller's thread, logging to <paramref name="log"/>; <paramref name="scripts"/> and <paramref name="casts"/>
    /// are the items as they are now.
    /// </summary>
    public bool Finish(IBuildEngine engine, Microsoft.Build.Utilities.TaskLoggingHelper log, ITaskItem[] scripts, ITaskItem[] casts, CancellationToken cancellation)
    {
        using var registration = cancellation.Register(task.Cancel);
        bool succeeded = work.GetAwaiter().GetResult();
        return task.FinishAfterCompiler(succeeded, recorded, engine, log, scripts, casts);
    }

    /// <summary>Cancels the work if it is still running and waits for it: nothing writes to obj/ after the build.</summary>
    public void Dispose()
    {
        if (work.IsCompleted)
        {
            return;
        }

        task.Abandon();
        try
        {
            work.Wait();
        }
        catch (AggregateException)
        {
            // The work reports its own failures as PTTS diagnostics; an abandoned head start has nobody to report to.
        }
    }

    // One per project build: the stamp file is the project's (and configuration's) own.
    private static string KeyOf(string stampFile) => "PixazoTts.SynthesisHeadStart|" + Path.GetFullPath(stampFile);
}
