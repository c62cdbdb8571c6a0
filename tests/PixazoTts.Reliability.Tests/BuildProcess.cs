using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// A <c>dotnet build</c> of a consumer project that can be stopped the way a user or a CI runner stops one: it runs in a
/// process group of its own (<c>setsid</c>), so a signal reaches the CLI, MSBuild's nodes and the compiler together, as a
/// terminal's Ctrl+C does; and it starts with SIGINT at its default disposition (<c>env --default-signal=INT</c>):
/// .NET, like every program, keeps a signal ignored that its parent ignored (a test runner started in the background
/// of a script does), and such a build could not be interrupted at all.
/// </summary>
internal sealed class BuildProcess : IDisposable
{
    private const int SigInt = 2;
    private const int SigKill = 9;

    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BuildProcess(Process process)
    {
        _process = process;
    }

    /// <summary>The build's process id, which is also its process group's id.</summary>
    public int ProcessGroup => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Everything the build printed so far (stdout and stderr interleaved).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts <c>dotnet build</c> of <paramref name="project"/> without node reuse or build servers, console logger.</summary>
    public static BuildProcess Start(ConsumerProject project, BuildEnvironment environment, params string[] extraArguments)
    {
        var info = DotNetCli.CreateStartInfo(
            project.Directory,
            ["build", project.ProjectFile, "-nodeReuse:false", "--disable-build-servers", "-tl:off", .. extraArguments],
            environment.ToVariables());

        // env resets SIGINT, then execs setsid, which makes the process (same pid) the leader of a new group and session
        // before it execs dotnet.
        string dotnet = info.FileName;
        info.FileName = "env";
        info.ArgumentList.Insert(0, "--default-signal=INT");
        info.ArgumentList.Insert(1, "setsid");
        info.ArgumentList.Insert(2, dotnet);

        var process = new Process { StartInfo = info };
        var build = new BuildProcess(process);
        process.OutputDataReceived += (_, e) => build.Append(e.Data);
        process.ErrorDataReceived += (_, e) => build.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return build;
    }

    /// <summary>Ctrl+C: SIGINT to the whole process group, as a terminal sends it.</summary>
    public void Interrupt() => Signal(SigInt);

    /// <summary><c>kill -9</c> of the whole process group: the CLI, MSBuild and the compiler die at once; nothing of ours runs.</summary>
    public void KillAll() => Signal(SigKill);

    /// <summary>Waits for the build to end; false when it has not ended within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        // The parameterless wait also waits for the end of the redirected output.
        _process.WaitForExit();
        return true;
    }

    /// <summary>
    /// Polls <paramref name="condition"/> every 20 ms until it has held on two polls in a row (so that a reading taken
    /// while files change under it is confirmed), the build ends, or <paramref name="timeout"/> passes.
    /// </summary>
    /// <returns>True when the condition held while the build was still running.</returns>
    public async Task<bool> WaitWhileRunningUntilAsync(Func<bool> condition, TimeSpan timeout)
    {
        var stopwatch = Stopwatch.StartNew();
        int held = 0;
        while (stopwatch.Elapsed < timeout && !HasExited)
        {
            held = condition() ? held + 1 : 0;
            if (held >= 2)
            {
                return !HasExited;
            }

            await Task.Delay(20);
        }

        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillAll();
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Signal(int signal)
    {
        // A negative pid addresses the process group.
        if (kill(-ProcessGroup, signal) != 0)
        {
            int error = Marshal.GetLastPInvokeError();
            if (!HasExited)
            {
                throw new InvalidOperationException($"kill(-{ProcessGroup}, {signal}) failed with errno {error}.");
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    // DllImport rather than LibraryImport: the latter's generated stub needs unsafe code, for one int-only call.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int kill(int pid, int sig);
}
