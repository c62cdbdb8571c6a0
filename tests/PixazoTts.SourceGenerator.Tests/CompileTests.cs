using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>The catalog compiles cleanly in strict projects, runs, and agrees with Core on every value.</summary>
public sealed class CompileTests
{
    private const string UserCode = """
        namespace Game
        {
            /// <summary>Uses the catalog the way a game does.</summary>
            public static class Player
            {
                /// <summary>The WAV to play first.</summary>
                public static string First => TtsAssets.Voice.Npc.Blacksmith.PriceHigh.Path;

                /// <summary>How many lines there are.</summary>
                public static int Count => TtsAssets.All.Count;

                /// <summary>Every line's fields, tab-separated.</summary>
                public static string[] Describe()
                {
                    var result = new string[TtsAssets.All.Count];
                    for (int i = 0; i < result.Length; i++)
                    {
                        var line = TtsAssets.All[i];
                        result[i] = string.Join("\t", line.Id, line.Path, line.Text, line.Voice ?? "-", line.Prompt ?? "-", line.LanguageCode ?? "-", line.Key);
                    }

                    return result;
                }
            }
        }
        """;

    [Fact]
    public void The_catalog_compiles_without_any_warning_under_nullable_warnings_as_errors_and_documentation_checks()
    {
        var run = GeneratorHarness.Run(GameScripts(), userCode: UserCode);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void Every_generated_value_matches_Core_resolution_naming_and_cache_key()
    {
        var properties = GeneratorHarness.Properties("Game", languageCode: "en-US");
        var run = GeneratorHarness.Run(GameScripts(), properties, UserCode);
        var assembly = Load(run.Output);
        var player = assembly.GetType("Game.Player")!;

        Assert.Equal("Voice/npc/blacksmith/price-high.wav", player.GetProperty("First")!.GetValue(null));
        var described = (string[])player.GetMethod("Describe")!.Invoke(null, null)!;

        var expected = new List<string>();
        foreach (var script in GameScripts().OrderBy(s => s.RelativePath, StringComparer.Ordinal))
        {
            var parsed = TtsScriptParser.Parse(script.Path, script.GetText().ToString()).Script!;
            var item = new TtsVoiceSettings(script.Voice, script.Prompt, script.LanguageCode);
            foreach (var line in TtsLineResolver.ResolveAll(parsed, item, new TtsVoiceSettings(null, null, "en-US")))
            {
                expected.Add(string.Join("\t", line.Id, TtsNaming.GetOutputPath(script.RelativePath, line.Id), line.Utterance.Text, line.Utterance.Voice ?? "-", line.Utterance.Prompt ?? "-", line.Utterance.LanguageCode ?? "-", line.Utterance.ComputeKey(TtsModels.Gateway)));
            }
        }

        Assert.Equal(expected, described);
    }

    [Fact]
    public void Settings_from_MSBuild_reach_the_catalog_whole_and_the_audio_format_names_the_extension()
    {
        // '#' and ';' start a comment in the compiler's .editorconfig and its parser trims the ends: the targets'
        // encoding carries each value whole, so the Key is the audio's (the real build is CatalogTests' end-to-end one).
        const string ItemPrompt = " Calm; slow #1 take, it's late ";
        const string ProjectPrompt = "Stern; #2 in the 'keep'";
        ScriptFile[] scripts =
        [
            new("Voice/a.tts.json", """{ "lines": { "one": "One." } }""", prompt: ItemPrompt) { AudioFormat = "opus" },
            new("Voice/b.tts.json", """{ "lines": { "two": "Two." } }""", voice: "Puck;#"),
        ];
        var project = new TtsVoiceSettings("Kore", ProjectPrompt, "en-GB");

        var run = GeneratorHarness.Run(scripts, GeneratorHarness.Properties("Game", project.Voice, project.Prompt, project.LanguageCode));
        var all = run.Catalog().All;

        Assert.Empty(run.Diagnostics);
        Assert.Equal(["Voice/a/one.opus", "Voice/b/two.wav"], all.Select(l => l.Path));
        Assert.Equal([ItemPrompt, ProjectPrompt], all.Select(l => l.Prompt));
        Assert.Equal(["Kore", "Puck;#"], all.Select(l => l.Voice));
        var expectedKeys = scripts.Select(s => TtsLineResolver.ResolveAll(
            TtsScriptParser.Parse(s.Path, s.GetText().ToString()).Script!,
            new TtsVoiceSettings(s.Voice, s.Prompt, s.LanguageCode),
            project).Single().Utterance.ComputeKey(TtsModels.Gateway));
        Assert.Equal(expectedKeys, all.Select(l => l.Key));

        // The project's format applies where the item sets none.
        var opus = GeneratorHarness.Run(scripts, GeneratorHarness.Properties("Game", audioFormat: "opus")).Catalog().All;
        Assert.Equal(["Voice/a/one.opus", "Voice/b/two.opus"], opus.Select(l => l.Path));
    }

    [Fact]
    public void All_holds_the_very_instances_of_the_script_classes_fields_scripts_in_path_order_lines_in_file_order()
    {
        var run = GeneratorHarness.Run(GameScripts(), userCode: UserCode);
        var catalog = run.Catalog();

        var fields = GameScripts()
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal)
            .SelectMany(s => catalog.Members(string.Join(".", TtsNaming.GetClassPath(s.RelativePath)))!)
            .Select(m => m.Line)
            .ToList();

        Assert.Equal(6, fields.Count);
        Assert.Equal(fields.Count, catalog.AllInstances.Count);
        Assert.All(fields.Zip(catalog.AllInstances), pair => Assert.Same(pair.First, pair.Second));
    }

    [Fact]
    public void Two_projects_that_reference_each_other_both_with_catalogs_do_not_clash()
    {
        // A library with its own voice lines, visible to the game through InternalsVisibleTo: each keeps its own
        // TtsLine and TtsAssets (embedded types), even in the same namespace.
        var library = GeneratorHarness.Run(
            [new ScriptFile("Voice/lib.tts.json", """{ "lines": { "shared": "From the library." } }""")],
            userCode: """
                [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Game")]
                namespace Game { internal static class LibraryCode { } }
                """);
        Assert.Empty(library.CompilationDiagnostics);
        var libraryReference = library.Output.WithAssemblyName("Library").ToMetadataReference();

        var compilation = GeneratorHarness.Compilation("Game", [UserCode], [libraryReference]);
        GeneratorHarness.Driver(GameScripts()).RunGeneratorsAndUpdateCompilation(compilation, out var game, out var diagnostics);

        Assert.Empty(diagnostics);
        Assert.Empty(game.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    [Fact]
    public void A_project_without_scripts_gets_only_the_line_type()
    {
        var run = GeneratorHarness.Run([]);

        Assert.Equal(["Microsoft.CodeAnalysis.EmbeddedAttribute.cs", "PixazoTts.TtsLine.g.cs"], run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationDiagnostics);
    }

    private static ScriptFile[] GameScripts() =>
    [
        new ScriptFile("Voice/intro.tts.json", Scripts.Intro),
        new ScriptFile("Voice/npc/blacksmith.tts.json", Scripts.Blacksmith),
        new ScriptFile("Voice/npc/innkeeper.tts.json", Scripts.Innkeeper, voice: "Sulafat", prompt: "Cheerful"),
    ];

    private static Assembly Load(CSharpCompilation compilation)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        image.Position = 0;
        return new AssemblyLoadContext("catalog-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(image);
    }
}
