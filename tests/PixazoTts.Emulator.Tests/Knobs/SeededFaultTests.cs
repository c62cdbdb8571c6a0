using System.Net;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Emulator.Tests.Infrastructure;
using TestGateway = PixazoTts.Emulator.Tests.Infrastructure.Gateway;

namespace PixazoTts.Emulator.Tests.Knobs;

/// <summary>
/// The fault knobs draw from seeded generators: the same knobs and seed give the same sequence of faults, run after
/// run (and after <c>POST /_emulator/reset</c>), and another seed gives another sequence.
/// </summary>
public sealed class SeededFaultTests
{
    [Fact]
    public async Task Job_outcomes_follow_the_seed()
    {
        string first = await OutcomesAsync(seed: 11);
        string again = await OutcomesAsync(seed: 11);
        string other = await OutcomesAsync(seed: 12);

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        foreach (string outcome in new[] { "COMPLETED", "FAILED", "ERROR" })
        {
            Assert.Contains(outcome, first, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reset_restarts_the_seeded_sequence_and_zeroes_the_counters()
    {
        await using var gateway = await StartAsync(seed: 11);
        string before = await OutcomesAsync(gateway);

        using (var reset = await gateway.Http.PostAsync("_emulator/reset", content: null))
        {
            Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        }

        var zeroed = await gateway.StatsAsync();
        foreach (var member in zeroed.EnumerateObject().Where(m => m.Value.ValueKind == JsonValueKind.Number))
        {
            Assert.True(member.Value.GetDecimal() == 0, member.Name + " is not 0 after a reset: " + member.Value);
        }

        Assert.Equal(before, await OutcomesAsync(gateway));
    }

    [Fact]
    public async Task Dropped_connections_follow_the_seed_and_are_counted()
    {
        var (first, dropped) = await DropPatternAsync(seed: 3);
        var (again, _) = await DropPatternAsync(seed: 3);

        Assert.Equal(first, again);
        Assert.Contains('x', first);
        Assert.Contains('.', first);
        Assert.Equal(first.Count(c => c == 'x'), dropped);
    }

    [Fact]
    public async Task Truncated_downloads_follow_the_seed_and_are_cut_inside_the_data()
    {
        string first = await MediaPatternAsync(seed: 5);
        string again = await MediaPatternAsync(seed: 5);

        Assert.Equal(first, again);
        Assert.Contains('t', first);
        Assert.Contains('.', first);
    }

    [Fact]
    public async Task A_non_WAV_download_is_an_HTML_page_answered_200()
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, RateNotWav = 1 });
        var (status, _) = await gateway.WaitForTerminalAsync(await gateway.SubmitAsync());

        using var media = await gateway.Http.GetAsync(status.GetProperty("output").GetProperty("media_url")[0].GetString()!);
        byte[] body = await media.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, media.StatusCode);
        Assert.Equal("text/html", media.Content.Headers.ContentType?.MediaType);
        Assert.False(WavFile.TryInspect(body, out _, out string? problem));
        Assert.Contains("RIFF", problem, StringComparison.Ordinal);
    }

    private static Task<TestGateway> StartAsync(int seed) =>
        TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, Seed = seed, RateFailed = 0.3, RateError = 0.3 });

    private static async Task<string> OutcomesAsync(int seed)
    {
        await using var gateway = await StartAsync(seed);
        return await OutcomesAsync(gateway);
    }

    private static async Task<string> OutcomesAsync(TestGateway gateway)
    {
        var outcomes = new List<string>();
        for (int i = 0; i < 24; i++)
        {
            var (status, _) = await gateway.WaitForTerminalAsync(await gateway.SubmitAsync(new { text = "Line " + i }));
            outcomes.Add(status.GetProperty("status").GetString()!);
        }

        return string.Join(",", outcomes);
    }

    /// <summary>'.' answered, 'x' dropped, for 24 generate requests, each on a fresh connection (so no pooled retry blurs it).</summary>
    private static async Task<(string Pattern, int Dropped)> DropPatternAsync(int seed)
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, Seed = seed, RateDrop = 0.4 });
        var pattern = new System.Text.StringBuilder();
        for (int i = 0; i < 24; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, TestGateway.GeneratePath) { Content = new StringContent(TestGateway.ExampleRequestJson, System.Text.Encoding.UTF8, "application/json") };
            request.Headers.Add("Ocp-Apim-Subscription-Key", TestGateway.Key);
            request.Headers.ConnectionClose = true;
            try
            {
                using var response = await gateway.Http.SendAsync(request);
                Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
                pattern.Append('.');
            }
            catch (HttpRequestException)
            {
                pattern.Append('x');
            }
        }

        return (pattern.ToString(), (await gateway.StatsAsync()).GetProperty("dropped").GetInt32());
    }

    /// <summary>'.' a valid WAV, 't' a truncated one, for 16 downloads of one completed job.</summary>
    private static async Task<string> MediaPatternAsync(int seed)
    {
        await using var gateway = await TestGateway.StartAsync(new EmulatorOptions { LatencyMs = 0, Seed = seed, RateTruncated = 0.5 });
        var (status, _) = await gateway.WaitForTerminalAsync(await gateway.SubmitAsync());
        string mediaUrl = status.GetProperty("output").GetProperty("media_url")[0].GetString()!;
        var pattern = new System.Text.StringBuilder();
        for (int i = 0; i < 16; i++)
        {
            byte[] wav = await gateway.Http.GetByteArrayAsync(mediaUrl);
            if (WavFile.TryInspect(wav, out _, out string? problem))
            {
                pattern.Append('.');
            }
            else
            {
                // The header is intact and declares the whole file: the cut shows as truncation, as on a broken CDN.
                Assert.StartsWith("truncated WAV file", problem, StringComparison.Ordinal);
                Assert.Equal("RIFF"u8.ToArray(), wav[..4]);
                pattern.Append('t');
            }
        }

        return pattern.ToString();
    }
}
