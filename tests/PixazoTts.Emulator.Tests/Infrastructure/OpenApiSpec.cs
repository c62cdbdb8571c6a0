using System.Globalization;
using System.Text.Json;
using NJsonSchema;
using NSwag;

namespace PixazoTts.Emulator.Tests.Infrastructure;

/// <summary>spec/pixazo-tts.openapi.yaml, loaded once; validates JSON bodies against its component schemas.</summary>
public static class OpenApiSpec
{
    public const string GeneratePath = "/gemini-flash-tts/v1/gemini-flash-tts/generate";

    public const string StatusPath = "/v2/requests/status/{request_id}";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static readonly Lazy<OpenApiDocument> Document = new(() =>
        OpenApiYamlDocument.FromFileAsync(Path.Combine(RepositoryRoot, "spec", "pixazo-tts.openapi.yaml")).GetAwaiter().GetResult());

    public static JsonSchema Schema(string name) =>
        Document.Value.Components.Schemas.TryGetValue(name, out var schema) ? schema : throw new InvalidOperationException("No schema " + name + " in the spec.");

    /// <summary>Fails with every validation error when the body does not match the named schema (OpenAPI 3.0 rules, so <c>nullable</c> counts).</summary>
    public static void AssertMatches(string schemaName, string json)
    {
        var errors = Schema(schemaName).Validate(json, SchemaType.OpenApi3);
        Assert.True(errors.Count == 0, $"{schemaName} does not match:\n{json}\n" + string.Join("\n", errors.Select(e => e.ToString())));
    }

