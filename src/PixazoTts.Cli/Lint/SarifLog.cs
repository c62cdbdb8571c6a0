using System.Text.Json;
using System.Text.Json.Nodes;

namespace PixazoTts.Cli.Lint;

/// <summary>
/// The script diagnostics as SARIF 2.1.0, in the shape code-scanning services accept: <c>version</c>, <c>$schema</c>,
/// <c>runs[].tool.driver</c> with <c>name</c> and the <c>rules</c> that occur, and each result with <c>ruleId</c>,
/// <c>ruleIndex</c>, <c>level</c>, <c>message.text</c> and a <c>physicalLocation</c> whose <c>artifactLocation.uri</c> is
/// relative to the folder the tool ran in (a repository's root in CI) and whose <c>region</c> is 1-based, end column
/// exclusive, as the build's file(line,col) is 1-based.
/// </summary>
internal static class SarifLog
{
    public const string Schema = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Write(IReadOnlyList<TtsDiagnostic> diagnostics, string baseDirectory, string toolVersion)
    {
        var ruleOrder = new List<TtsDiagnosticDescriptor>();
        foreach (var diagnostic in diagnostics)
        {
            if (!ruleOrder.Contains(diagnostic.Descriptor))
            {
                ruleOrder.Add(diagnostic.Descriptor);
            }
        }

        var rules = new JsonArray(ruleOrder.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Code,
            ["name"] = string.Concat(d.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => char.ToUpperInvariant(w[0]) + w[1..])),
            ["shortDescription"] = new JsonObject { ["text"] = d.Title },
            ["fullDescription"] = new JsonObject { ["text"] = d.MessageFormat },
            ["defaultConfiguration"] = new JsonObject { ["level"] = Level(d.Severity) },
            ["helpUri"] = "https://github.com/pixazo/PixazoTts.Build/blob/main/docs/diagnostics.md",
        }).ToArray());

        var results = new JsonArray();
        foreach (var diagnostic in diagnostics)
        {
            var result = new JsonObject
            {
                ["ruleId"] = diagnostic.Code,
                ["ruleIndex"] = ruleOrder.IndexOf(diagnostic.Descriptor),
                ["level"] = Level(diagnostic.Severity),
                ["message"] = new JsonObject { ["text"] = diagnostic.Message },
            };
            if (diagnostic.FilePath is { } file)
            {
                var physical = new JsonObject
                {
                    ["artifactLocation"] = new JsonObject
                    {
                        ["uri"] = RelativeUri(baseDirectory, file),
                        ["uriBaseId"] = "SRCROOT",
                    },
                };
                if (diagnostic.Span is { } span)
                {
                    physical["region"] = new JsonObject
                    {
                        ["startLine"] = span.StartLine + 1,
                        ["startColumn"] = span.StartColumn + 1,
                        ["endLine"] = span.EndLine + 1,
                        ["endColumn"] = span.EndColumn + 1,
                    };
                }

                result["locations"] = new JsonArray(new JsonObject { ["physicalLocation"] = physical });
            }

            results.Add(result);
        }

        var log = new JsonObject
        {
            ["version"] = "2.1.0",
            ["$schema"] = Schema,
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "pixazo-tts",
                        ["version"] = toolVersion,
                        ["informationUri"] = "https://github.com/pixazo/PixazoTts.Build",
                        ["rules"] = rules,
                    },
                },
                ["originalUriBaseIds"] = new JsonObject
                {
                    ["SRCROOT"] = new JsonObject { ["uri"] = new Uri(Path.TrimEndingDirectorySeparator(baseDirectory) + Path.DirectorySeparatorChar).AbsoluteUri },
                },
                ["results"] = results,
            }),
        };
        return log.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Level(TtsSeverity severity) => severity == TtsSeverity.Error ? "error" : "warning";

    /// <summary>The file's path relative to <paramref name="baseDirectory"/>, '/'-separated and percent-encoded where a URI needs it.</summary>
    private static string RelativeUri(string baseDirectory, string file)
    {
        string relative = Path.GetRelativePath(baseDirectory, file).Replace('\\', '/');
        return string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));
    }
}
