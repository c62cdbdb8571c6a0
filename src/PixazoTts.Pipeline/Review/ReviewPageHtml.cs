using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace PixazoTts.Pipeline.Review;

/// <summary>
/// Renders the page: one self-contained HTML file (its style, script and data inline; no network, no CDN) from the
/// template, style and script embedded in this assembly (Review/Assets).
/// </summary>
internal static partial class ReviewPageHtml
{
    // The default JavaScript encoder always escapes the HTML-sensitive characters (< > & ' ") whatever ranges it
    // allows, so no text can close the data's <script> element ("</script>") or open a comment ("<!--"). All ranges
    // are allowed so Arabic, Hebrew and CJK text stays readable in the file.
    private static readonly JsonSerializerOptions DataOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly Lazy<(string Template, string Style, string Script)> Assets = new(() => (
        ReadAsset("review.html"), ReadAsset("review.css"), ReadAsset("review.js")));

    /// <summary>The page's data as embedded: JSON in which '&lt;', '&gt;' and '&amp;' never appear literally.</summary>
    public static string SerializeData(ReviewPageData data)
    {
        var json = JsonSerializer.Serialize(data, DataOptions);

        // The encoder's promise is what keeps the page safe: check it rather than trust it.
        if (json.AsSpan().IndexOfAny('<', '>', '&') >= 0)
        {
            throw new InvalidOperationException("The review data was serialized with a raw HTML-sensitive character.");
        }

        return json;
    }

    /// <summary>The whole page.</summary>
    public static string Render(ReviewPageData data)
    {
        var (template, style, script) = Assets.Value;
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["STYLE"] = style,
            ["SCRIPT"] = script,
            ["DATA"] = SerializeData(data),
        };

        // One pass over the template only: inserted text (the data above all) is never scanned for placeholders.
        return Placeholder().Replace(template, match => values.TryGetValue(match.Groups[1].Value, out var value)
            ? value
            : throw new InvalidOperationException("Unknown placeholder in the review template: " + match.Value));
    }

    private static string ReadAsset(string name)
    {
        var resource = "PixazoTts.Pipeline.Review.Assets." + name;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException("Missing embedded resource " + resource);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{([A-Z]+)\}\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
