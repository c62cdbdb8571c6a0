using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// After <c>CoreCompile</c>: waits for the synthesis started ahead of the compiler (<see cref="SynthesisHeadStart"/>),
/// logs what it found and writes its stamp, or runs the synthesis now when it could not finish ahead (gateway lines, a
/// team cache, an input written meanwhile, items changed by a target since). Nothing to do when none was started (the outputs were up to date).
/// </summary>
#pragma warning disable CA1001 // MSBuild never disposes a task; the token source holds no timer.
public sealed class JoinTtsSynthesis : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancellation = new();
#pragma warning restore CA1001

    /// <summary>The synthesis stamp of the project: which head start to join.</summary>
    [Required]
    public string StampFile { get; set; } = string.Empty;

    /// <summary>The <c>TtsAsset</c> items now: when a target changed them after the head start, the synthesis runs again with these.</summary>
    public ITaskItem[] Scripts { get; set; } = [];

    /// <summary>The <c>TtsCast</c> items now, likewise.</summary>
    public ITaskItem[] Casts { get; set; } = [];

    /// <inheritdoc />
    public void Cancel() => _cancellation.Cancel();

    /// <inheritdoc />
    public override bool Execute()
    {
        using var headStart = SynthesisHeadStart.Take(BuildEngine, StampFile);
        return headStart is null || headStart.Finish(BuildEngine, Log, Scripts, Casts, _cancellation.Token);
    }
}
