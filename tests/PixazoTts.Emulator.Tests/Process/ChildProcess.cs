using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace PixazoTts.Emulator.Tests.Process;

/// <summary>A real child process with its output captured, for commands a user types.</summary>
public sealed partial class ChildProcess : IDisposable
{
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();

    private ChildProcess(System.Diagnostics.Process process)
    {
        Process = process;
    }

    public System.Diagnostics.Process Process { get; }

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

    /// <summary>What the process wrote to stderr alone (also part of <see cref="Output"/>).</summary>
    public string Error
    {
        get
        {
            lock (_output)
            {
                return _error.ToString();
            }
        }
    }

    public static ChildProcess Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var child = new ChildProcess(new System.Diagnostics.Process { StartInfo = info });
        child.Process.OutputDataReceived += (_, e) => child.Append(e.Data);
        child.Process.ErrorDataReceived += (_, e) => child.Append(e.Data, error: true);
        child.Process.Start();
        child.Process.BeginOutputReadLine();
        child.Process.BeginErrorReadLine();
        return child;
    }

    /// <summary>
    /// Runs to completion and returns the exit code. A process still running after the bound is a hang: its tree is
    /// killed and the test fails, so no caller can mistake a hang for an exit code.
    /// </summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string fileName, IEnumerable<string> arguments, string workingDirectory, TimeSpan bound)
    {
        using var child = Start(fileName, arguments, workingDirectory);
        bool exited = await child.WaitForExitAsync(bound);
        Assert.True(exited, $"'{fileName} {string.Join(' ', arguments)}' was still running after {bound} (a hang):\n{child.Output}");
        return (child.Process.ExitCode, child.Output);
    }

    /// <summary>
    /// Waits for the emulator's "listening on URL" line and returns that URL: the address it really bound, so a test
    /// can start it on port 0 instead of picking a free port that another test could take before the emulator binds.
    /// </summary>
    public async Task<Uri> WaitForListeningAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        while (!timeout.IsCancellationRequested)
        {
            var match = ListeningLine().Match(Output);
            if (match.Success)
            {
                return new Uri(match.Groups["url"].Value + "/");
            }

            Assert.False(Process.HasExited, "the emulator exited:\n" + Output);
            await Task.Delay(50);
        }

        Assert.Fail("the emulator never said where it listens:\n" + Output);
        return null!;
    }

    public async Task<bool> WaitForExitAsync(TimeSpan bound)
    {
        using var timeout = new CancellationTokenSource(bound);
        try
        {
            await Process.WaitForExitAsync(timeout.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
        }

        Process.Dispose();
    }

    [GeneratedRegex(@"listening on (?<url>http://\S+) ")]
    private static partial Regex ListeningLine();

    private void Append(string? line, bool error = false)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
                if (error)
                {
                    _error.AppendLine(line);
                }
            }
        }
    }
}
