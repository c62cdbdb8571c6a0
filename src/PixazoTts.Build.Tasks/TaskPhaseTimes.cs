using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Where the task's time went, phase by phase, for the detailed log (<c>-v:d</c>): what to look at first when a build
/// with the package is slower than expected (docs/benchmarks.md).
/// </summary>
internal sealed class TaskPhaseTimes(Stopwatch stopwatch)
{
    private readonly StringBuilder _phases = new();
    private TimeSpan _last = stopwatch.Elapsed;

    /// <summary>Ends the phase that began at the previous call (or at the start of the run).</summary>
    public void End(string phase)
    {
        var now = stopwatch.Elapsed;
        _phases.Append(_phases.Length == 0 ? string.Empty : ", ")
            .Append(phase).Append(' ').Append(((now - _last).TotalMilliseconds).ToString("0", CultureInfo.InvariantCulture)).Append(" ms");
        _last = now;
    }

    public override string ToString() => _phases.ToString();
}
