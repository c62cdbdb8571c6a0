using System.Net.Http.Json;
using System.Text.Json;

namespace PixazoTts.Benchmarks.Scenarios;

/// <summary>
/// The baseline of the cold-synthesis speed-up: the API documentation's own workflow, one request at a time — submit,
/// wait 5 s, check the status (again every 5 s until it is done), download — written plainly with HttpClient.
/// </summary>
public static class DocumentationWorkflow
{
    public static async Task<TimeSpan> RunAsync(Uri gateway, string key, IEnumerable<string> texts)
    {
        using var http = new HttpClient { BaseAddress = gateway, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("Ocp-Apim-Subscription-Key", key);
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        foreach (string text in texts)
        {
            using var submitted = await http.PostAsJsonAsync("gemini-flash-tts/v1/gemini-flash-tts/generate", new { text, voice = "Kore" });
            submitted.EnsureSuccessStatusCode();
            string id = JsonDocument.Parse(await submitted.Content.ReadAsStringAsync()).RootElement.GetProperty("request_id").GetString()!;
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(5));
                var status = JsonDocument.Parse(await http.GetStringAsync("v2/requests/status/" + id)).RootElement;
                if (status.GetProperty("status").GetString() == "COMPLETED")
                {
                    // The media host gets no key (a separate client, as a careful user would write it).
                    using var cdn = new HttpClient();
                    await cdn.GetByteArrayAsync(status.GetProperty("output").GetProperty("media_url")[0].GetString());
                    break;
                }
            }
        }

        return stopwatch.Elapsed;
    }
}
