using System.Diagnostics;
using System.Globalization;
using System.Text;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Benchmarks.Scenarios;

/// <summary>One run of a <c>dotnet</c> command: wall time, exit code, output and (when sampled) peak memory.</summary>
/// <param name="Elapsed">Wall time from start to exit.</param>
/// <param name="PeakTreeBytes">Peak of the summed resident memory (VmRSS) of the process and its descendants, sampled every 50 ms; 0 when not sampled.</param>
/// <param name="PeakRootBytes">The root process's own peak resident memory (VmHWM, exact, kernel-tracked); 0 when not sampled.</param>
/// <param name="ExitCode">The process's exit code.</param>
/// <param name="Output">Standard output and error, interleaved.</param>
/// <param name="CpuTime">User + system CPU time of the process and every descendant it waited for (the MSBuild nodes,
/// the compiler), from the runner's own reaped-children counters; TimeSpan.Zero where /proc is not there.</param>
public sealed record Measured(TimeSpan Elapsed, long PeakTreeBytes, long PeakRootBytes, int ExitCode, string Output, TimeSpan CpuTime = default)
{
    /// <summary>
    /// Runs <c>dotnet</c> with no build server, no compiler server and no node reuse (nothing outlives a run or carries state into the next),
    /// and with <paramref name="sampleMemory"/> samples the process tree's memory from /proc while it runs.
    /// </summary>
    public static async Task<Measured> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string?> environment, bool sampleMemory, params string[] arguments)
    {
        // The tests' start (no node reuse, the host's MSBuild and PIXAZO_* variables removed), plus no MSBuild server
        // and no compiler server: every run starts from the same cold state, so no run inherits warmth from the last.
        var info = DotNetCli.CreateStartInfo(
            workingDirectory,
            arguments,
            new Dictionary<string, string?>(environment) { ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0", ["UseSharedCompilation"] = "false" });
        var output = new StringBuilder();
        // Runs are sequential, so the growth of the runner's reaped-children CPU time is this run's process tree.
        var cpuBefore = ProcessTreeMemory.ReapedChildrenCpuTime();
        var stopwatch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peakTree = 0, peakRoot = 0;
        if (sampleMemory)
        {
            while (!process.HasExited)
            {
                peakTree = Math.Max(peakTree, ProcessTreeMemory.ResidentBytes(process.Id));
                peakRoot = Math.Max(peakRoot, ProcessTreeMemory.StatusValue(process.Id, "VmHWM:"));
                await Task.Delay(50);
            }
        }

        await process.WaitForExitAsync();
        stopwatch.Stop();
        var cpu = ProcessTreeMemory.ReapedChildrenCpuTime() - cpuBefore;
        lock (output)
        {
            return new Measured(stopwatch.Elapsed, peakTree, peakRoot, process.ExitCode, output.ToString(), cpu);
        }
    }

    public Measured EnsureSucceeded(string what) =>
        ExitCode == 0 ? this : throw new InvalidOperationException(what + " failed (exit " + ExitCode.ToString(CultureInfo.InvariantCulture) + "):\n" + Output);
}

/// <summary>Reads resident memory of a process and its descendants from /proc (Linux).</summary>
public static class ProcessTreeMemory
{
    /// <summary>The summed VmRSS of <paramref name="rootPid"/> and every process below it, in bytes.</summary>
    public static long ResidentBytes(int rootPid)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (string directory in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && ParentOf(pid) is int parent)
            {
                (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
            }
        }

        long total = 0;
        var pending = new Stack<int>([rootPid]);
        while (pending.Count > 0)
        {
            int pid = pending.Pop();
            total += StatusValue(pid, "VmRSS:");
            foreach (int child in children.GetValueOrDefault(pid) ?? [])
            {
                pending.Push(child);
            }
        }

        return total;
    }

    /// <summary>
    /// User + system CPU time of this process's children that have exited and been waited for (/proc/self/stat's cutime
    /// and cstime, in clock ticks of 10 ms), which includes their own waited-for descendants.
    /// </summary>
    public static TimeSpan ReapedChildrenCpuTime()
    {
        try
        {
            string stat = File.ReadAllText("/proc/self/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14 here.
            long ticks = long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
            return TimeSpan.FromMilliseconds(ticks * 10);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>A "Vm...:" line of /proc/PID/status in bytes; 0 when the process is gone.</summary>
    public static long StatusValue(int pid, string field)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The process just exited.
        }

        return 0;
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces and parentheses, so split after the last ')'.
            string stat = File.ReadAllText($"/proc/{pid}/stat");
            string[] fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
