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
    [InlineData("./Voice/./intro.tts.json", "x", "Voice/intro/x.wav")]
    public void GetOutputPath(string script, string id, string expected) =>
        Assert.Equal(expected, TtsNaming.GetOutputPath(script, id));

    [Theory]
    [InlineData("../shared/intro.tts.json")]
    [InlineData("Voice/../intro.tts.json")]
    [InlineData("Voice\\..\\..\\intro.tts.json")]
    [InlineData("/abs/intro.tts.json")]
    [InlineData("C:/abs/intro.tts.json")]
    [InlineData("\\\\server\\share\\intro.tts.json")]
    [InlineData("")]
    public void A_path_that_leaves_the_project_is_PTTS1104_and_is_never_named(string script)
    {
        var diagnostic = TtsScriptPath.Check("/project/x.tts.json", script);

        Assert.NotNull(diagnostic);
        Assert.Equal("PTTS1104", diagnostic.Code);
        Assert.Equal("/project/x.tts.json", diagnostic.FilePath);
        Assert.Contains("Link=", diagnostic.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TtsNaming.GetOutputPath(script, "x"));
        Assert.Throws<ArgumentException>(() => TtsNaming.GetClassPath(script));
    }

    [Theory]
    [InlineData("Voice/intro.tts.json")]
    [InlineData("Voice\\npc\\a.tts.json")]
    [InlineData("./intro.tts.json")]
    [InlineData("Voice/..hidden/intro.tts.json")]
    public void A_path_inside_the_project_is_accepted(string script) =>
        Assert.Null(TtsScriptPath.Check("/project/x.tts.json", script));

    [Theory]
    [InlineData("Voice/npc/blacksmith.tts.json", "Voice,Npc,Blacksmith")]
    [InlineData("Voice/intro.tts.json", "Voice,Intro")]
    [InlineData("Voice\\2nd-act\\boss fight.tts.json", "Voice,_2ndAct,BossFight")]
    [InlineData("intro.tts.json", "Intro")]
    public void GetClassPath(string script, string expected) =>
        Assert.Equal(expected.Split(','), TtsNaming.GetClassPath(script));
}
