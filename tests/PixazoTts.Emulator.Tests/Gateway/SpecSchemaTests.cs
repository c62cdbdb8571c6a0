using System.Text.Json;
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
    public void Every_example_in_the_spec_matches_the_schema_of_the_body_it_illustrates()
    {
        var bodies = OpenApiSpec.DocumentedBodies();

        // Both operations' requests and answers and the callback: a spec that lost its bodies would pass vacuously.
        Assert.True(bodies.Count >= 14, "the spec documents only " + bodies.Count + " JSON bodies");
        Assert.Contains(bodies, b => b.Where.Contains("callback", StringComparison.Ordinal));
        foreach (var body in bodies)
        {
            Assert.True(body.Examples.Count > 0, body.Where + " has no example");
            foreach (var (name, json) in body.Examples)
            {
                OpenApiSpec.AssertMatchesSchema(body.Schema, body.Where + " " + name, json);
            }
        }

        // Every named example of components/examples is used by a body above, so it was checked.
        var used = bodies.SelectMany(b => b.Examples).Select(e => e.Json).ToHashSet(StringComparer.Ordinal);
        foreach (var (name, json) in OpenApiSpec.ComponentExamples())
        {
            Assert.True(used.Contains(json), "components/examples/" + name + " illustrates no documented body");
        }
    }

    [Fact]
    public void Every_member_and_parameter_example_in_the_spec_matches_its_schema()
    {
        var examples = OpenApiSpec.MemberExamples();

        Assert.True(examples.Count >= 5, "the spec has only " + examples.Count + " member examples");
        foreach (var (where, schema, json) in examples)
        {
            var errors = schema.ActualSchema.Validate(json, NJsonSchema.SchemaType.OpenApi3);
            Assert.True(errors.Count == 0, $"{where}: {json} does not match:\n" + string.Join("\n", errors.Select(e => e.ToString())));
        }
    }

    [Fact]
    public async Task The_specs_request_example_sent_to_the_emulator_gets_answers_shaped_like_the_specs_answer_examples()
    {
        var bodies = OpenApiSpec.DocumentedBodies();
        string request = Example(bodies, "POST " + OpenApiSpec.GeneratePath + " request", "example");
        string accepted = Example(bodies, "POST " + OpenApiSpec.GeneratePath + " 202", "example");
        string completed = Example(bodies, "GET " + OpenApiSpec.StatusPath + " 200", "examples.completed");
        await using var gateway = await Infrastructure.Gateway.StartAsync(new EmulatorOptions { LatencyMs = 100 });

        using var content = new StringContent(request, System.Text.Encoding.UTF8, "application/json");
        using var submit = new HttpRequestMessage(HttpMethod.Post, Infrastructure.Gateway.GeneratePath) { Content = content };
        submit.Headers.Add("Ocp-Apim-Subscription-Key", Infrastructure.Gateway.Key);
        using var answer = await gateway.Http.SendAsync(submit);
        string body = await answer.Content.ReadAsStringAsync();

        OpenApiSpec.AssertAnswerConforms("post", OpenApiSpec.GeneratePath, answer, body);
        Assert.Equal(Members(accepted), Members(body));
        string requestId = JsonDocument.Parse(body).RootElement.GetProperty("request_id").GetString()!;
        var (status, _) = await gateway.WaitForTerminalAsync(requestId);
        OpenApiSpec.AssertMatches("RequestStatus", status.GetRawText());
        Assert.Equal(Members(completed), Members(status.GetRawText()));
        Assert.Equal(Members(JsonDocument.Parse(completed).RootElement.GetProperty("output").GetRawText()), Members(status.GetProperty("output").GetRawText()));

        // The emulator heard exactly what the spec's example says.
        var heard = Assert.Single(gateway.Host.Requests);
        using var sent = JsonDocument.Parse(request);
        Assert.Equal(sent.RootElement.GetProperty("text").GetString(), heard.Text);
        Assert.Equal(sent.RootElement.GetProperty("voice").GetString(), heard.Voice);
        Assert.Equal(sent.RootElement.GetProperty("prompt").GetString(), heard.Prompt);
        Assert.Equal(sent.RootElement.GetProperty("language_code").GetString(), heard.LanguageCode);
    }

    private static string Example(IReadOnlyList<DocumentedBody> bodies, string where, string name) =>
        Assert.Single(Assert.Single(bodies, b => b.Where == where).Examples, e => e.Name == name).Json;

    private static IReadOnlyList<string> Members(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
}
