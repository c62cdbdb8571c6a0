using System.Text.Json;

namespace PixazoTts.Emulator.Documents;

/// <summary>The gateway's JSON style: snake_case members, nulls written out (the documentation shows <c>"error": null</c>).</summary>
internal static class EmulatorJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };
}
