using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using PixazoTts.Emulator;

namespace PixazoTts.Emulator.Tests.Infrastructure;

/// <summary>
/// A started emulator and plain HTTP calls to it, exactly as the API documentation shows them (no client library),
/// so these tests check the emulator's wire behaviour and nothing of ours in between.
/// </summary>
public sealed class Gateway : IAsyncDisposable
{
    public const string Key = "test-subscription-key";
    public const string GeneratePath = "gemini-flash-tts/v1/gemini-flash-tts/generate";

    private Gateway(EmulatorHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseUrl, Timeout = TimeSpan.FromSeconds(60) };
    }

    public EmulatorHost Host { get; }

    public HttpClient Http { get; }

    public static async Task<Gateway> StartAsync(EmulatorOptions? options = null) =>
        new(await EmulatorHost.StartAsync(options ?? new EmulatorOptions { LatencyMs = 200 }));

    /// <summary>An emulator whose jobs follow <paramref name="clock"/> instead of real time.</summary>
    public static async Task<Gateway> StartAsync(EmulatorOptions options, TimeProvider clock) =>
        new(await EmulatorHost.StartAsync(options, "http://127.0.0.1:0", configureLogging: null, clock, CancellationToken.None));

    /// <summary>The documentation's example request.</summary>
    public static object ExampleRequest => new
    {
        text = "Hey there, I am a new text to speech model and I can say things in many different ways.",
        voice = "Algenib",
        prompt = "Say this in a dramatic, theatrical tone",
        language_code = "en-GB",
    };

    /// <summary>The documentation's example request, as the JSON text its curl command sends.</summary>
    public const string ExampleRequestJson = """
        {
          "text": "Hey there, I am a new text to speech model and I can say things in many different ways.",
          "voice": "Algenib",
          "prompt": "Say this in a dramatic, theatrical tone",
          "language_code": "en-GB"
        }
        """;

    public Task<HttpResponseMessage> GenerateAsync(object? body = null, string? key = Key, string? webhook = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, GeneratePath) { Content = JsonContent.Create(body ?? ExampleRequest) };
        if (key is not null)
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", key);
        }

        if (webhook is not null)
        {
            request.Headers.Add("X-Webhook-URL", webhook);
        }

        return Http.SendAsync(request);
    }

    public Task<HttpResponseMessage> StatusAsync(string requestId, string? key = Key)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "v2/requests/status/" + requestId);
        if (key is not null)
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", key);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Submits and returns the request id.</summary>
    public async Task<string> SubmitAsync(object? body = null, string? webhook = null)
    {
        using var response = await GenerateAsync(body, webhook: webhook);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("request_id").GetString()!;
    }

    /// <summary>Polls (briefly, the emulator is fast here) until a terminal status; returns the body and every status seen.</summary>
    public async Task<(JsonElement Body, List<string> Seen)> WaitForTerminalAsync(string requestId)
    {
        var seen = new List<string>();
        for (int attempt = 0; attempt < 600; attempt++)
        {
            using var response = await StatusAsync(requestId);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
            string status = body.GetProperty("status").GetString()!;
            if (seen.Count == 0 || seen[^1] != status)
            {
                seen.Add(status);
            }

            if (status is "COMPLETED" or "FAILED" or "ERROR")
            {
                return (body, seen);
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The job never reached a terminal status: " + string.Join(" -> ", seen));
    }

    public async Task<JsonElement> StatsAsync()
    {
        using var response = await Http.GetAsync("_emulator/stats");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
