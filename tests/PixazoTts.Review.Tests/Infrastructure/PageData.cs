using System.Text.Json;

namespace PixazoTts.Review.Tests.Infrastructure;

/// <summary>The data a written page embeds, read back from its HTML as the page's own script reads it.</summary>
internal static class PageData
{
    private const string Start = "<script type=\"application/json\" id=\"review-data\">";

    public static string Json(string html)
    {
        var start = html.IndexOf(Start, StringComparison.Ordinal);
        Assert.True(start >= 0, "the page has no data element");
        start += Start.Length;
        var end = html.IndexOf("</script>", start, StringComparison.Ordinal);
        return html[start..end];
    }

    public static JsonElement Read(string indexPath) => JsonDocument.Parse(Json(File.ReadAllText(indexPath))).RootElement.Clone();

    public static JsonElement Line(JsonElement data, string id) =>
        data.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("id").GetString() == id);

    public static string Status(JsonElement data, string id) => Line(data, id).GetProperty("status").GetString()!;
}
