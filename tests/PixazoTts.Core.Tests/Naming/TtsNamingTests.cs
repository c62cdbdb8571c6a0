namespace PixazoTts.Tests.Naming;

public class TtsNamingTests
{
    [Theory]
    [InlineData("price-high", "PriceHigh")]
    [InlineData("npc", "Npc")]
    [InlineData("greeting", "Greeting")]
    [InlineData("iOS_build", "IOSBuild")]
    [InlineData("a.b-c_d", "ABCD")]
    [InlineData("2nd_try", "_2ndTry")]
    [InlineData("42", "_42")]
    [InlineData("-", "_")]
    [InlineData("", "_")]
    [InlineData("already Pascal", "AlreadyPascal")]
    [InlineData("keepCamelCase", "KeepCamelCase")]
    [InlineData("ñandú azul", "ÑandúAzul")]
    [InlineData("日本語", "日本語")]
    [InlineData("a😀b", "AB")]
    public void ToIdentifier_follows_the_contract(string name, string expected) =>
        Assert.Equal(expected, TtsNaming.ToIdentifier(name));

    [Theory]
    [InlineData("intro.tts.json", "intro")]
    [InlineData("intro.TTS.JSON", "intro")]
    [InlineData("intro.json", "intro")]
    [InlineData("intro.txt", "intro.txt")]
    [InlineData("Voice/npc/blacksmith.tts.json", "blacksmith")]
    [InlineData("Voice\\npc\\blacksmith.tts.json", "blacksmith")]
    [InlineData("a.b.tts.json", "a.b")]
    public void GetScriptName(string fileName, string expected) =>
        Assert.Equal(expected, TtsNaming.GetScriptName(fileName));

    [Theory]
    [InlineData("Voice/intro.tts.json", "greeting", "Voice/intro/greeting.wav")]
    [InlineData("Voice/npc/blacksmith.tts.json", "price-high", "Voice/npc/blacksmith/price-high.wav")]
    [InlineData("Voice\\npc\\blacksmith.tts.json", "price-high", "Voice/npc/blacksmith/price-high.wav")]
    [InlineData("intro.tts.json", "a.b", "intro/a.b.wav")]
    [InlineData("./Voice/../intro.tts.json", "x", "Voice/intro/x.wav")]
    public void GetOutputPath(string script, string id, string expected) =>
        Assert.Equal(expected, TtsNaming.GetOutputPath(script, id));

    [Theory]
    [InlineData("Voice/npc/blacksmith.tts.json", "Voice,Npc,Blacksmith")]
    [InlineData("Voice/intro.tts.json", "Voice,Intro")]
    [InlineData("Voice\\2nd-act\\boss fight.tts.json", "Voice,_2ndAct,BossFight")]
    [InlineData("intro.tts.json", "Intro")]
    public void GetClassPath(string script, string expected) =>
        Assert.Equal(expected.Split(','), TtsNaming.GetClassPath(script));
}
