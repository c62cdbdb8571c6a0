using System.Net;
using TestGateway = PixazoTts.Emulator.Tests.Infrastructure.Gateway;

namespace PixazoTts.Emulator.Tests.Conformance;

/// <summary>The emulator's own endpoints and what lies outside the documented API.</summary>
public sealed class EmulatorEndpointsTests
{
    [Fact]
    public async Task The_root_page_says_what_this_is_and_lists_the_paths()
    {
        await using var gateway = await TestGateway.StartAsync();

        using var response = await gateway.Http.GetAsync("/");
        string text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        foreach (string path in new[] { "/gemini-flash-tts/v1/gemini-flash-tts/generate", "/v2/requests/status/{request_id}", "/_cdn/{request_id}/output.wav", "/_emulator/stats", "/_emulator/requests", "/_emulator/reset" })
        {
            Assert.Contains(path, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("GET", "gemini-flash-tts/v1/gemini-flash-tts/generate", HttpStatusCode.MethodNotAllowed)]
    [InlineData("POST", "v2/requests/status/gemini-flash-tts_x", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "gemini-flash-tts/v1/other-model/generate", HttpStatusCode.NotFound)]
    [InlineData("GET", "_cdn/gemini-flash-tts_unknown/output.wav", HttpStatusCode.NotFound)]
    public async Task Requests_outside_the_documented_API_are_refused_without_counting_as_jobs(string method, string path, HttpStatusCode expected)
    {
        await using var gateway = await TestGateway.StartAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("Ocp-Apim-Subscription-Key", TestGateway.Key);

        using var response = await gateway.Http.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        var stats = await gateway.StatsAsync();
        Assert.Equal(0, stats.GetProperty("accepted").GetInt32());
        Assert.Equal(0, stats.GetProperty("in_flight").GetInt32());
    }
}
