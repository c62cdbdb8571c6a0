using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;

namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>
/// The <c>pixazo-tts-emulator</c> .NET tool as a user runs it: installed from the test feed into a tool path of its own
/// (<c>dotnet tool install --tool-path DIR --add-source FEED</c>), started with knobs as a separate process on a free
/// loopback port, and stopped with SIGTERM.
/// </summary>
public sealed partial class EmulatorTool : IDisposable
{
    public const string Command = "pixazo-tts-emulator";

    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private EmulatorTool(Process process)
    {
        _process = process;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public Process Process => _process;

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

    /// <summary>Installs the packed tool into a new tool path; returns the command's path.</summary>
    public static async Task<string> InstallAsync(PackageFeedFixture feed, string toolPath)
    {
        var result = await DotNetCli.RunAsync(
            feed.Root,
            ["tool", "install", "PixazoTts.Emulator", "--tool-path", toolPath, "--add-source", feed.FeedDirectory, "--version", feed.PackageVersion],
            // The test's own packages folder, so no user-wide NuGet cache keeps a copy of a test version.
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = feed.PackagesDirectory });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Installing the emulator tool failed: " + result);
        }

        string command = Path.Combine(toolPath, OperatingSystem.IsWindows() ? Command + ".exe" : Command);
        Assert.True(File.Exists(command), "no " + command + " after: " + result);
        return command;
    }

    /// <summary>Starts the installed command on a free loopback port with <paramref name="knobs"/> and waits for its "listening" line.</summary>
    public static async Task<EmulatorTool> StartAsync(string command, params string[] knobs)
    {
        var tool = new EmulatorTool(new Process { StartInfo = CreateStartInfo(command, ["--urls", "http://127.0.0.1:0", .. knobs]) });
        tool.Start();

        var started = await Task.WhenAny(tool._listening.Task, tool._process.WaitForExitAsync(), Task.Delay(TimeSpan.FromMinutes(1)));
        if (started != tool._listening.Task)
        {
            string output = tool.Output;
            tool.Dispose();
            throw new InvalidOperationException("The emulator tool did not start listening:" + Environment.NewLine + output);
        }

        tool.BaseUrl = await tool._listening.Task;
        return tool;
    }

    /// <summary>Runs the installed command to its end (e.g. <c>--help</c>) and returns its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string command, params string[] arguments)
    {
        using var tool = new EmulatorTool(new Process { StartInfo = CreateStartInfo(command, arguments) });
        tool.Start();
        using var bound = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await tool._process.WaitForExitAsync(bound.Token);
        tool._process.WaitForExit();
        return (tool._process.ExitCode, tool.Output);
    }

    /// <summary>Sends SIGTERM (what a service manager or <c>kill</c> sends) and waits for the exit code.</summary>
    public async Task<int> StopWithSigtermAsync()
    {
        Assert.Equal(0, Kill(_process.Id, 15));
        using var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _process.WaitForExitAsync(bound.Token);
        return _process.ExitCode;
    }

    private static ProcessStartInfo CreateStartInfo(string command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    private void Start()
    {
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
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

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups["url"].Value + "/"));
        }
    }

    [GeneratedRegex(@"listening on (?<url>http://\S+?) ")]
    private static partial Regex ListeningLine();

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
