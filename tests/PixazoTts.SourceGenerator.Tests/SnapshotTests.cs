using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// The generated source and diagnostics for representative projects, against approved files in Snapshots/.
/// Re-approve after an intended change with <c>PIXAZO_APPROVE=1 dotnet test tests/PixazoTts.SourceGenerator.Tests</c>.
/// </summary>
public sealed class SnapshotTests
{
    [Fact]
    public void A_game_with_nested_folders_and_defaults_at_every_level()
    {
        var run = GeneratorHarness.Run(
            [
                new ScriptFile("Voice/intro.tts.json", Scripts.Intro),
                new ScriptFile("Voice/npc/blacksmith.tts.json", Scripts.Blacksmith, prompt: "Gruff, tired"),
                new ScriptFile("Voice/npc/innkeeper.tts.json", Scripts.Innkeeper, voice: "Sulafat"),
            ],
            GeneratorHarness.Properties("Game", languageCode: "en-US", prompt: "Project-wide prompt"));

        Assert.Null(run.Exception);
        Snapshot.Match("game", run);
    }

    [Fact]
    public void Awkward_names_and_text_become_valid_identifiers_and_well_formed_docs()
    {
        var run = GeneratorHarness.Run(
            [
                new ScriptFile("UI/main-menu.tts.json", """
                    {
                      "lines": {
                        "1st-visit": "First <b>time</b> & \"welcome\"!",
                        "class": "Line named like a keyword.",
                        "equals": "Named like object.Equals.",
                        "to_string": "Named like ToString.",
                        "multi.line": "One\nTwo\r\nThree\tfour",
                        "unicode": "日本語のテキスト — Ελληνικά — العربية — 🐉",
                        "control": "bell\u0007 and \u0000 nul"
                      }
                    }
                    """),
                new ScriptFile("menu.tts.json", """{ "lines": { "open": "Menu open." } }"""),
                new ScriptFile("menu/sub.tts.json", """{ "lines": { "close": "Menu closed." } }"""),
                new ScriptFile("notes.json", """{ "lines": { "x": "not a TtsAsset" } }""") { IsTtsAsset = false },
            ]);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match("awkward-names", run);
    }

    [Fact]
    public void Without_a_root_namespace_the_catalog_is_in_the_global_namespace()
    {
        var run = GeneratorHarness.Run([new ScriptFile("lines.tts.json", """{ "lines": { "hi": "Hi." } }""")], GeneratorHarness.Properties(rootNamespace: null), userCode: "internal static class Code { }");

        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match("global-namespace", run);
    }

    [Fact]
    public void Below_CSharp_8_no_nullable_annotations_are_written()
    {
        var run = GeneratorHarness.Run([new ScriptFile("lines.tts.json", """{ "lines": { "hi": "Hi." } }""")], version: LanguageVersion.CSharp7_3);

        Assert.Empty(run.CompilationDiagnostics);
        Snapshot.Match("csharp-7.3", run);
    }

    [Fact]
    public void Warnings_and_duplicate_members_keep_their_lines_while_encoding_errors_drop_the_file()
    {
        // PTTS1012 and PTTS1016 are warnings: the lines still become members (the long text shortened in the docs).
        // PTTS1015 (a member given twice) is an error, but the lines Core read stay in the IDE's catalog while it is
        // fixed. PTTS1014 (a code-page fallback, or U+FFFD as the .NET 10 compiler decodes bad bytes) means the file
        // cannot be read at all: it generates nothing, as the task reads nothing from it.
        byte[] latin1 = [.. Encoding.UTF8.GetBytes("{ \"lines\": { \"menu\": \"Caf"), 0xE9, .. Encoding.UTF8.GetBytes("\" } }")];
        var run = GeneratorHarness.Run(
            [
                new ScriptFile("Voice/language.tts.json", """{ "language_code": "en_US", "lines": { "hi": "Hi.", "bye": { "text": "Bye.", "language_code": "fr-" } } }"""),
                new ScriptFile("Voice/long.tts.json", "{ \"lines\": { \"saga\": \"" + string.Concat(Enumerable.Repeat("Once more. ", 3000)) + "\" } }"),
                new ScriptFile("Voice/latin1.tts.json", SourceText.From(latin1, latin1.Length, Encoding.Latin1)),
                new ScriptFile("Voice/replaced.tts.json", SourceText.From(new MemoryStream(latin1), Encoding.UTF8)),
                new ScriptFile("Voice/twice.tts.json", """{ "voice": "Kore", "voice": "Puck", "lines": { "a": "A." } }"""),
            ]);

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => !d.Id.StartsWith("PTTS", StringComparison.Ordinal));
        Assert.Equal(
            ["PTTS1012", "PTTS1014", "PTTS1015", "PTTS1016"],
            run.Diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal));
        Snapshot.Match("warnings-and-encoding", run);
    }

    [Fact]
    public void Every_script_mistake_is_a_diagnostic_at_its_span_and_only_valid_lines_are_generated()
    {
        var run = GeneratorHarness.Run(
            [
                new ScriptFile("Voice/malformed.tts.json", "{\n  \"lines\": {\n    \"a\": \"one\"\n    \"b\": \"two\"\n  }\n}\n"),
                new ScriptFile("Voice/not-object.tts.json", "[1, 2]"),
                new ScriptFile("Voice/no-lines.tts.json", "{ \"voice\": \"Kore\" }"),
                new ScriptFile("Voice/lines-array.tts.json", "{ \"lines\": [] }"),
                new ScriptFile("Voice/mixed.tts.json", """
                    {
                      "voice": "Koree",
                      "language_code": "english",
                      "speed": 2,
                      "lines": {
                        "ok": "Fine.",
                        "bad id!": "Invalid id.",
                        "ok": "Duplicate.",
                        "no-text": { "voice": "Kore" },
                        "empty": "   ",
                        "number": 42,
                        "tag": "[whispers Unbalanced"
                      }
                    }
                    """),
                new ScriptFile("Voice/collide.tts.json", """
                    {
                      "lines": {
                        "price-high": "One.",
                        "price_high": "Same identifier.",
                        "Case": "Upper.",
                        "case": "Lower: one WAV file on Windows and macOS."
                      }
                    }
                    """),
                new ScriptFile("Voice/a-b.tts.json", """{ "lines": { "x": "File one." } }"""),
                new ScriptFile("Voice/a_b.tts.json", """{ "lines": { "y": "Same class path." } }"""),
                new ScriptFile("Voice/empty.tts.json", """{ "lines": { } }"""),
                new ScriptFile("All.tts.json", """{ "lines": { "x": "A class named All." } }"""),
                new ScriptFile("Voice/self.tts.json", """{ "lines": { "self": "A member named like its class." } }"""),
            ]);

        Assert.Null(run.Exception);
        Assert.DoesNotContain(run.CompilationDiagnostics, d => !d.Id.StartsWith("PTTS", StringComparison.Ordinal));
        Snapshot.Match("diagnostics", run);
    }
}
