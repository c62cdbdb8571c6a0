using System.Globalization;
using System.Text.RegularExpressions;
using PixazoTts.Pipeline.Review;
using PixazoTts.Review.Tests.Infrastructure;

namespace PixazoTts.Review.Tests;

/// <summary>The page's HTML: self-contained, escaped, deterministic; and the figures it writes.</summary>
public sealed class ReviewPageHtmlTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("</script><script>alert(1)</script>")]
    [InlineData("</SCRIPT >")]
    [InlineData("<!-- <script>")]
    [InlineData("a & b \" ' ` \u2028 \u2029 {{DATA}} {{SCRIPT}} \\ \0")]
    [InlineData("\ud83d\ude00 and a lone \ud800 surrogate")]
    public void No_text_can_leave_the_data_element_and_every_text_comes_back_exactly(string text)
    {
        var html = ReviewPageHtml.Render(Data(Line(text)));

        // The data element ends where the page put its end: the script tags are exactly the page's own two.
        Assert.Equal(2, Regex.Count(html, "<script", RegexOptions.IgnoreCase));
        Assert.Equal(2, Regex.Count(html, "</script", RegexOptions.IgnoreCase));
        var json = PageData.Json(html);
        Assert.DoesNotContain('<', json);
        Assert.DoesNotContain('>', json);
        Assert.DoesNotContain('&', json);

        var back = System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("lines")[0].GetProperty("text").GetString();
        Assert.Equal(text.Replace("\ud800", "\ufffd", StringComparison.Ordinal), back);
    }

    [Fact]
    public void The_page_is_one_self_contained_file_that_loads_nothing_from_the_network()
    {
        var html = ReviewPageHtml.Render(Data(Line("Hello.")));

        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<(link|img|iframe|object|embed)\b", html);
        Assert.DoesNotMatch(@"\b(src|href)\s*=\s*[""'](?!#)", html); // markup: only the skip link's "#lines"
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("XMLHttpRequest", html, StringComparison.Ordinal);

        // The only absolute URL is the SVG namespace, an identifier that is never loaded.
        Assert.All(Regex.Matches(html, @"https?://[^\s'""<>)]+").Select(m => m.Value), url => Assert.Equal("http://www.w3.org/2000/svg", url));
        Assert.Contains("Content-Security-Policy", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_lines_give_the_same_bytes()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var first = File.ReadAllBytes(ReviewPage.Write(lines, _temp.Combine("a")).IndexPath);
        var second = File.ReadAllBytes(ReviewPage.Write(lines, _temp.Combine("b")).IndexPath);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Figures_do_not_depend_on_the_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE");
            var html = ReviewPageHtml.Render(Data(Line("Hallo.", 0.0125m)));
            Assert.Contains("\"costUsd\":0.0125", html, StringComparison.Ordinal);
            Assert.Contains("\"costText\":\"$0.0125\"", html, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("0", "$0.00")]
    [InlineData("1.5", "$1.50")]
    [InlineData("0.0042", "$0.0042")]
    [InlineData("0.00000049", "$0.00")]
    [InlineData("0.0000005", "$0.000001")]
    [InlineData("12.3456789", "$12.345679")]
    [InlineData("-0.25", "-$0.25")]
    public void Costs_show_in_dollars_with_as_many_decimals_as_they_need(string value, string text)
    {
        Assert.Equal(text, ReviewFormat.Usd(decimal.Parse(value, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("ar", "ar")]
    [InlineData("he-IL", "he-IL")]
    [InlineData("zh-Hant-TW", "zh-Hant-TW")]
    [InlineData("ja-JP", "ja-JP")]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("e", null)]
    [InlineData("en_US", null)]
    [InlineData("en-\"><x", null)]
    [InlineData("en-", null)]
    public void Only_well_formed_language_tags_become_lang_attributes(string? code, string? lang)
    {
        Assert.Equal(lang, ReviewFormat.LangAttribute(code));
    }

    private static ReviewPageLine Line(string text, decimal cost = 0m) => new(
        "s.tts.json", "a", text, null, null, null, null, new string('a', 64), "audio/" + new string('a', 64) + ".wav", true, cost, ReviewFormat.Usd(cost), "new", 1.0, new[] { 0, 50, 100 }, null);

    private static ReviewPageData Data(ReviewPageLine line) => new(
        true,
        new ReviewPageSummary(1, 1, 0, 0, 1, 0, 1.0, line.CostUsd, line.CostText),
        Array.Empty<ReviewRemovedLine>(),
        new[] { line });
}
