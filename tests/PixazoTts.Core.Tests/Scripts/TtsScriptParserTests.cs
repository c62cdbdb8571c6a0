using System.Text;

namespace PixazoTts.Tests.Scripts;

public class TtsScriptParserTests
{
    private const string DesignExample = """
        // Voice/intro.tts.json
        {
          "voice": "Kore",
          "language_code": "en-US",
          "prompt": "Warm, friendly narrator",
          "lines": {
            "greeting": "Hello, traveller!",
            "warning": { "text": "Stay back!", "voice": "Fenrir", "prompt": "Shout it, urgently" }
          }
        }
        """;

    [Fact]
    public void Design_example_parses_with_values_as_written()
    {
        var result = ParseAssert.Parse(DesignExample);

        Assert.Empty(result.Diagnostics);
        Assert.False(result.HasErrors);
        var script = Assert.IsType<TtsScript>(result.Script);
        Assert.Equal("Kore", script.Voice);
        Assert.Equal("en-US", script.LanguageCode);
        Assert.Equal("Warm, friendly narrator", script.Prompt);
        Assert.Null(script.Schema);
        Assert.Collection(
            script.Lines,
            line =>
            {
                Assert.Equal("greeting", line.Id);
                Assert.Equal("Hello, traveller!", line.Text);
                Assert.Null(line.Voice);
                Assert.Equal("\"greeting\"", DesignExample.Substring(line.IdSpan.Start, line.IdSpan.Length));
                Assert.Equal("\"Hello, traveller!\"", DesignExample.Substring(line.ValueSpan.Start, line.ValueSpan.Length));
                Assert.Equal((6, 4), (line.IdSpan.StartLine, line.IdSpan.StartColumn));
            },
            line =>
            {
                Assert.Equal("warning", line.Id);
                Assert.Equal("Stay back!", line.Text);
                Assert.Equal("Fenrir", line.Voice);
                Assert.Equal("Shout it, urgently", line.Prompt);
                Assert.Null(line.LanguageCode);
                Assert.StartsWith("{ \"text\"", DesignExample.Substring(line.ValueSpan.Start, line.ValueSpan.Length));
                Assert.EndsWith("urgently\" }", DesignExample.Substring(line.ValueSpan.Start, line.ValueSpan.Length));
            });
    }

    [Fact]
    public void Values_are_kept_exactly_as_written_with_escapes_decoded()
    {
        var result = ParseAssert.Parse("{\"$schema\":\"./tts.schema.json\",\"lines\":{\"a\":\"  Tab\\there \\u00e9 \\\"q\\\" \",\"b\":{\"text\":\"x\",\"language_code\":\"\"}}}");

        Assert.Empty(result.Diagnostics);
        Assert.Equal("./tts.schema.json", result.Script!.Schema);
        Assert.Equal("  Tab\there é \"q\" ", result.Script.Lines[0].Text);
        Assert.Equal(string.Empty, result.Script.Lines[1].LanguageCode);
    }

