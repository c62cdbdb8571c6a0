namespace PixazoTts.Emulator.Documents;

/// <summary>The emulator's stand-in for the CDN: <c>/_cdn/{request_id}/output.wav</c>.</summary>
internal static class MediaPath
{
    public const string Route = "/_cdn/{requestId}/output.wav";

    public static string For(string requestId) => "/_cdn/" + Uri.EscapeDataString(requestId) + "/output.wav";
}
