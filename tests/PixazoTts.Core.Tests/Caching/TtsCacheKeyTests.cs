namespace PixazoTts.Tests.Caching;

public class TtsCacheKeyTests
{
    // Vectors computed independently of this code with Python's hashlib:
    //   python3 -c 'import hashlib,sys
    //   F=lambda n,v: f"{n}:{len((v or "").encode())}:{v or ""}\n"
    //   k=lambda m,vo,lc,p,t: hashlib.sha256(("pixazo-tts/1\n"+F("model",m)+F("voice",vo)+F("language_code",lc)+F("prompt",p)+F("text",t)).encode()).hexdigest()
    //   print(k("gemini-flash-tts","Kore","en-US","Warm, friendly narrator","Hello, traveller!"))'
    [Theory]
    [InlineData("gemini-flash-tts", "Kore", "en-US", "Warm, friendly narrator", "Hello, traveller!", "a6a56c98e78ed2fb90047bbfc66c69b9cb24ac29eefc7f189e0f0f6de9ee1984")]
    [InlineData("gemini-flash-tts", null, null, null, "Hello, traveller!", "014c56e39c153588423378eb2eb7023f722580fbb45f73f873a257dddc3bc23f")]
    [InlineData("placeholder", "Kore", "en-US", "Warm, friendly narrator", "Hello, traveller!", "1f153ebd298984cf68b554ecf93b1b6736995365044f0e13a9bc02861586243f")]
    [InlineData("gemini-flash-tts", "Fenrir", "ja-JP", null, "こんにちは、旅人さん！", "eda0e0ebbb070181b473eab767c972a7023786a90c1f90508dbf20caefe1fb89")]
    [InlineData("gemini-flash-tts", "Puck", null, "[excited]", "Victory! 🎉🏆 naïve café", "b45441e86fc28d9e2525b319eea244c708a421e9f27a135b7e0bc27dda50a442")]
    [InlineData("gemini-flash-tts", "", "", "", "line1\nvoice:3:x\n", "8b1e88f701a866a8863a851a32809e71d5513861ba4a88d00124180610bb51e1")]
    [InlineData("gemini-flash-tts", "Kore", "en-US", "Warm", "Hello", "6efafb431323d1cf938fc5c64242eca779635cd12a4482ce9a39fc424b39c795")]
    [InlineData("gemini-flash-tts", "Kore", "en-US", "Warm", "Hello ", "fb86f45bbd6dccf591150beffeeef547f85158a66f269b6ca7f047fa4eb1f7ea")]
    public void Matches_independently_computed_vectors(string model, string? voice, string? languageCode, string? prompt, string text, string expected)
    {
        Assert.Equal(expected, TtsCacheKey.Compute(model, new TtsUtterance(text, voice: voice, prompt: prompt, languageCode: languageCode)));
        Assert.True(TtsCacheKey.IsWellFormed(expected));
    }

    [Fact]
    public void Absent_and_empty_values_give_the_same_key() =>
        Assert.Equal(
            TtsCacheKey.Compute(TtsModels.Gateway, new TtsUtterance("x")),
            TtsCacheKey.Compute(TtsModels.Gateway, new TtsUtterance("x", voice: "", prompt: "", languageCode: "")));

    [Fact]
    public void Resolved_line_key_is_the_cache_key_of_its_values()
    {
        var line = new ResolvedTtsLine("greeting", new TtsUtterance("Hello, traveller!", voice: "Kore", prompt: "Warm, friendly narrator", languageCode: "en-US"));
        Assert.Equal("a6a56c98e78ed2fb90047bbfc66c69b9cb24ac29eefc7f189e0f0f6de9ee1984", line.Utterance.ComputeKey(TtsModels.Gateway));
        Assert.Equal(line.Utterance.ComputeKey(TtsModels.Gateway), new TtsKeyedUtterance(TtsModels.Gateway, line.Utterance).Key);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("A6a56c98e78ed2fb90047bbfc66c69b9cb24ac29eefc7f189e0f0f6de9ee1984")]
    [InlineData("a6a56c98e78ed2fb90047bbfc66c69b9cb24ac29eefc7f189e0f0f6de9ee198")]
    [InlineData("../../../../../../../../../../../../../../../../../../etc/passwd")]
    public void Malformed_keys_are_recognised(string? key) => Assert.False(TtsCacheKey.IsWellFormed(key));
}
