namespace PixazoTts.Tests.Voices;

public class GeminiVoicesTests
{
    [Fact]
    public void Thirty_distinct_voices_with_tones()
    {
        Assert.Equal(30, GeminiVoices.All.Count);
        Assert.Equal(30, GeminiVoices.All.Select(v => v.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains(GeminiVoices.All, v => v.Name == "Sulafat" && v.Tone == "Warm");
        Assert.Contains(GeminiVoices.All, v => v.Name == "Kore" && v.Tone == "Firm");
    }

    [Theory]
    [InlineData("Kore", true)]
    [InlineData("Zubenelgenubi", true)]
    [InlineData("kore", false)]
    [InlineData("Kore ", false)]
    [InlineData("", false)]
    public void IsKnown_is_exact(string name, bool known) => Assert.Equal(known, GeminiVoices.IsKnown(name));

    [Theory]
    [InlineData("kore", "Kore")]
    [InlineData("ZEPHYR", "Zephyr")]
    [InlineData("Achenar", "Achernar")]
    [InlineData("Sadaltagr", "Sadaltager")]
    [InlineData("Algeiba", "Algieba")]
    [InlineData("  Puck  ", "Puck")]
    public void SuggestClosest_prefers_case_insensitive_then_edit_distance(string name, string expected) =>
        Assert.Equal(expected, GeminiVoices.SuggestClosest(name));

    [Fact]
    public void SuggestClosest_of_nothing_is_null() => Assert.Null(GeminiVoices.SuggestClosest(" "));
}
