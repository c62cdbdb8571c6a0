using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace PixazoTts.Emulator.Endpoints;

/// <summary><c>GET /</c>: says what this is, for whoever opens the URL in a browser.</summary>
internal static class AboutEndpoint
{
    private const string About =
        "PixazoTts emulator: a local stand-in for the Pixazo gateway's Gemini 3.1 Flash TTS API.\n"
        + "\n"
        + "  POST " + GenerateEndpoint.Path + "   (header Ocp-Apim-Subscription-Key)\n"
        + "  GET  /v2/requests/status/{request_id}\n"
        + "  GET  /_cdn/{request_id}/output.wav   (the CDN stand-in; never send the key here)\n"
        + "  GET  " + StatsEndpoint.StatsPath + "   GET  " + StatsEndpoint.RequestsPath + "   POST " + StatsEndpoint.ResetPath + "\n"
        + "\n"
        + "Audio is a deterministic placeholder voice (24 kHz mono 16-bit WAV), not real speech.\n"
        + "Knobs and hostile modes: docs/emulator.md in the PixazoTts.Build repository.\n";

    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/", () => Results.Text(About, "text/plain; charset=utf-8"));
}
