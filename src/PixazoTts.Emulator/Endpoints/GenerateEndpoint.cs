using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PixazoTts.Emulator.Documents;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Jobs;
using PixazoTts.Emulator.Statistics;

namespace PixazoTts.Emulator.Endpoints;

/// <summary><c>POST /gemini-flash-tts/v1/gemini-flash-tts/generate</c>: validate, admit, answer 202 with the request id.</summary>
internal static class GenerateEndpoint
{
    public const string Path = "/gemini-flash-tts/v1/gemini-flash-tts/generate";
    private const string WebhookHeader = "X-Webhook-URL";
    private const string TextRequired = "'text' is required and must be a non-empty string";

    public static void Map(IEndpointRouteBuilder routes) => routes.MapPost(Path, HandleAsync);

    private static async Task<IResult> HandleAsync(HttpContext context, EmulatorOptions options, GatewayFront front, FaultInjector faults, JobStore jobs, EmulatorCounters counters)
    {
        counters.CountGenerate();
        if (await front.EnterAsync(context, faults.NextGenerateFault()).ConfigureAwait(false) is { } early)
        {
            return early;
        }

        if (options.ModelDisabled)
        {
            return GatewayErrors.ModelNotFound();
        }

        var (request, problem) = await ReadRequestAsync(context).ConfigureAwait(false);
        if (request is null)
        {
            return GatewayErrors.BadRequest(problem!);
        }

        Uri? webhookUrl = null;
        var webhookHeader = context.Request.Headers[WebhookHeader].ToString();
        if (webhookHeader.Length > 0 && !Origins.TryParseHttp(webhookHeader, out webhookUrl))
        {
            return GatewayErrors.BadRequest("'X-Webhook-URL' must be an absolute http(s) URL");
        }

        var gatewayOrigin = Origins.Of(context.Request);
        var admission = jobs.TrySubmit(request, gatewayOrigin, webhookUrl);
        switch (admission.Refusal)
        {
            case AdmissionRefusal.TooManyInFlight:
                counters.CountRateLimited();
                return GatewayErrors.TooManyRequests(context.Response, admission.RetryAfterSeconds);
            case AdmissionRefusal.InsufficientBalance:
                return GatewayErrors.InsufficientBalance(options.PriceUsd);
        }

        counters.CountAccepted();
        var job = admission.Job!;
        var pollingOrigin = options.Hostile.HasFlag(EmulatorHostileModes.ForeignPollingUrl)
            ? Origins.ForeignOf(gatewayOrigin, options)
            : options.PollingBaseUrl?.AbsoluteUri ?? gatewayOrigin;
        var pollingUrl = Origins.Combine(pollingOrigin, StatusEndpoint.PathFor(job.RequestId));
        return Results.Json(new AcceptedBody(job.RequestId, "QUEUED", pollingUrl), EmulatorJson.Options, statusCode: StatusCodes.Status202Accepted);
    }

    private static async Task<(TtsUtterance? Request, string? Problem)> ReadRequestAsync(HttpContext context)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return (null, "The request body must be a JSON object: " + TextRequired);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, "The request body must be a JSON object: " + TextRequired);
            }

            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(text.GetString()))
            {
                return (null, TextRequired);
            }

            string? voice = null, prompt = null, languageCode = null;
            foreach (var (name, setter) in new (string, Action<string?>)[] { ("voice", v => voice = v), ("prompt", v => prompt = v), ("language_code", v => languageCode = v) })
            {
                if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
                {
                    if (value.ValueKind != JsonValueKind.String)
                    {
                        return (null, "'" + name + "' must be a string");
                    }

                    setter(value.GetString());
                }
            }

            return (new TtsUtterance(text.GetString()!, voice: voice, prompt: prompt, languageCode: languageCode), null);
        }
    }
}
