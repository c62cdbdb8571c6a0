using NJsonSchema;
using NSwag;

namespace PixazoTts.Emulator.Tests.Infrastructure;

/// <summary>spec/pixazo-tts.openapi.yaml, loaded once; validates JSON bodies against its component schemas.</summary>
public static class OpenApiSpec
{
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
