using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace PixazoTts.Emulator.Tests.Process;

/// <summary>
/// The emulator's command line as a process: bad knobs, a port in use, and Ctrl+C / SIGTERM. These run the built
/// program with <c>dotnet PixazoTts.Emulator.dll</c> rather than <c>dotnet run</c>: each <c>dotnet run</c> spends a
/// second or more evaluating the project before it starts the same program, and this class starts it a dozen times.
/// The contract command itself (<c>dotnet run --project ...</c>) is exercised by <see cref="EmulatorCommandTests"/>.
/// </summary>
public sealed class CommandLineTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private static string EmulatorDll => Path.Combine(AppContext.BaseDirectory, "PixazoTts.Emulator.dll");

    [Theory]
    [InlineData("--latency-ms", "--latency-ms", "abc")]
    [InlineData("--latency-ms", "--latency-ms", "-5")]
    [InlineData("--seed", "--seed", "1.5")]
    [InlineData("--max-in-flight", "--max-in-flight", "-2")]
    [InlineData("--rate-429", "--rate-429", "1.5")]
    [InlineData("--rate-500", "--rate-500", "0,5")]
    [InlineData("--rate-failed", "--rate-failed", "0.7", "--rate-error", "0.7")]
    [InlineData("--balance-usd", "--balance-usd", "lots")]
    [InlineData("--price-usd", "--price-usd", "-1")]
    [InlineData("--urls", "--urls", "not a url")]
    [InlineData("--urls", "--urls", "http://127.0.0.1:70000")]
    [InlineData("--urls", "--urls", "https://127.0.0.1:0")]
    [InlineData("--webhook-url", "--webhook-url", "/relative/callback")]
    [InlineData("--hostile", "--hostile", "friendly")]
    [InlineData("--api-key", "--api-key")]
    [InlineData("--no-such-knob", "--no-such-knob")]
    public async Task A_bad_knob_is_one_line_on_stderr_naming_it_and_exit_code_2(string named, params string[] arguments)
    {
        var (exit, child) = await RunToEndAsync(arguments);

        Assert.True(exit == 2, $"exit code {exit}:\n{child.Output}");
        string[] lines = child.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, "expected one line on stderr:\n" + child.Error);
        Assert.Contains(named, lines[0], StringComparison.Ordinal);
        Assert.Contains("--help", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", child.Output, StringComparison.Ordinal);
        Assert.True(string.IsNullOrWhiteSpace(child.Output.Replace(child.Error, string.Empty, StringComparison.Ordinal)), "nothing but the error is printed:\n" + child.Output);
    }

    [Fact]
    public async Task A_port_in_use_is_one_line_and_exit_code_1()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        int port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var (exit, child) = await RunToEndAsync("--urls", $"http://127.0.0.1:{port}");

        Assert.True(exit == 1, $"exit code {exit}:\n{child.Output}");
        string[] lines = child.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1, "expected one line on stderr:\n" + child.Output);
        Assert.Contains(port.ToString(System.Globalization.CultureInfo.InvariantCulture), lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", child.Output, StringComparison.Ordinal);
    }

    [UnixTheory]
    [InlineData(2, "SIGINT (Ctrl+C)")]
    [InlineData(15, "SIGTERM")]
    public async Task A_stop_signal_stops_it_gracefully_with_exit_code_0(int signal, string name)
    {
        using var emulator = StartWithDefaultSignals("--urls", "http://127.0.0.1:0", "--latency-ms", "60000");
        var baseUrl = await emulator.WaitForListeningAsync(Bound);

        // A job in flight: its timer must not keep the process alive.
        using (var http = new HttpClient())
        using (var submit = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, "gemini-flash-tts/v1/gemini-flash-tts/generate")) { Content = new StringContent("""{"text":"Still talking when told to stop."}""", System.Text.Encoding.UTF8, "application/json") })
        {
            submit.Headers.Add("Ocp-Apim-Subscription-Key", "any-key");
            using var accepted = await http.SendAsync(submit);
            Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        }

        Assert.Equal(0, Kill(emulator.Process.Id, signal));
        bool exited = await emulator.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exited, $"the emulator ignored {name}:\n{emulator.Output}");
        Assert.True(emulator.Process.ExitCode == 0, $"exit code {emulator.Process.ExitCode} after {name}:\n{emulator.Output}");
        Assert.Contains("PixazoTts emulator stopping.", emulator.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", emulator.Output, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, ChildProcess Child)> RunToEndAsync(params string[] arguments)
    {
        var child = ChildProcess.Start("dotnet", [EmulatorDll, .. arguments], AppContext.BaseDirectory);
        bool exited = await child.WaitForExitAsync(Bound);
        Assert.True(exited, "the emulator did not exit:\n" + child.Output);

        // WaitForExitAsync also waits for the redirected streams to end, so the output is complete here.
        return (child.Process.ExitCode, child);
    }

    /// <summary>
    /// Starts the emulator with every signal at its default disposition, as from a terminal: a test runner started
    /// in the background of a non-interactive shell passes SIGINT down ignored, and Ctrl+C could not be tested.
    /// </summary>
    private static ChildProcess StartWithDefaultSignals(params string[] arguments) =>
        OperatingSystem.IsLinux()
            ? ChildProcess.Start("env", ["--default-signal", "dotnet", EmulatorDll, .. arguments], AppContext.BaseDirectory)
            : ChildProcess.Start("dotnet", [EmulatorDll, .. arguments], AppContext.BaseDirectory);

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
