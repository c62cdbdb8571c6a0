using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

public class WebhookTests
{
    [Fact]
    public async Task The_webhook_url_is_sent_and_the_callback_payload_parses_to_the_same_job()
    {
        await using var receiver = await ForeignOriginServer.StartAsync(ForeignOriginMode.Record);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50 });
        var webhookUrl = new Uri(receiver.BaseUrl, "webhook/callback");
        using var client = TestClients.Create(emulator.BaseUrl, o => o.WebhookUrl = webhookUrl);

        var result = await client.SynthesizeAsync(TestClients.DocumentationExample);
        var payload = PixazoWebhook.Parse(await receiver.FirstPost.Task.WaitAsync(TimeSpan.FromSeconds(30)));

        Assert.Equal(result.RequestId, payload.RequestId);
        Assert.Equal(PixazoJobStatus.Completed, payload.Status);
        Assert.Equal("gemini-flash-tts", payload.ModelId);
        Assert.NotEmpty(payload.MediaUrls);
        Assert.Equal("audio/wav", payload.MediaType);
        Assert.Equal(0, receiver.KeyLeaks);
    }
}
