using System.Runtime.InteropServices;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Emulator.Tests.Infrastructure;

namespace PixazoTts.Emulator.Tests.Process;

/// <summary>
/// The emulator as a user starts it (the contract command) and talks to it (the documentation's own curl commands,
/// with only the base URL and key changed), and as a user stops it (SIGTERM / Ctrl+C).
/// </summary>
public sealed class EmulatorCommandTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_contract_command_serves_the_documentations_curl_session_and_stops_on_SIGTERM()
    {
        string root = OpenApiSpec.RepositoryRoot;

        // --no-build: the test run has just built the emulator (it is a reference of this project), and a second
        // build of it here would race with the solution build. Port 0, and the address read back from the emulator's
        // own line: a port picked here and bound later could be taken meanwhile by a test running in parallel.
        using var emulator = ChildProcess.Start("dotnet", ["run", "--project", Path.Combine(root, "src", "PixazoTts.Emulator"), "--no-build", "--", "--urls", "http://127.0.0.1:0", "--latency-ms", "500"], root);
        string baseUrl = (await emulator.WaitForListeningAsync(Bound)).GetLeftPart(UriPartial.Authority);
        Assert.Equal("127.0.0.1", new Uri(baseUrl).Host);
        Assert.NotEqual(0, new Uri(baseUrl).Port);
        await WaitUntilAnsweringAsync(emulator, baseUrl);

        // The documentation's generate example, verbatim but for the host and the key.
        var (exit, submitted) = await CurlAsync(
            "-sS", "-X", "POST", baseUrl + "/gemini-flash-tts/v1/gemini-flash-tts/generate",
            "-H", "Content-Type: application/json",
            "-H", "Cache-Control: no-cache",
            "-H", "Ocp-Apim-Subscription-Key: YOUR_SUBSCRIPTION_KEY",
            "--data-raw", """
            {
                "text": "Hey there, I am a new text to speech model and I can say things in many different ways.",
                "voice": "Algenib",
                "prompt": "Say this in a dramatic, theatrical tone",
                "language_code": "en-GB"
              }
            """);
        Assert.True(exit == 0, submitted);
        OpenApiSpec.AssertMatches("TtsGenerateAccepted", submitted);
        string requestId = JsonDocument.Parse(submitted).RootElement.GetProperty("request_id").GetString()!;

        // The documentation's status example, polled until done.
        JsonElement status = default;
        for (int attempt = 0; attempt < 100; attempt++)
        {
            var (statusExit, body) = await CurlAsync("-sS", "-H", "Ocp-Apim-Subscription-Key: YOUR_API_KEY", baseUrl + "/v2/requests/status/" + requestId);
            Assert.True(statusExit == 0, body);
            status = JsonDocument.Parse(body).RootElement.Clone();
            if (status.GetProperty("status").GetString() == "COMPLETED")
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.Equal("COMPLETED", status.GetProperty("status").GetString());
        string wavPath = Path.Combine(Path.GetTempPath(), "pixazotts-curl-" + Guid.NewGuid().ToString("N") + ".wav");
        try
        {
            var (downloadExit, downloadOutput) = await CurlAsync("-sS", "-o", wavPath, status.GetProperty("output").GetProperty("media_url")[0].GetString()!);
            Assert.True(downloadExit == 0, downloadOutput);
            Assert.True(WavFile.TryInspect(await File.ReadAllBytesAsync(wavPath), out var info, out string? problem), problem);
            Assert.Equal(24000, info!.SampleRate);
        }
        finally
        {
            File.Delete(wavPath);
        }

        // Stop it the way a terminal or a service manager does.
        Assert.Equal(0, Kill(emulator.Process.Id, 15));
        bool exited = await emulator.WaitForExitAsync(TimeSpan.FromSeconds(30));
        Assert.True(exited, "the emulator ignored SIGTERM:\n" + emulator.Output);
    }

    [Fact]
    public async Task A_bad_knob_is_one_clear_line_and_a_non_zero_exit_without_a_stack_trace()
    {
        string root = OpenApiSpec.RepositoryRoot;

        var (exit, output) = await ChildProcess.RunAsync("dotnet", ["run", "--project", Path.Combine(root, "src", "PixazoTts.Emulator"), "--no-build", "--", "--urls", "http://127.0.0.1:0", "--rate-429", "1.5"], root, Bound);

        // RunAsync fails the test if the command hangs, so this is the documented exit code of a bad knob, not a
        // timeout's stand-in.
        Assert.Equal(2, exit);
        Assert.Contains("rate-429", output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_lists_every_contract_knob()
    {
        string root = OpenApiSpec.RepositoryRoot;

        var (exit, output) = await ChildProcess.RunAsync("dotnet", ["run", "--project", Path.Combine(root, "src", "PixazoTts.Emulator"), "--no-build", "--", "--help"], root, Bound);

        Assert.Equal(0, exit);
        foreach (string knob in new[] { "--urls", "--api-key", "--latency-ms", "--seed", "--max-in-flight", "--balance-usd", "--price-usd", "--rate-429", "--rate-500", "--rate-failed", "--rate-error", "--rate-truncated", "--rate-drop" })
        {
            Assert.Contains(knob, output, StringComparison.Ordinal);
        }
    }

    private static async Task WaitUntilAnsweringAsync(ChildProcess emulator, string baseUrl)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(emulator.Process.HasExited, "the emulator exited:\n" + emulator.Output);
            try
            {
                using var response = await http.GetAsync(baseUrl + "/_emulator/stats");
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        Assert.Fail("the emulator never answered:\n" + emulator.Output);
    }

    private static Task<(int ExitCode, string Output)> CurlAsync(params string[] arguments) =>
        ChildProcess.RunAsync("curl", arguments, Path.GetTempPath(), TimeSpan.FromSeconds(60));

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