    [Fact]
    public void Comments_trailing_commas_crlf_and_bom_are_accepted()
    {
        string json = "\uFEFF/* header\r\n comment */\r\n{\r\n  // a comment\r\n  \"lines\": {\r\n    \"a\": \"one\", /* inline */\r\n    \"b\": { \"text\": \"two\", },\r\n  },\r\n}\r\n";
        var result = TtsScriptParser.Parse("x.tts.json", json);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new[] { "a", "b" }, result.Script!.Lines.Select(l => l.Id));
        var b = result.Script.Lines[1];
        Assert.Equal((6, 4), (b.IdSpan.StartLine, b.IdSpan.StartColumn));
    }

    [Theory]
    [InlineData("Ünïcödé ñ", "Latin")]
    [InlineData("Привет, мир", "Cyrillic")]
    [InlineData("Γειά σου κόσμε", "Greek")]
    [InlineData("مرحبا بالعالم", "Arabic")]
    [InlineData("שלום עולם", "Hebrew")]
    [InlineData("नमस्ते दुनिया", "Devanagari")]
    [InlineData("こんにちは世界、カタカナ", "Japanese")]
    [InlineData("你好，世界", "Han")]
    [InlineData("안녕하세요 세계", "Hangul")]
    [InlineData("สวัสดีชาวโลก", "Thai")]
    [InlineData("ሰላም ዓለም", "Ethiopic")]
    [InlineData("Γ𝒜𝔅 😀👩‍👩‍👧 🇯🇵", "Astral")]
    public void Every_script_of_unicode_is_accepted(string text, string script)
    {
        string json = "{ \"lines\": { \"" + script + "\": \"" + text + "\" }, \"zz\": 1 }";
        var result = ParseAssert.Parse(json);

        Assert.Equal(text, Assert.Single(result.Script!.Lines).Text);

        // The unknown member after the text is located in UTF-16 columns, whatever the text's UTF-8 length.
        var warning = Assert.Single(result.Diagnostics);
        ParseAssert.At(warning, "PTTS1010", 1, json.IndexOf("\"zz\"", StringComparison.Ordinal) + 1);
        Assert.Equal("\"zz\"", ParseAssert.Covered(json, warning));
    }

    [Fact]
    public void Bom_in_bytes_is_skipped_and_positions_match_the_decoded_text()
    {
        string json = "{\n  \"lines\": {\n    \"bad id\": \"x\"\n  }\n}";
        byte[] withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(json)).ToArray();

        var fromBytes = TtsScriptParser.Parse(ParseAssert.FilePath, withBom);
        var fromText = TtsScriptParser.Parse(ParseAssert.FilePath, json);

        Assert.Equal(fromText, fromBytes);
        ParseAssert.At(Assert.Single(fromBytes.Diagnostics), "PTTS1005", 3, 5);
    }

    [Fact]
    public void Bom_char_in_a_string_is_a_bom_like_in_bytes()
    {
        string json = "\uFEFF{\"lines\":{\"a\":\"\"}}";
        var result = ParseAssert.Parse(json);

        ParseAssert.At(Assert.Single(result.Diagnostics), "PTTS1008", 1, 15);
        Assert.Equal(result, TtsScriptParser.Parse(ParseAssert.FilePath, json.Substring(1)));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Every_line_break_style_counts_lines(string newline)
    {
        string json = string.Join(newline, "{", "  \"lines\": {", "    \"a\": \"x\",", "    \"a\": \"y\"", "  }", "}");
        var diagnostic = ParseAssert.Single(json, "PTTS1006", 4, 5);
        Assert.Equal("\"a\"", ParseAssert.Covered(json, diagnostic));
        Assert.Equal(3, diagnostic.Span!.Value.EndLine);
        Assert.Equal(7, diagnostic.Span!.Value.EndColumn);
    }

    [Fact]
    public void Astral_characters_count_two_columns()
    {
        string json = "{\"lines\":{\"a\":\"😀😀\",\"a\":\"x\"}}";
        var diagnostic = ParseAssert.Single(json, "PTTS1006", 1, 22);
        Assert.Equal("\"a\"", ParseAssert.Covered(json, diagnostic));
    }

    // ---- Each diagnostic at its position ----

    [Fact]
    public void PTTS1001_syntax_error_at_the_offending_token()
    {
        string json = "{\n  \"lines\": {\n    \"a\": \"x\" \"b\": \"y\"\n  }\n}";
        var result = ParseAssert.Parse(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        ParseAssert.At(diagnostic, "PTTS1001", 3, 14);
        Assert.DoesNotContain("LineNumber", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(result.HasErrors);

        // The top level was read, so the script survives with the lines before the error.
        Assert.Equal("a", Assert.Single(result.Script!.Lines).Id);
    }

    [Fact]
    public void PTTS1001_after_a_comment_with_line_breaks()
    {
        string json = "{\n/* one\n two\n three */ \"lines\": { \"a\": \"x\" ]\n}";
        ParseAssert.Single(json, "PTTS1001", 4, 31);
    }

    [Fact]
    public void PTTS1001_after_multibyte_text_on_the_same_line()
    {
        string json = "{\"lines\":{\"a\":\"ééé😀\" x}}";
        ParseAssert.Single(json, "PTTS1001", 1, 23);
    }

    [Theory]
    [InlineData("{\"lines\": {\"a\": \"x\"", 1, 20)]
    [InlineData("{\"lines\": {\"a\": \"x", 1, 19)]
    [InlineData("{\"lines\": {\"a\":", 1, 16)]
    [InlineData("{\"lines\"", 1, 9)]
    [InlineData("{", 1, 2)]
    [InlineData("", 1, 1)]
    [InlineData("   \n  ", 2, 3)]
    [InlineData("// only a comment", 1, 18)]
    public void PTTS1001_truncated_files(string json, int line, int column)
    {
        ParseAssert.Single(json, "PTTS1001", line, column);
    }

    [Fact]
    public void PTTS1001_trailing_content_after_the_object()
    {
        ParseAssert.Single("{\"lines\":{\"a\":\"x\"}}\n}", "PTTS1001", 2, 1);
    }

    [Fact]
    public void PTTS1001_nesting_deeper_than_the_limit_in_an_unknown_member()
    {
        string json = "{\"lines\":{\"a\":\"x\"},\"deep\":" + new string('[', 100) + new string(']', 100) + "}";
        var result = ParseAssert.Parse(json);

        Assert.Contains(result.Diagnostics, d => d.Code == "PTTS1001");
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void PTTS1001_raw_control_character_in_a_string()
    {
        ParseAssert.Single("{\"lines\":{\"a\":\"x\u0001y\"}}", "PTTS1001", 1, 17);
    }

    [Fact]
    public void PTTS1001_lone_surrogate_escape_is_reported_at_the_string()
    {
        string json = "{\"lines\":{\"a\":\"\\ud800\",\"b\":\"ok\"}}";
        var result = ParseAssert.Parse(json);

        var diagnostic = Assert.Single(result.Diagnostics);
        ParseAssert.At(diagnostic, "PTTS1001", 1, 15);
        Assert.Equal("\"\\ud800\"", ParseAssert.Covered(json, diagnostic));
        Assert.Equal("b", Assert.Single(result.Script!.Lines).Id);
    }

    [Theory]
    [InlineData("[1, 2]", "an array")]
    [InlineData("\"lines\"", "a string")]
    [InlineData("42", "a number")]
    [InlineData("null", "null")]
    public void PTTS1002_top_level_not_an_object(string json, string found)
    {
        var result = ParseAssert.Parse(json);
        var diagnostic = Assert.Single(result.Diagnostics);
        ParseAssert.At(diagnostic, "PTTS1002", 1, 1);
        Assert.Contains(found, diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Script);
        Assert.Equal(json, ParseAssert.Covered(json, diagnostic));
    }

    [Fact]
    public void PTTS1003_lines_missing_at_the_opening_brace()
    {
        var result = ParseAssert.Parse("// c\n  { \"voice\": \"Kore\" }");
        ParseAssert.At(Assert.Single(result.Diagnostics), "PTTS1003", 2, 3);
        Assert.Equal("Kore", result.Script!.Voice);
        Assert.Empty(result.Script.Lines);
    }

    [Fact]
    public void PTTS1004_lines_not_an_object()
    {
        string json = "{ \"lines\": [ \"a\", \"b\" ] }";
        var diagnostic = ParseAssert.Single(json, "PTTS1004", 1, 12);
        Assert.Equal("[ \"a\", \"b\" ]", ParseAssert.Covered(json, diagnostic));
    }

    [Theory]
    [InlineData("-lead")]
    [InlineData("_lead")]
    [InlineData("has space")]
    [InlineData("slash/inside")]
    [InlineData("")]
    [InlineData("ünï")]
    public void PTTS1005_invalid_line_id(string id)
    {
        string json = "{\"lines\":{\"ok\":\"x\",\n  \"" + id + "\": \"y\"}}";
        var result = ParseAssert.Parse(json);
        var diagnostic = Assert.Single(result.Diagnostics);
        ParseAssert.At(diagnostic, "PTTS1005", 2, 3);
        Assert.Equal("ok", Assert.Single(result.Script!.Lines).Id);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("9lives")]
    [InlineData("Price-high_2.final")]
    public void Valid_line_ids(string id) =>
        Assert.Empty(ParseAssert.Parse("{\"lines\":{\"" + id + "\":\"x\"}}").Diagnostics);

    [Fact]
    public void PTTS1006_duplicate_id_keeps_the_first()
    {
        var result = ParseAssert.Parse("{\"lines\":{\"a\":\"first\",\"b\":\"x\",\"a\":\"second\"}}");
        ParseAssert.At(Assert.Single(result.Diagnostics), "PTTS1006", 1, 31);
        Assert.Equal(new[] { "first", "x" }, result.Script!.Lines.Select(l => l.Text));
    }

    [Fact]
    public void PTTS1006_duplicate_id_written_with_an_escape()
    {
        ParseAssert.Single("{\"lines\":{\"ab\":\"x\",\"a\\u0062\":\"y\"}}", "PTTS1006", 1, 20);
    }

    [Fact]
    public void PTTS1007_line_object_without_text_at_the_id()
    {
        var result = ParseAssert.Parse("{\"lines\":{\n\"a\": { \"voice\": \"Kore\" }}}");
        ParseAssert.At(Assert.Single(result.Diagnostics), "PTTS1007", 2, 1);
        Assert.Empty(result.Script!.Lines);
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"\\t\\n \"")]
    [InlineData("\"\u3000\"")]
    public void PTTS1008_empty_text(string value)
    {
        string json = "{\"lines\":{\"a\":" + value + ",\"b\":{\"text\":" + value + "}}}";
        var result = ParseAssert.Parse(json);
        Assert.Equal(2, result.Diagnostics.Count);
        ParseAssert.At(result.Diagnostics[0], "PTTS1008", 1, 15);
        Assert.Equal(value, ParseAssert.Covered(json, result.Diagnostics[0]));
        ParseAssert.At(result.Diagnostics[1], "PTTS1008", 1, 15 + value.Length + 13);
        Assert.Empty(result.Script!.Lines);
    }

    [Theory]
    [InlineData("{\"lines\":{\"a\":5}}", 1, 15, "5")]
    [InlineData("{\"lines\":{\"a\":[\"x\"]}}", 1, 15, "[\"x\"]")]
    [InlineData("{\"lines\":{\"a\":null}}", 1, 15, "null")]
    [InlineData("{\"lines\":{\"a\":{\"text\":true}}}", 1, 23, "true")]
    [InlineData("{\"lines\":{\"a\":{\"text\":\"x\",\"voice\":{\"n\":1}}}}", 1, 35, "{\"n\":1}")]
    [InlineData("{\"lines\":{\"a\":{\"text\":\"x\",\"prompt\":1.5e3}}}", 1, 36, "1.5e3")]
    [InlineData("{\"lines\":{\"a\":{\"text\":\"x\",\"language_code\":false}}}", 1, 43, "false")]
    [InlineData("{\"voice\":1,\"lines\":{\"a\":\"x\"}}", 1, 10, "1")]
    [InlineData("{\"$schema\":[],\"lines\":{\"a\":\"x\"}}", 1, 12, "[]")]
    [InlineData("{\"prompt\":null,\"lines\":{\"a\":\"x\"}}", 1, 11, "null")]
    [InlineData("{\"language_code\":7,\"lines\":{\"a\":\"x\"}}", 1, 18, "7")]
    public void PTTS1009_wrong_type(string json, int line, int column, string covered)
    {
        var diagnostic = ParseAssert.Single(json, "PTTS1009", line, column);
        Assert.Equal(covered, ParseAssert.Covered(json, diagnostic));
    }

    [Fact]
    public void PTTS1010_unknown_members_are_warnings_and_ignored()
    {
        string json = "{\"speed\":2,\"lines\":{\"a\":{\"text\":\"x\",\"emotion\":{\"deep\":[1]}}}}";
        var result = ParseAssert.Parse(json);

        Assert.Equal(2, result.Diagnostics.Count);
        ParseAssert.At(result.Diagnostics[0], "PTTS1010", 1, 2);
        ParseAssert.At(result.Diagnostics[1], "PTTS1010", 1, 37);
        Assert.All(result.Diagnostics, d => Assert.Equal(TtsSeverity.Warning, d.Severity));
        Assert.False(result.HasErrors);
        Assert.Equal("x", Assert.Single(result.Script!.Lines).Text);
    }

    [Theory]
    [InlineData("kore", "Kore")]
    [InlineData("Zephir", "Zephyr")]
    [InlineData("Fenrirr", "Fenrir")]
    [InlineData("SULAFAT", "Sulafat")]
    public void PTTS1011_unknown_voice_suggests_the_closest(string voice, string suggestion)
    {
        string json = "{\"voice\":\"" + voice + "\",\"lines\":{\"a\":{\"text\":\"x\",\"voice\":\"" + voice + "\"}}}";
        var result = ParseAssert.Parse(json);

        Assert.Equal(2, result.Diagnostics.Count);
        ParseAssert.At(result.Diagnostics[0], "PTTS1011", 1, 10);
        ParseAssert.At(result.Diagnostics[1], "PTTS1011", 1, json.LastIndexOf('"' + voice, StringComparison.Ordinal) + 1);
        Assert.All(result.Diagnostics, d => Assert.Contains("'" + suggestion + "'", d.Message, StringComparison.Ordinal));
        Assert.False(result.HasErrors);
        Assert.Equal(voice, result.Script!.Lines[0].Voice);
    }

    [Fact]
    public void Empty_voice_is_not_an_unknown_voice()
    {
        Assert.Empty(ParseAssert.Parse("{\"voice\":\"\",\"lines\":{\"a\":\"x\"}}").Diagnostics);
    }

    [Theory]
    [InlineData("en_US")]
    [InlineData("en-")]
    [InlineData("e")]
    [InlineData("en US")]
    [InlineData("englishlanguage")]
    public void PTTS1012_malformed_language_code(string code)
    {
        string json = "{\"lines\":{\"a\":{\"text\":\"x\",\"language_code\":\"" + code + "\"}}}";
        var diagnostic = ParseAssert.Single(json, "PTTS1012", 1, 43);
        Assert.Equal(TtsSeverity.Warning, diagnostic.Severity);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-US")]
    [InlineData("zh-Hant-TW")]
    [InlineData("es-419")]
    public void Well_formed_language_codes(string code) =>
        Assert.Empty(ParseAssert.Parse("{\"language_code\":\"" + code + "\",\"lines\":{\"a\":\"x\"}}").Diagnostics);

    [Theory]
    [InlineData("[whispers hello")]
    [InlineData("hello] there")]
    [InlineData("[a [b] c]")]
    public void PTTS1013_unbalanced_audio_tag(string text)
    {
        var diagnostic = ParseAssert.Single("{\"lines\":{\"a\":\"" + text + "\"}}", "PTTS1013", 1, 15);
        Assert.Equal(TtsSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Balanced_audio_tags_are_fine() =>
        Assert.Empty(ParseAssert.Parse("{\"lines\":{\"a\":\"[whispers] hi [laughs] [like dracula]\"}}").Diagnostics);

    [Fact]
    public void PTTS1014_a_replacement_character_is_what_a_wrong_decoding_left_and_both_entry_points_reject_it_at_the_same_place()
    {
        // The compiler decodes a Latin-1 "café" as "caf\uFFFD": the text the generator gets, and the task's bytes
        // after such a round trip, must both be invalid at the 'é'.
        string text = "{\"lines\":{\n \"a\":\"caf\uFFFD\"}}";

        var fromText = Assert.Single(TtsScriptParser.Parse(ParseAssert.FilePath, text).Diagnostics);
        var fromBytes = Assert.Single(TtsScriptParser.Parse(ParseAssert.FilePath, Encoding.UTF8.GetBytes(text)).Diagnostics);

        ParseAssert.At(fromText, "PTTS1014", 2, 10);
        Assert.Equal(fromText, fromBytes);
        Assert.Contains("U+FFFD", fromText.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]         // bad continuation
    [InlineData(new byte[] { 0xC0, 0xAF })]         // overlong
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]   // UTF-16 surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 })] // above U+10FFFF
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xE2, 0x82 })]         // truncated at the end of the file
    public void PTTS1014_invalid_utf8_at_the_offending_byte(byte[] bad)
    {
        byte[] prefix = Encoding.UTF8.GetBytes("{\"lines\":{\n \"a\":\"é😀");
        byte[] bytes = prefix.Concat(bad).ToArray();
        var result = TtsScriptParser.Parse(ParseAssert.FilePath, bytes);

        var diagnostic = Assert.Single(result.Diagnostics);
        ParseAssert.At(diagnostic, "PTTS1014", 2, 10);
        Assert.Contains("0x" + bad[0].ToString("X2"), diagnostic.Message, StringComparison.Ordinal);
        Assert.Null(result.Script);
        Assert.True(result.HasErrors);
    }

    [Fact]
    public void PTTS1015_duplicate_top_level_member_keeps_the_first()
    {
        var result = ParseAssert.Parse("{\"voice\":\"Kore\",\n\"voice\":\"Puck\",\"lines\":{\"a\":\"x\"}}");
        ParseAssert.At(Assert.Single(result.Diagnostics), "PTTS1015", 2, 1);
        Assert.Equal("Kore", result.Script!.Voice);
    }

    [Fact]
    public void PTTS1015_duplicate_lines_member()
    {
        var result = ParseAssert.Parse("{\"lines\":{\"a\":\"x\"},\"lines\":{\"b\":\"y\"}}");
        ParseAssert.At(Assert.Single(result.Diagnostics), "PTTS1015", 1, 20);
        Assert.Equal("a", Assert.Single(result.Script!.Lines).Id);
    }

    [Fact]
    public void PTTS1015_duplicate_member_in_a_line_object_drops_the_line()
    {
        var result = ParseAssert.Parse("{\"lines\":{\"a\":{\"text\":\"x\",\"text\":\"y\"},\"b\":\"z\"}}");
        ParseAssert.At(Assert.Single(result.Diagnostics), "PTTS1015", 1, 27);
        Assert.Equal("b", Assert.Single(result.Script!.Lines).Id);
    }

    [Fact]
    public void PTTS1015_duplicate_unknown_member()
    {
        var result = ParseAssert.Parse("{\"x\":1,\"x\":2,\"lines\":{\"a\":\"x\"}}");
        Assert.Equal(new[] { "PTTS1010", "PTTS1015" }, result.Diagnostics.Select(d => d.Code));
        ParseAssert.At(result.Diagnostics[1], "PTTS1015", 1, 8);
    }

    [Fact]
    public void PTTS1016_text_over_the_input_limit()
    {
        string longText = new string('a', TtsTextChecks.MaxTextBytes + 1);
        var diagnostic = ParseAssert.Single("{\"lines\":{\"a\":\"" + longText + "\"}}", "PTTS1016", 1, 15);
        Assert.Contains("32,769", diagnostic.Message, StringComparison.Ordinal);

        string atLimit = new string('é', TtsTextChecks.MaxTextBytes / 2);
        Assert.Empty(ParseAssert.Parse("{\"lines\":{\"a\":\"" + atLimit + "\"}}").Diagnostics);
    }

    [Fact]
    public void PTTS1017_empty_lines_is_a_warning()
    {
        string json = "{\"lines\": { }}";
        var result = ParseAssert.Parse(json);
        var diagnostic = Assert.Single(result.Diagnostics);
        ParseAssert.At(diagnostic, "PTTS1017", 1, 11);
        Assert.Equal("{ }", ParseAssert.Covered(json, diagnostic));
        Assert.False(result.HasErrors);
        Assert.Empty(result.Script!.Lines);
    }

    [Fact]
    public void One_bad_line_keeps_the_others_in_the_script()
    {
        var result = ParseAssert.Parse("{\"lines\":{\"a\":\"x\",\"b\":5,\"c\":{\"voice\":\"Kore\"},\"d\":\"y\"}}");
        Assert.True(result.HasErrors);
        Assert.Equal(new[] { "a", "d" }, result.Script!.Lines.Select(l => l.Id));
    }

    [Fact]
    public void Diagnostics_are_in_source_order()
    {
        var result = ParseAssert.Parse("{\"voice\":\"Kor\",\"extra\":1,\"lines\":{\"a\":{\"voice\":\"Pcuk\"}}}");
        var starts = result.Diagnostics.Select(d => d.Span!.Value.Start).ToList();
        Assert.Equal(starts.OrderBy(s => s), starts);
        Assert.Equal(new[] { "PTTS1011", "PTTS1010", "PTTS1007", "PTTS1011" }, result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Diagnostic_ToString_is_the_msbuild_canonical_form()
    {
        var diagnostic = ParseAssert.Single("{\"lines\":{\n  \"a\":\"x\",\n  \"a\":\"y\"}}", "PTTS1006", 3, 3);
        Assert.Equal(ParseAssert.FilePath + "(3,3): error PTTS1006: " + diagnostic.Message, diagnostic.ToString());
    }

    [Fact]
    public void Ten_megabyte_file_is_parsed()
    {
        var builder = new StringBuilder("{\"lines\":{");
        int i = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append("\"line").Append(i++).Append("\":\"Some text to speak, number ").Append(i).Append(".\",\n");
        }

        builder.Append("\"last\":\"x\"}}");
        var result = ParseAssert.Parse(builder.ToString());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(i + 1, result.Script!.Lines.Count);
        Assert.Equal(i, result.Script.Lines[^1].IdSpan.StartLine);
    }
}
