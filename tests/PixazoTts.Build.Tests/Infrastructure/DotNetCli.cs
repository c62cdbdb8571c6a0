using System.Diagnostics;
using System.Text;

namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>The outcome of one <c>dotnet</c> child process: exit code and the interleaved stdout/stderr.</summary>
public sealed record DotNetResult(int ExitCode, string Output, string CommandLine)
{
    public bool Succeeded => ExitCode == 0;

    public override string ToString() => $"'{CommandLine}' exited with {ExitCode}:{Environment.NewLine}{Output}";
}

/// <summary>
/// Runs the real <c>dotnet</c> CLI as a child process. No MSBuild node or build server outlives a run (a reused node
/// would keep an old task assembly loaded and share state between tests); the environment is the test's own, minus
/// anything the test host's MSBuild leaked in, plus the variables a test sets (the cache, the gateway, the key).
/// </summary>
public static class DotNetCli
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    public static async Task<DotNetResult> RunAsync(
        string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, TimeSpan? timeout = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var start = CreateStartInfo(workingDirectory, arguments, environment);
        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timer = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timer.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} did not finish in {limit}:{Environment.NewLine}{output}");
        }

        process.WaitForExit();
        lock (output)
        {
            return new DotNetResult(process.ExitCode, output.ToString(), "dotnet " + string.Join(' ', start.ArgumentList));
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    /// <summary>
    /// The start of every child <c>dotnet</c> of the tests and benchmarks: output redirected, no MSBuild node reuse,
    /// the host's MSBuild and PIXAZO_* variables removed (a test host run by 'dotnet test' has MSBuild's, which would
    /// redirect the child's SDK resolution), then <paramref name="environment"/> on top.
    /// </summary>
    public static ProcessStartInfo CreateStartInfo(string workingDirectory, IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (string name in start.Environment.Keys.ToList())
        {
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.StartsWith("_MSBUILD", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("PIXAZO_", StringComparison.OrdinalIgnoreCase) || name.Equals("DOTNET_HOST_PATH", StringComparison.OrdinalIgnoreCase))
            {
                start.Environment.Remove(name);
            }
        }

        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["NUGET_XMLDOC_MODE"] = "skip";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }
}
