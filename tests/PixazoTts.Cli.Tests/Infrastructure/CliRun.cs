using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace PixazoTts.Cli.Tests.Infrastructure;

/// <summary>One run of the installed tool: exit code, standard output and standard error apart (--json goes to stdout only).</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public JsonElement Json => JsonDocument.Parse(Output).RootElement;

    public override string ToString() => $"exit {ExitCode}{Environment.NewLine}stdout:{Environment.NewLine}{Output}{Environment.NewLine}stderr:{Environment.NewLine}{Error}";
}

/// <summary>Runs <c>pixazo-tts</c> in a working folder with an environment of the test's own (its cache, its gateway, its key).</summary>
public sealed class CliRunner
{
    private readonly string _command;

    public CliRunner(string command, string workingDirectory)
    {
        _command = command;
        WorkingDirectory = workingDirectory;
        Environment["PIXAZO_TTS_CACHE"] = Path.Combine(workingDirectory, "cache");
    }

    public string WorkingDirectory { get; }

    public Dictionary<string, string?> Environment { get; } = new(StringComparer.Ordinal);

    public string CacheDirectory => Environment["PIXAZO_TTS_CACHE"]!;

    public Process Start(params string[] arguments)
    {
        var start = DotNetCli.CreateStartInfo(WorkingDirectory, arguments, Environment);
        start.FileName = _command;
        return Process.Start(start)!;
    }

    public async Task<CliResult> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await output, await error);
    }

    /// <summary>Writes a file below the working folder (UTF-8 without BOM) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        string path = Path.Combine(WorkingDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>A script with <paramref name="count"/> lines <c>line0..</c>, texts unique to <paramref name="name"/>.</summary>
    public string WriteLines(string relativePath, int count, string name = "")
    {
        string stem = Path.GetFileName(relativePath).Split('.')[0];
        var lines = Enumerable.Range(0, count).Select(i => $"    \"line{i}\": \"{name}{stem} line number {i}.\"");
        return Write(relativePath, "{\n  \"voice\": \"Kore\",\n  \"lines\": {\n" + string.Join(",\n", lines) + "\n  }\n}\n");
    }
}
