using System.Net;
using System.Text;
using System.Text.Json;
using PixazoTts.Emulator.Tests.Infrastructure;
using TestGateway = PixazoTts.Emulator.Tests.Infrastructure.Gateway;

namespace PixazoTts.Emulator.Tests.Conformance;

/// <summary>
/// Every kind of answer the emulator gives, checked against what spec/pixazo-tts.openapi.yaml documents for that
/// operation and status code: the code is documented, the body matches the documented schema and invents no
/// member, and documented headers are present.
/// </summary>
public sealed class SpecConformanceTests
{
    private const string GoodKey = "conformance-key";
    private const string ForbiddenKey = "forbidden-key";

    public static TheoryData<string, int> GenerateAnswers => new()
    {
        { "accepted", 202 },
        { "body without text", 400 },
        { "body that is not JSON", 400 },
        { "webhook url that is not absolute", 400 },
        { "model disabled", 400 },
        { "no key", 401 },
        { "wrong key", 401 },
        { "wallet spent", 402 },
        { "forbidden key", 403 },
        { "too many in flight", 429 },
        { "injected 429", 429 },
        { "injected 500", 500 },
    };

    public static TheoryData<string, int> StatusAnswers => new()
    {
        { "QUEUED", 200 },
        { "PROCESSING", 200 },
        { "COMPLETED", 200 },
        { "FAILED", 200 },
        { "ERROR", 200 },
        { "no key", 401 },
        { "forbidden key", 403 },
        { "unknown request id", 404 },
        { "injected 429", 429 },
        { "injected 500", 500 },
    };

    [Theory]
    [MemberData(nameof(GenerateAnswers))]
    public async Task Every_generate_answer_is_documented_by_the_spec(string scenario, int expected)
    {
        var options = new EmulatorOptions
        {
            LatencyMs = 60_000,
            ApiKey = GoodKey,
            ForbiddenKey = ForbiddenKey,
            ModelDisabled = scenario == "model disabled",
            BalanceUsd = scenario == "wallet spent" ? 0m : null,
            MaxInFlight = scenario == "too many in flight" ? 1 : 0,
            Rate429 = scenario == "injected 429" ? 1 : 0,
            Rate500 = scenario == "injected 500" ? 1 : 0,
        };
        await using var gateway = await TestGateway.StartAsync(options, new ManualClock(ManualClock.DocumentationStart));
        if (scenario == "too many in flight")
        {
            using var first = await SendGenerateAsync(gateway, TestGateway.ExampleRequestJson, GoodKey);
            Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        }

        string body = scenario switch
        {
            "body without text" => """{ "voice": "Kore" }""",
            "body that is not JSON" => "text=hello",
            _ => TestGateway.ExampleRequestJson,
        };
        string? key = scenario switch
        {
            "no key" => null,
            "wrong key" => "not-the-key",
            "forbidden key" => ForbiddenKey,
            _ => GoodKey,
        };

        using var response = await SendGenerateAsync(gateway, body, key, scenario == "webhook url that is not absolute" ? "/relative/callback" : null);
        string answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, (int)response.StatusCode);
        OpenApiSpec.AssertAnswerConforms("post", OpenApiSpec.GeneratePath, response, answer);
    }

    [Theory]
    [MemberData(nameof(StatusAnswers))]
    public async Task Every_status_answer_is_documented_by_the_spec(string scenario, int expected)
    {
        var clock = new ManualClock(ManualClock.DocumentationStart);
        var options = new EmulatorOptions
        {
            LatencyMs = 10_000,
            ApiKey = GoodKey,
            ForbiddenKey = ForbiddenKey,
            RateFailed = scenario == "FAILED" ? 1 : 0,
            RateError = scenario == "ERROR" ? 1 : 0,
            Rate429 = scenario == "injected 429" ? 1 : 0,
            Rate500 = scenario == "injected 500" ? 1 : 0,
        };
        await using var gateway = await TestGateway.StartAsync(options, clock);

        // Injected faults come before the lookup (and would refuse the submit too), so those ask for any id.
        string requestId = "gemini-flash-tts_00000000-0000-0000-0000-000000000000";
        if (options.Rate429 == 0 && options.Rate500 == 0 && scenario != "unknown request id")
        {
            using var submitted = await SendGenerateAsync(gateway, TestGateway.ExampleRequestJson, GoodKey);
            requestId = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("request_id").GetString()!;
        }

        clock.Advance(scenario switch
        {
            "PROCESSING" => TimeSpan.FromSeconds(5),
            "COMPLETED" or "FAILED" or "ERROR" => TimeSpan.FromSeconds(10),
            _ => TimeSpan.Zero,
        });

        using var request = new HttpRequestMessage(HttpMethod.Get, "v2/requests/status/" + requestId);
        if (scenario != "no key")
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", scenario == "forbidden key" ? ForbiddenKey : GoodKey);
        }

        using var response = await gateway.Http.SendAsync(request);
        string answer = await response.Content.ReadAsStringAsync();

        Assert.Equal(expected, (int)response.StatusCode);
        OpenApiSpec.AssertAnswerConforms("get", OpenApiSpec.StatusPath, response, answer);
        if (expected == 200)
        {
            Assert.Equal(scenario, JsonDocument.Parse(answer).RootElement.GetProperty("status").GetString());
        }
    }

    [Theory]
    [InlineData("COMPLETED")]
    [InlineData("FAILED")]
    [InlineData("ERROR")]
    public async Task The_webhook_body_is_the_spec_callback_body(string outcome)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, RateFailed = outcome == "FAILED" ? 1 : 0, RateError = outcome == "ERROR" ? 1 : 0 });

        await gateway.SubmitAsync(webhook: receiver.Url.AbsoluteUri);
        var delivery = await receiver.NextAsync();

        OpenApiSpec.AssertCallbackConforms(delivery.Body);
        Assert.Equal(outcome, JsonDocument.Parse(delivery.Body).RootElement.GetProperty("status").GetString());
    }

    private static Task<HttpResponseMessage> SendGenerateAsync(TestGateway gateway, string body, string? key, string? webhook = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, TestGateway.GeneratePath) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.CacheControl = new System.Net.Http.Headers.CacheControlHeaderValue { NoCache = true };
        if (key is not null)
        {
            request.Headers.Add("Ocp-Apim-Subscription-Key", key);
        }

        if (webhook is not null)
        {
            request.Headers.Add("X-Webhook-URL", webhook);
        }

        return gateway.Http.SendAsync(request);
    }
}
