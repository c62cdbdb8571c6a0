using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Finds the MSBuild values the catalog would see cut short (PTTS2011). The source generator receives the TtsAsset
/// items' <c>Voice</c>/<c>Prompt</c>/<c>LanguageCode</c> and the <c>TtsDefault*</c> properties through the
/// <c>.editorconfig</c> the SDK generates, and the compiler's parser reads <c>#</c> or <c>;</c> in a value as the start
/// of a comment (then trims), so the catalog's <c>Key</c> for those lines would not be their audio's. The task reads
/// the values itself, so only it can tell.
/// </summary>
internal static class CatalogValueCheck
{
    private static readonly string[] ItemMetadata = ["Voice", "Prompt", "LanguageCode"];

    /// <summary>Where each affected value is set, the value, and what the catalog sees of it; distinct, in input order.</summary>
    public static IReadOnlyList<(string Where, string Value, string Seen)> Find(
        IEnumerable<ITaskItem> scripts, string? defaultVoice, string? defaultPrompt, string? defaultLanguageCode)
    {
        var candidates = new List<(string Where, string? Value)>
        {
            ("TtsDefaultVoice", defaultVoice),
            ("TtsDefaultPrompt", defaultPrompt),
            ("TtsDefaultLanguageCode", defaultLanguageCode),
        };
        foreach (var script in scripts)
        {
            foreach (string name in ItemMetadata)
            {
                candidates.Add(($"The {name} metadata of TtsAsset '{script.ItemSpec}'", script.GetMetadata(name)));
            }
        }

        return candidates
            .Where(c => c.Value is not null && c.Value.AsSpan().IndexOfAny('#', ';') >= 0)
            .Select(c => (c.Where, c.Value!, SeenByTheCompiler(c.Value!)))
            .Distinct()
            .ToList();
    }

    /// <summary>What the compiler's <c>.editorconfig</c> parser keeps of a property value: up to the first <c>#</c> or <c>;</c>, trimmed.</summary>
    internal static string SeenByTheCompiler(string value)
    {
        int comment = value.AsSpan().IndexOfAny('#', ';');
        return (comment < 0 ? value : value[..comment]).Trim();
    }
}
