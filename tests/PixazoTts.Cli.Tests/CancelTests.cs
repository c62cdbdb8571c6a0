using System.Runtime.InteropServices;
using PixazoTts.Cli.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Cli.Tests;

/// <summary>Ctrl+C (SIGINT) stops <c>sync</c> with exit code 130 and leaves the cache consistent: no temporary file, only valid entries, accepted jobs journalled for the next run.</summary>
[Collection(CliToolGroup.Name)]
public sealed class CancelTests(CliToolFixture tool)
{
    [Fact]
    public async Task Ctrl_C_during_sync_exits_130_and_the_next_sync_collects_the_paid_jobs()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 3_000 });
        var cli = new CliRunner(tool.Command, tool.NewWorkDirectory("cancel"));
        cli.Environment["PIXAZO_API_KEY"] = "sk-cancel";
        cli.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        cli.WriteLines("Voice/intro.tts.json", 12);

        using var process = cli.Start("sync", "Voice", "--out", "Out", "--concurrency", "4");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (emulator.Stats.Accepted < 4 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.Equal(0, Kill(process.Id, 2));
        using (var bound = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            await process.WaitForExitAsync(bound.Token);
        }

        string stderr = await error;
        Assert.True(process.ExitCode == 130, "exit " + process.ExitCode + ": " + stderr + await output);
        Assert.Contains("error PTTS2310: Canceled", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(cli.CacheDirectory, "*.tmp", SearchOption.AllDirectories));
        int journalled = Directory.EnumerateFiles(Path.Combine(cli.CacheDirectory, "v1", "journal"), "*", SearchOption.AllDirectories).Count();
        Assert.True(journalled >= 1, "the accepted jobs are journalled");
        Assert.False(File.Exists(Path.Combine(cli.WorkingDirectory, "Out", "pixazo-tts.manifest.json")));

        // The next run submits only the lines never accepted (every line is paid for once), and the cache checks out.
        var again = await cli.RunAsync("sync", "Voice", "--out", "Out", "--json");
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal(journalled, again.Json.GetProperty("resumed").GetInt32());
        Assert.Equal(12, emulator.Stats.Generate);
        Assert.Equal(0, (await cli.RunAsync("cache", "verify")).ExitCode);
    }

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
