using System.Text;
using PixazoTts.Caching;

namespace PixazoTts.Tests.Cast;

/// <summary>The take in the cache key and the cache metadata (docs/contracts.md "Cast, lexicon and takes").</summary>
public class TakeKeyTests
{
    // Computed independently with Python's hashlib: the contract's key plus F("take", n) after F("text", ...) for n >= 2.
    [Theory]
    [InlineData("Kore", "en-US", "Warm, friendly narrator", "Hello, traveller!", 1, "a6a56c98e78ed2fb90047bbfc66c69b9cb24ac29eefc7f189e0f0f6de9ee1984")]
    [InlineData("Kore", "en-US", "Warm, friendly narrator", "Hello, traveller!", 2, "d6439c370722f285378361c41d3825e5197792ff8a485b8eb34092472f61063e")]
    [InlineData("Kore", "en-US", "Warm, friendly narrator", "Hello, traveller!", 12, "8d450ef6a6cec14c2086f03bf6ef35b63f6cea7086a6804d32b8bce064a365ee")]
    [InlineData(null, null, null, "Welcome to El-DOR-ee-ah!", 3, "6c495d17103e7b3c7448bde279b7c28b1c411a9c6300f754163ff33fb98d4c2e")]
    public void Take_2_and_up_extend_the_key_and_take_1_keeps_it(string? voice, string? languageCode, string? prompt, string text, int take, string expected) =>
        Assert.Equal(expected, TtsCacheKey.Compute(TtsModels.Gateway, new TtsUtterance(text, voice, prompt, languageCode, take)));

    [Fact]
    public void A_take_below_1_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TtsUtterance("x", take: 0));

    [Fact]
    public void Takes_are_different_utterances() =>
        Assert.NotEqual(new TtsUtterance("x", take: 1), new TtsUtterance("x", take: 2));

    [Fact]
    public void Metadata_of_take_1_has_no_take_member_and_take_2_round_trips()
    {
        var createdAt = new DateTimeOffset(2026, 12, 2, 10, 0, 0, TimeSpan.Zero);
        var first = new TtsCacheMetadata(TtsModels.Gateway, new TtsUtterance("Hi", "Kore"), "r1", createdAt, 44, new string('a', 64));
        var second = new TtsCacheMetadata(TtsModels.Gateway, new TtsUtterance("Hi", "Kore", take: 2), "r2", createdAt, 44, new string('a', 64));

        string firstJson = Encoding.UTF8.GetString(TtsCacheMetadataJson.Serialize(first));
        string secondJson = Encoding.UTF8.GetString(TtsCacheMetadataJson.Serialize(second));

        Assert.DoesNotContain("take", firstJson, StringComparison.Ordinal);
        Assert.Contains("\"take\": 2", secondJson, StringComparison.Ordinal);
        var read = TtsCacheMetadataJson.Deserialize(TtsCacheMetadataJson.Serialize(second))!;
        Assert.Equal(2, read.Utterance.Take);
        Assert.Equal(second.ComputeKey(), read.ComputeKey());
        Assert.NotEqual(first.ComputeKey(), read.ComputeKey());
        Assert.Equal(1, TtsCacheMetadataJson.Deserialize(TtsCacheMetadataJson.Serialize(first))!.Utterance.Take);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1.5")]
    [InlineData("\"2\"")]
    public void Metadata_with_a_bad_take_is_not_metadata(string take)
    {
        string json = "{\"model\":\"gemini-flash-tts\",\"voice\":null,\"language_code\":null,\"prompt\":null,\"text\":\"Hi\",\"take\":" + take +
            ",\"created_at\":\"2026-12-02T10:00:00.0000000+00:00\",\"byte_length\":44,\"sha256\":\"" + new string('a', 64) + "\"}";
        Assert.Null(TtsCacheMetadataJson.Deserialize(Encoding.UTF8.GetBytes(json)));
    }
}
