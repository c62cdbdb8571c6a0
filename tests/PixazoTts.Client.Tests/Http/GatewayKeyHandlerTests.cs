using System.Net;
using PixazoTts.Client.Http;

namespace PixazoTts.Client.Tests.Http;

public class GatewayKeyHandlerTests
{
    private const string Key = "unit-test-key-7f3a";

    [Theory]
    [InlineData("http://127.0.0.1:5080/gemini-flash-tts/v1/gemini-flash-tts/generate", true)]
    [InlineData("http://127.0.0.1:5080/v2/requests/status/abc", true)]
    [InlineData("http://127.0.0.1:5081/v2/requests/status/abc", false)]
    [InlineData("https://127.0.0.1:5080/v2/requests/status/abc", false)]
    [InlineData("http://cdn.invalid/abc/output.wav", false)]
    public async Task The_key_is_attached_only_to_the_gateway_origin_and_stripped_elsewhere(string url, bool expectKey)
    {
        var seen = new List<HttpRequestMessage>();
        using var handler = new GatewayKeyHandler(new Uri("http://127.0.0.1:5080/"), Key, new RecordingHandler(seen));
        using var invoker = new HttpMessageInvoker(handler);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        // A header someone set by hand must not survive on a foreign origin either.
        request.Headers.TryAddWithoutValidation(GatewayKeyHandler.HeaderName, Key);

        using var response = await invoker.SendAsync(request, CancellationToken.None);

        var sent = Assert.Single(seen);
        Assert.Equal(expectKey, sent.Headers.TryGetValues(GatewayKeyHandler.HeaderName, out var values));
        if (expectKey)
        {
            Assert.Equal([Key], values);
        }
    }

    // Records what reaches the transport; the key-origin rule is also checked end to end against the
    // emulator (ClientSecurityTests).
    private sealed class RecordingHandler(List<HttpRequestMessage> seen) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Add(request);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }
}
