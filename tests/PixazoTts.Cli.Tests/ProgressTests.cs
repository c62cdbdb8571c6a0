using System.Diagnostics;
using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary>
/// The progress display in a real terminal: <c>sync</c> runs inside a detached tmux session (a pseudo-terminal, as a
/// user's shell), and the pane is captured when it is done. Redirected, the same command writes one plain line per line.
/// </summary>
[Collection(CliToolGroup.Name)]
public sealed class ProgressTests(CliToolFixture tool)
{
    [Fact]
    public async Task Sync_in_a_terminal_draws_a_progress_bar_and_redirected_writes_plain_lines()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 150 });
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("progress"));
        cli.WriteLines("Voice/intro.tts.json", 24);
        string socket = "pixazo-cli-" + Guid.NewGuid().ToString("N")[..8];
        string done = Path.Combine(cli.WorkingDirectory, "exit-code.txt");
        string shellLine = string.Join(' ',
            "env", $"PIXAZO_TTS_CACHE='{cli.CacheDirectory}'", $"PIXAZO_BASE_URL='{emulator.BaseUrl.AbsoluteUri}'", "PIXAZO_API_KEY=sk-tmux", "TERM=xterm-256color",
            $"'{tool.Command}'", "sync", "Voice", "--out", "Out", "--concurrency", "4", ">", "sync-stdout.txt", ";", "echo", "$?", ">", $"'{done}'", ";", "sleep", "600");
        try
        {
            await TmuxAsync(socket, "new-session", "-d", "-s", "sync", "-x", "160", "-y", "40", "-c", cli.WorkingDirectory, shellLine);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (!File.Exists(done) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }

            Assert.True(File.Exists(done), "sync did not finish in the tmux session");
            Assert.Equal("0", (await File.ReadAllTextAsync(done)).Trim());
            string pane = await TmuxAsync(socket, "capture-pane", "-p", "-t", "sync");

            Assert.Contains("Synthesizing 24/24 lines", pane, StringComparison.Ordinal);
            Assert.Contains("100%", pane, StringComparison.Ordinal);
            Assert.Contains("━", pane, StringComparison.Ordinal);
            Assert.DoesNotContain("[1/24]", pane, StringComparison.Ordinal);
            Assert.Contains("24 lines, 24 distinct", await File.ReadAllTextAsync(Path.Combine(cli.WorkingDirectory, "sync-stdout.txt")));
        }
        finally
        {
            await TmuxAsync(socket, "kill-server");
        }

        // The same work redirected (CI): no bar, one line per line made.
        cli.WriteLines("Voice/intro.tts.json", 24, "more ");
        cli.Environment["PIXAZO_API_KEY"] = "sk-redirected";
        cli.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        var redirected = await cli.RunAsync("sync", "Voice", "--out", "Out");
        Assert.True(redirected.ExitCode == 0, redirected.ToString());
        Assert.Equal(24, redirected.Error.Split('\n').Count(l => l.StartsWith('[') && l.Contains("/24] intro/line", StringComparison.Ordinal) && l.Contains("— synthesized in", StringComparison.Ordinal)));
        Assert.DoesNotContain("━", redirected.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", redirected.Error, StringComparison.Ordinal);
    }

    private static async Task<string> TmuxAsync(string socket, params string[] arguments)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(socket);
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        string output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return output;
    }
}
