using PixazoTts.Emulator.Tests.Infrastructure;

namespace PixazoTts.Emulator.Tests.Gateway;

/// <summary>The conformance checks above can fail: the spec's schemas reject bodies the gateway never sends.</summary>
public sealed class SpecSchemaTests
{
    [Theory]
    [InlineData("RequestStatus", """{ "status": "COMPLETED" }""")]
    [InlineData("RequestStatus", """{ "request_id": "gemini-flash-tts_x", "status": "DONE" }""")]
    [InlineData("TtsGenerateAccepted", """{ "request_id": 5, "status": "QUEUED", "polling_url": "http://x/" }""")]
    [InlineData("ErrorResponse", """{ "message": "no error member" }""")]
    public void A_body_that_breaks_the_spec_is_rejected(string schema, string json)
    {
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => OpenApiSpec.AssertMatches(schema, json));
    }

    [Fact]
    public void The_documentations_examples_in_the_spec_match_their_schema()
    {
        OpenApiSpec.AssertMatches("RequestStatus", """
            {
              "request_id": "gemini-flash-tts_019d9a88-bba1-7f39-2655-a0c5f4a109529",
              "status": "COMPLETED",
              "model_id": "gemini-flash-tts",
              "error": null,
              "output": { "media_url": ["https://cdn.pixazo.ai/x/output.wav"], "media_type": "audio/wav" },
              "created_at": "2026-04-16T10:00:00Z",
              "updated_at": "2026-04-16T10:00:07Z",
              "completed_at": "2026-04-16T10:00:07Z"
            }
            """);
    }
}