    /// <summary>
    /// Checks an answer against what the spec documents for that operation and status code: the code is documented,
    /// the body is JSON and matches the documented schema, it has no member the spec does not declare (the spec
    /// leaves additional members open, so plain validation would not notice an invented one), and every documented
    /// header (Retry-After on 429) is there with a value of its documented type.
    /// </summary>
    public static void AssertAnswerConforms(string method, string path, HttpResponseMessage response, string body)
    {
        var operation = Operation(method, path);
        string code = ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
        Assert.True(operation.ActualResponses.TryGetValue(code, out var documented),
            $"{method.ToUpperInvariant()} {path} answered {code}, which the spec does not document (it documents {string.Join(", ", operation.ActualResponses.Keys)}).");
        var answer = documented!.ActualResponse;
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(answer.Content.TryGetValue("application/json", out var mediaType), $"the spec documents no JSON body for {code}");
        AssertMatchesSchema(mediaType!.Schema, $"{method.ToUpperInvariant()} {path} {code}", body);

        foreach (var (name, header) in answer.Headers)
        {
            Assert.True(response.Headers.TryGetValues(name, out var values), $"{code} lacks the documented header {name}.");
            string value = values!.Single();
            if (header.ActualSchema.Type.HasFlag(JsonObjectType.Integer))
            {
                Assert.True(long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out long number) && number >= (header.ActualSchema.Minimum ?? long.MinValue),
                    $"{name}: '{value}' is not the documented integer.");
            }
        }
    }

    /// <summary>Checks a webhook body against the generate operation's <c>requestFinished</c> callback.</summary>
    public static void AssertCallbackConforms(string body)
    {
        var callback = Operation("post", GeneratePath).Callbacks["requestFinished"].ActualCallback;
        var receive = callback.Values.Single()["post"];
        AssertMatchesSchema(receive.ActualRequestBody.Content["application/json"].Schema, "requestFinished callback", body);
    }

    /// <summary>
    /// Every JSON body the spec documents (request bodies, answers, callbacks), each with its schema and every example
    /// given for it (<c>example</c>, and each entry of <c>examples</c>, references to <c>components/examples</c>
    /// resolved), as JSON text. A body without any example yields an empty list, so a test can require one.
    /// </summary>
    public static IReadOnlyList<DocumentedBody> DocumentedBodies()
    {
        var bodies = new List<DocumentedBody>();
        foreach (var (path, item) in Document.Value.Paths)
        {
            foreach (var (method, operation) in item.ActualPathItem)
            {
                string where = method.ToUpperInvariant() + " " + path;
                if (operation.ActualRequestBody is { } request)
                {
                    Add(where + " request", request.ActualRequestBody.Content);
                }

                foreach (var (code, response) in operation.ActualResponses)
                {
                    Add(where + " " + code, response.ActualResponse.Content);
                }

                foreach (var (name, callback) in operation.Callbacks ?? new Dictionary<string, OpenApiCallback>())
                {
                    foreach (var (_, callbackItem) in callback.ActualCallback)
                    {
                        foreach (var (callbackMethod, callbackOperation) in callbackItem)
                        {
                            Add(where + " callback " + name + " " + callbackMethod.ToUpperInvariant() + " request", callbackOperation.ActualRequestBody.Content);
                        }
                    }
                }
            }
        }

        return bodies;

        void Add(string where, IDictionary<string, OpenApiMediaType> content)
        {
            foreach (var (mediaType, media) in content)
            {
                if (mediaType != "application/json")
                {
                    continue;
                }

                var examples = new List<(string Name, string Json)>();
                if (media.Example is not null)
                {
                    examples.Add(("example", ToJson(media.Example)));
                }

                foreach (var (name, example) in media.Examples ?? new Dictionary<string, OpenApiExample>())
                {
                    examples.Add(("examples." + name, ToJson(example.ActualExample.Value)));
                }

                bodies.Add(new DocumentedBody(where, media.Schema, examples));
            }
        }
    }

    /// <summary>The values of <c>components/examples</c>, as JSON text.</summary>
    public static IReadOnlyDictionary<string, string> ComponentExamples() =>
        Document.Value.Components.Examples.ToDictionary(e => e.Key, e => ToJson(e.Value.ActualExample.Value));

    /// <summary>
    /// Every <c>example</c> of a schema member (<c>components/schemas</c>, one level of properties) and of a
    /// parameter, with the schema it illustrates, as JSON text.
    /// </summary>
    public static IReadOnlyList<(string Where, JsonSchema Schema, string Json)> MemberExamples()
    {
        var examples = new List<(string, JsonSchema, string)>();
        foreach (var (name, schema) in Document.Value.Components.Schemas)
        {
            foreach (var (property, propertySchema) in schema.ActualProperties)
            {
                if (propertySchema.Example is not null)
                {
                    examples.Add(($"components.schemas.{name}.{property}", propertySchema, ToJson(propertySchema.Example)));
                }
            }
        }

        foreach (var (path, item) in Document.Value.Paths)
        {
            foreach (var (method, operation) in item.ActualPathItem)
            {
                foreach (var parameter in operation.ActualParameters.Select(p => p.ActualParameter))
                {
                    if (parameter.Example is not null)
                    {
                        examples.Add(($"{method.ToUpperInvariant()} {path} parameter {parameter.Name}", parameter.Schema ?? parameter, ToJson(parameter.Example)));
                    }
                }
            }
        }

        return examples;
    }

    /// <summary>
    /// Fails when the body does not match the schema (OpenAPI 3.0 rules) or has a member the schema does not
    /// declare, with every error.
    /// </summary>
    public static void AssertMatchesSchema(JsonSchema schema, string what, string body)
    {
        var errors = schema.ActualSchema.Validate(body, SchemaType.OpenApi3);
        Assert.True(errors.Count == 0, $"{what} does not match the spec:\n{body}\n" + string.Join("\n", errors.Select(e => e.ToString())));
        using var json = JsonDocument.Parse(body);
        AssertDeclared(json.RootElement, schema, "$", body);
    }

    // The YAML reader hands examples over as Newtonsoft tokens; their JSON text is what a client would send or receive.
    private static string ToJson(object value) => Newtonsoft.Json.JsonConvert.SerializeObject(value, Newtonsoft.Json.Formatting.None);

    private static OpenApiOperation Operation(string method, string path)
    {
        Assert.True(Document.Value.Paths.TryGetValue(path, out var item), "the spec has no path " + path);
        Assert.True(item!.ActualPathItem.TryGetValue(method.ToLowerInvariant(), out var operation), $"the spec has no {method} {path}");
        return operation!;
    }

    private static void AssertDeclared(JsonElement element, JsonSchema schema, string where, string body)
    {
        var actual = schema.ActualSchema;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var member in element.EnumerateObject())
            {
                Assert.True(actual.ActualProperties.TryGetValue(member.Name, out var property), $"{where}.{member.Name} is not declared by the spec:\n{body}");
                AssertDeclared(member.Value, property!, where + "." + member.Name, body);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array && actual.Item is { } item)
        {
            foreach (var value in element.EnumerateArray())
            {
                AssertDeclared(value, item, where + "[]", body);
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PixazoTts.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PixazoTts.Build.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A JSON body the spec documents: where, its schema, and the examples the spec gives for it.</summary>
public sealed record DocumentedBody(string Where, JsonSchema Schema, IReadOnlyList<(string Name, string Json)> Examples);
