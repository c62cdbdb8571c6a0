using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests.Packages;

/// <summary>
/// The emulator as the .NET tool <c>pixazo-tts-emulator</c>: installed from the folder feed into a temporary tool
/// path, started with knobs, answering the gateway's protocol, and stopped by SIGTERM.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class EmulatorToolTests(PackageFeedFixture feed)
{
    /// <summary>DESIGN.md "Emulator knobs" plus <c>--urls</c>: the contract command's options.</summary>
    private static readonly string[] ContractOptions =
    [
        "--urls", "--api-key", "--latency-ms", "--seed", "--max-in-flight", "--balance-usd", "--price-usd",
        "--rate-429", "--rate-500", "--rate-failed", "--rate-error", "--rate-truncated", "--rate-drop",
    ];

    [Fact]
    public async Task The_installed_tool_takes_the_contract_knobs_answers_the_protocol_and_stops_on_SIGTERM()
    {
        string work = feed.NewWorkDirectory("emulator-tool");
        string command = await EmulatorTool.InstallAsync(feed, Path.Combine(work, "tools"));

        // Exactly the contract command's options (the same program as dotnet run in the repository).
        var (helpExit, help) = await EmulatorTool.RunToExitAsync(command, "--help");
        Assert.Equal(0, helpExit);
        foreach (string option in ContractOptions)
        {
            Assert.Contains(option, help, StringComparison.Ordinal);
        }

        const string key = "emulator-tool-key";
        using var emulator = await EmulatorTool.StartAsync(command, "--api-key", key, "--latency-ms", "150", "--seed", "11", "--balance-usd", "0.05", "--price-usd", "0.04");
        Assert.Equal("127.0.0.1", emulator.BaseUrl.Host);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };

        // --api-key: another key is refused.
        using (var refused = await SubmitAsync(http, "wrong-key"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        // The documented flow: 202 QUEUED, then COMPLETED, then the WAV from the media URL.
        using var accepted = await SubmitAsync(http, key);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var job = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("QUEUED", job.GetProperty("status").GetString());
        string requestId = job.GetProperty("request_id").GetString()!;
        Assert.StartsWith("gemini-flash-tts_", requestId, StringComparison.Ordinal);

        JsonElement status = default;
        for (int check = 0; check < 100; check++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "v2/requests/status/" + requestId);
            request.Headers.Add("Ocp-Apim-Subscription-Key", key);
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            status = await response.Content.ReadFromJsonAsync<JsonElement>();
            if (status.GetProperty("status").GetString() is "COMPLETED" or "FAILED" or "ERROR")
            {
                break;
            }

            await Task.Delay(50);
        }

        Assert.Equal("COMPLETED", status.GetProperty("status").GetString());
        var media = await http.GetByteArrayAsync(status.GetProperty("output").GetProperty("media_url")[0].GetString());
        Assert.True(WavFile.TryInspect(media, out var info, out string? problem), problem);
        Assert.Equal(24000, info!.SampleRate);

        // --balance-usd 0.05 at --price-usd 0.04: the second job cannot be paid for.
        using (var broke = await SubmitAsync(http, key))
        {
            Assert.Equal(HttpStatusCode.PaymentRequired, broke.StatusCode);
            Assert.Contains("Required: $0.04", await broke.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var stats = await http.GetFromJsonAsync<JsonElement>("_emulator/stats");
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
        Assert.Equal(0.04m, stats.GetProperty("charged_usd").GetDecimal());
        Assert.Equal(0, stats.GetProperty("key_leaks").GetInt32());

        Assert.Equal(0, await emulator.StopWithSigtermAsync());
        Assert.Contains("stopping", emulator.Output, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> SubmitAsync(HttpClient http, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "gemini-flash-tts/v1/gemini-flash-tts/generate")
        {
            Content = new StringContent("""{"text": "Hello from the tool.", "voice": "Kore"}""", Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Ocp-Apim-Subscription-Key", key);
        return http.SendAsync(request);
    }
}
