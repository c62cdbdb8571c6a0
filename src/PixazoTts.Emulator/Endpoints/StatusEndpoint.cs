using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PixazoTts.Emulator.Documents;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Jobs;
using PixazoTts.Emulator.Statistics;

namespace PixazoTts.Emulator.Endpoints;

/// <summary><c>GET /v2/requests/status/{request_id}</c>: the job's status document, as of now.</summary>
internal static class StatusEndpoint
{
    public static string PathFor(string requestId) => "/v2/requests/status/" + Uri.EscapeDataString(requestId);

    public static void Map(IEndpointRouteBuilder routes) => routes.MapGet("/v2/requests/status/{requestId}", HandleAsync);

    private static async Task<IResult> HandleAsync(string requestId, HttpContext context, GatewayFront front, FaultInjector faults, JobStore jobs, StatusBodyFactory documents, EmulatorCounters counters, JobClock clock)
    {
        counters.CountStatus();
        if (await front.EnterAsync(context, faults.NextStatusFault()).ConfigureAwait(false) is { } early)
        {
            return early;
        }

        var job = jobs.Find(requestId);
        if (job is null)
        {
            return GatewayErrors.NotFound();
        }

        // The key belongs to the origin the job was submitted to; a status request carrying it anywhere else
        // (a polling_url on another origin that a client followed with its key) is a leak.
        if (!Origins.AreSame(Origins.Of(context.Request), job.GatewayOrigin))
        {
            counters.CountKeyLeak();
        }

        return Results.Json(documents.Create(job, job.StatusAt(clock.Now)), EmulatorJson.Options);
    }
}
