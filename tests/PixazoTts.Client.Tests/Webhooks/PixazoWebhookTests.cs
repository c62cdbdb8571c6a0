namespace PixazoTts.Client.Tests.Webhooks;

public class PixazoWebhookTests
{
    // The documentation's "Response (Completed)" example.
    private const string CompletedExample = """
        {
          "request_id": "gemini-flash-tts_019d9a88-bba1-7f39-2655-a0c5f4a109529",
          "status": "COMPLETED",
          "model_id": "gemini-flash-tts",
          "error": null,
          "output": {
            "media_url": [
              "https://pub-582b7213209642b9b995c96c95a30381.r2.dev/v1/gemini-flash-tts_019d9a88-bba1-7f39-2655-a0c5f4a109529/output.wav"
            ],
            "media_type": "audio/wav"
          },
          "created_at": "2026-04-17T08:22:25.893Z",
          "updated_at": "2026-04-17T08:22:43.000Z",
          "completed_at": "2026-04-17T08:22:43.000Z"
        }
        """;

    // The documentation's "Error via Status/Webhook" example.
    private const string ErrorExample = """
        {
          "request_id": "gemini-flash-tts_019dxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
          "status": "ERROR",
          "model_id": "gemini-flash-tts",
          "error": "Description of the error",
          "output": null
        }
        """;

    [Fact]
    public void The_documented_completed_payload_is_parsed()
    {
        var payload = PixazoWebhook.Parse(CompletedExample);

        Assert.Equal("gemini-flash-tts_019d9a88-bba1-7f39-2655-a0c5f4a109529", payload.RequestId);
        Assert.Equal(PixazoJobStatus.Completed, payload.Status);
        Assert.Equal("gemini-flash-tts", payload.ModelId);
        Assert.Null(payload.Error);
        var media = Assert.Single(payload.MediaUrls);
        Assert.Equal("pub-582b7213209642b9b995c96c95a30381.r2.dev", media.Host);
        Assert.Equal("audio/wav", payload.MediaType);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 8, 22, 25, 893, TimeSpan.Zero), payload.CreatedAt);
        Assert.Equal(new DateTimeOffset(2026, 4, 17, 8, 22, 43, TimeSpan.Zero), payload.CompletedAt);
    }

    [Fact]
    public void The_documented_error_payload_is_parsed()
    {
        var payload = PixazoWebhook.Parse(ErrorExample);

        Assert.Equal(PixazoJobStatus.Error, payload.Status);
        Assert.Equal("Description of the error", payload.Error);
        Assert.Empty(payload.MediaUrls);
        Assert.Null(payload.CompletedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("""{"request_id":"x"}""")]
    [InlineData("""{"request_id":"x","status":"SLEEPING"}""")]
    [InlineData("""{"status":"COMPLETED"}""")]
    public void Anything_that_is_not_a_status_document_is_refused(string json)
    {
        Assert.Throws<FormatException>(() => PixazoWebhook.Parse(json));
        Assert.False(PixazoWebhook.TryParse(json, out var payload));
        Assert.Null(payload);
    }
}
