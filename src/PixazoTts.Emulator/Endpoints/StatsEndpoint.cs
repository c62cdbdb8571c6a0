using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PixazoTts.Emulator.Documents;

namespace PixazoTts.Emulator.Endpoints;

/// <summary>
/// <c>GET /_emulator/stats</c> (the counters, contract), <c>GET /_emulator/requests</c> (what each accepted job asked
/// for) and <c>POST /_emulator/reset</c> (clear jobs, counters, wallet).
/// </summary>
internal static class StatsEndpoint
{
    public const string StatsPath = "/_emulator/stats";
    public const string ResetPath = "/_emulator/reset";
    public const string RequestsPath = "/_emulator/requests";

    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet(StatsPath, (EmulatorState state) => Results.Json(state.Snapshot(), EmulatorJson.Options));
        routes.MapGet(RequestsPath, (EmulatorState state) => Results.Json(state.Requests(), EmulatorJson.Options));
        routes.MapPost(ResetPath, (EmulatorState state) =>
        {
            state.Reset();
            return Results.NoContent();
        });
    }
}
