namespace PixazoTts.Tests.Naming;

public class TtsCatalogValidatorTests
{
    private static TtsCatalogFile File(string relativePath, params string[] ids)
    {
        // Lines on successive source lines so that every id has its own position.
        var lines = ids.Select((id, i) => new TtsScriptLine(
            id, "text " + id, null, null, null,
            new TtsSourceSpan(i * 20, id.Length + 2, i + 1, 4, i + 1, 6 + id.Length),
            new TtsSourceSpan(i * 20 + 8, 3, i + 1, 8, i + 1, 11))).ToList();
        return new TtsCatalogFile("/repo/" + relativePath, relativePath, lines);
    }

    private static void AssertDiagnostic(TtsDiagnostic diagnostic, string code, string relativePath, int line, int column)
    {
        Assert.Equal(code, diagnostic.Code);
        Assert.Equal("/repo/" + relativePath, diagnostic.FilePath);
        Assert.Equal((line, column), (diagnostic.Span!.Value.StartLine + 1, diagnostic.Span!.Value.StartColumn + 1));
    }

    [Fact]
    public void Distinct_names_are_valid_and_everything_is_kept()
    {
        var files = new[] { File("Voice/intro.tts.json", "greeting", "warning"), File("Voice/npc/blacksmith.tts.json", "price-high", "hello") };
        var result = TtsCatalogValidator.Analyze(files);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "Voice/intro.tts.json", "Voice/npc/blacksmith.tts.json" }, result.Files.Select(f => f.RelativePath));
        Assert.Equal(4, result.Files.Sum(f => f.Lines.Count));
    }

    [Fact]
    public void PTTS1101_two_ids_with_one_identifier_at_the_second()
    {
        var result = TtsCatalogValidator.Analyze(new[] { File("Voice/npc.tts.json", "price-high", "other", "price_high") });

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "PTTS1101", "Voice/npc.tts.json", 4, 5);
        Assert.Contains("'PriceHigh'", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "price-high", "other" }, result.Files.Single().Lines.Select(l => l.Id));
    }

    [Fact]
    public void PTTS1101_ids_differing_only_in_case_clash_on_case_insensitive_disks()
    {
        var result = TtsCatalogValidator.Analyze(new[] { File("a.tts.json", "ab", "AB") });
        AssertDiagnostic(Assert.Single(result.Diagnostics), "PTTS1101", "a.tts.json", 3, 5);
    }

    [Fact]
    public void PTTS1102_two_files_with_one_class_path_at_the_second_in_path_order()
    {
        // Given out of order: "a_b" sorts after "a-b" ordinally, so it is the second.
        var result = TtsCatalogValidator.Analyze(new[] { File("Voice/a_b.tts.json", "x"), File("Voice/a-b.tts.json", "y") });

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "PTTS1102", "Voice/a_b.tts.json", 1, 1);
        Assert.Contains("TtsAssets.Voice.AB", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("Voice/a-b.tts.json", Assert.Single(result.Files).RelativePath);
    }

    [Fact]
    public void PTTS1102_json_and_tts_json_of_one_name_clash()
    {
        var result = TtsCatalogValidator.Analyze(new[] { File("intro.tts.json", "x"), File("intro.json", "y") });
        AssertDiagnostic(Assert.Single(result.Diagnostics), "PTTS1102", "intro.tts.json", 1, 1);
    }

    [Fact]
    public void Folder_class_and_file_class_of_one_name_merge_without_error()
    {
        var result = TtsCatalogValidator.Analyze(new[] { File("Voice/npc.tts.json", "greeting"), File("Voice/npc/smith.tts.json", "hello") });
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Files.Count);
    }

    [Fact]
    public void PTTS1103_line_named_like_a_nested_folder_class()
    {
        var result = TtsCatalogValidator.Analyze(new[] { File("Voice/npc.tts.json", "greeting", "smith"), File("Voice/npc/smith.tts.json", "hello") });

        var diagnostic = Assert.Single(result.Diagnostics);
        AssertDiagnostic(diagnostic, "PTTS1103", "Voice/npc.tts.json", 3, 5);
        Assert.Contains("TtsAssets.Voice.Npc.Smith", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "greeting" }, result.Files[0].Lines.Select(l => l.Id));
    }

    [Fact]
    public void PTTS1103_line_named_like_its_own_class()
    {
        var result = TtsCatalogValidator.Analyze(new[] { File("Voice/intro.tts.json", "hello", "intro") });
        AssertDiagnostic(Assert.Single(result.Diagnostics), "PTTS1103", "Voice/intro.tts.json", 3, 5);
    }

    [Theory]
    [InlineData("all.tts.json")]
    [InlineData("All/x.tts.json")]
    [InlineData("tts-assets.tts.json")]
    [InlineData("Voice/voice.tts.json")]
    [InlineData("Voice/Voice/x.tts.json")]
    public void PTTS1103_class_that_csharp_would_refuse_at_the_file_start(string relativePath)
    {
        var result = TtsCatalogValidator.Analyze(new[] { File(relativePath, "x"), File("ok.tts.json", "y") });

        AssertDiagnostic(Assert.Single(result.Diagnostics), "PTTS1103", relativePath, 1, 1);
        Assert.Equal("ok.tts.json", Assert.Single(result.Files).RelativePath);
    }

    [Fact]
    public void Line_named_All_in_a_file_is_fine()
    {
        Assert.Empty(TtsCatalogValidator.Validate(new[] { File("Voice/intro.tts.json", "all") }));
    }

    [Fact]
    public void Validate_and_Analyze_agree()
    {
        var files = new[] { File("b.tts.json", "x", "X"), File("a.tts.json", "a") };
        Assert.Equal(TtsCatalogValidator.Analyze(files).Diagnostics, TtsCatalogValidator.Validate(files));
    }
}
