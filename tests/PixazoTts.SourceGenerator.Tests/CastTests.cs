using System.Text;
using Microsoft.CodeAnalysis;
using PixazoTts.SourceGenerator.Pipeline;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// Cast, lexicon and takes in the catalog: the generated members, the diagnostics (the same as the task's for the same
/// files), and incrementality when the cast file is edited.
/// </summary>
public sealed class CastTests
{
    private const string CastJson = """
        {
          "cast": {
            "blacksmith": { "voice": "Algenib", "prompt": "Gruff, proud of his work", "language_code": "en-US" },
            "innkeeper": { "voice": "Sulafat", "prompt": "Warm and chatty" },
            "ghost": { "prompt": "Hollow, from far away" }
          },
          "lexicon": { "Eldoria": "El-DOR-ee-ah", "Xyl'thar": "Zill-thar" }
        }
        """;

    private const string Forge = """
        {
          "speaker": "blacksmith",
          "lines": {
            "welcome": "Welcome to Eldoria's finest forge.",
            "price": { "text": "Fifty gold.", "take": 2 }
          }
        }
        """;

    private const string Tavern = """
        {
          "speaker": "innkeeper",
          "lines": {
            "room": "A room is five silver.",
            "smith": { "text": "The smith? Try the forge.", "speaker": "blacksmith" }
          }
        }
        """;

    private const string Crypt = """
        {
          "lines": {
            "boo": { "text": "Xyl'thar wakes.", "speaker": "ghost" }
          }
        }
        """;

    private readonly ScriptFile _cast = ScriptFile.Cast("Voice/cast.json", CastJson);
    private readonly ScriptFile _forge = new("Voice/forge.tts.json", Forge);
    private readonly ScriptFile _tavern = new("Voice/tavern.tts.json", Tavern);
    private readonly ScriptFile _crypt = new("Voice/crypt.tts.json", Crypt);

    [Fact]
    public void The_catalog_has_speakers_spoken_texts_takes_and_a_list_per_character()
    {
        var run = GeneratorHarness.Run([_cast, _forge, _tavern, _crypt]);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.CompilationDiagnostics);
        var catalog = run.Catalog();
        var forge = catalog.Members("Voice.Forge")!;
        var welcome = LoadedCatalog.Values(forge.Single(m => m.Name == "Welcome").Line);
        Assert.Equal("Welcome to El-DOR-ee-ah's finest forge.", welcome.SpokenText);
        Assert.Equal("Welcome to Eldoria's finest forge.", welcome.Text);
        Assert.Equal("blacksmith", welcome.Speaker);
        var price = LoadedCatalog.Values(forge.Single(m => m.Name == "Price").Line);
        Assert.Equal(2, price.Take);

        var expectedPriceKey = new TtsUtterance("Fifty gold.", "Algenib", "Gruff, proud of his work", "en-US", take: 2).ComputeKey(TtsModels.Gateway);
        Assert.Equal(expectedPriceKey, price.Key);

        string cast = run.Source("TtsAssets.Cast.g.cs");
        Assert.Contains("Blacksmith { get; }", cast, StringComparison.Ordinal);

        // The blacksmith's list holds the very lines of the script classes, scripts in path order, lines in file order.
        var smith = catalog.Members("Voice.Tavern")!.Single(m => m.Name == "Smith").Line;
        Assert.Equal([forge.Single(m => m.Name == "Welcome").Line, forge.Single(m => m.Name == "Price").Line, smith], catalog.List("Cast.Blacksmith"));
        Assert.Contains("Innkeeper { get; }", cast, StringComparison.Ordinal);
        Assert.Contains("Ghost { get; }", cast, StringComparison.Ordinal);
    }

    [Fact]
    public void The_cast_catalog_matches_its_approved_snapshot()
    {
        var run = GeneratorHarness.Run([_cast, _forge, _tavern, _crypt]);

        Assert.Null(run.Exception);
        Snapshot.Match("cast", run);
    }

    [Fact]
    public void Without_a_cast_file_there_is_no_Cast_class_and_lines_keep_their_old_shape()
    {
        var run = GeneratorHarness.Run([new ScriptFile("Voice/plain.tts.json", "{ \"lines\": { \"a\": \"Hello\" } }")]);

        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains("Blacksmith { get; }", StringComparison.Ordinal));
        var line = LoadedCatalog.Values(Assert.Single(run.Catalog().Members("Voice.Plain")!).Line);
        Assert.Equal(new TtsUtterance("Hello").ComputeKey(TtsModels.Gateway), line.Key);
        Assert.Equal((null, "Hello", 1), (line.Speaker, line.SpokenText, line.Take));
    }

    public static TheoryData<string, string, string> BrokenCasts => new()
    {
        // cast file, second cast file (or ""), script
        { CastJson, "", "{ \"speaker\": \"blacksmiht\", \"lines\": { \"a\": \"x\", \"b\": { \"text\": \"y\", \"speaker\": \"Ghost\" } } }" },
        { CastJson, "", "{ \"lines\": { \"a\": { \"text\": \"x\", \"take\": 0 }, \"b\": \"Eldoria\" } }" },
        { CastJson, "", "{ \"lexicon\": { \"Nowhere\": \"x\", \"Eldoria\": \"y\" }, \"lines\": { \"a\": \"Eldoria\" } }" },
        { CastJson, "", "{ \"lexicon\": { \"\": \"x\" }, \"lines\": { \"a\": \"Xyl'thar\" } }" },
        { "{ \"lexicon\": { \"GUI\": \"gooey\" } }", "", "{ \"speaker\": \"anyone\", \"lines\": { \"a\": \"GUI\" } }" },
        { "{ \"cast\": { \"-bad\": {}, \"a\": { \"voice\": 5, \"speed\": 1 } } }", "", "{ \"lines\": { \"a\": \"x\" } }" },
        { CastJson, "{ \"cast\": { \"blacksmith\": {}, \"cast\": {} }, \"lexicon\": { \"Eldoria\": \"z\" } }", "{ \"lines\": { \"a\": { \"text\": \"Eldoria\", \"speaker\": \"blacksmith\" } } }" },
        { "{ \"cast\": ", "", "{ \"speaker\": \"blacksmith\", \"lines\": { \"a\": \"x\" } }" },
    };

    [Theory]
    [MemberData(nameof(BrokenCasts))]
    public void The_generator_reports_what_the_task_reports_for_the_same_cast_and_scripts(string castJson, string secondCast, string scriptJson)
    {
        var files = new List<ScriptFile> { ScriptFile.Cast("Voice/cast.json", castJson), new("Voice/case.tts.json", scriptJson) };
        if (secondCast.Length > 0)
        {
            files.Add(ScriptFile.Cast("Voice/more/cast.json", secondCast));
        }

        var run = GeneratorHarness.Run(files);

        Assert.Null(run.Exception);
        Assert.NotEmpty(run.Diagnostics);
        Assert.Equal(TaskView(files), GeneratorView(run));
    }

    [Theory]
    [InlineData("Cast.tts.json")]
    [InlineData("Cast/smith.tts.json")]
    public void A_script_named_like_the_cast_list_is_PTTS1028_in_the_IDE_and_the_build_and_never_a_compiler_error(string relativePath)
    {
        var script = new ScriptFile(relativePath, Forge);
        var run = GeneratorHarness.Run([_cast, script]);

        Assert.Null(run.Exception);
        Assert.Empty(run.CompilationDiagnostics);
        var clash = Assert.Single(run.Diagnostics, d => d.Id == "PTTS1028");
        Assert.EndsWith(relativePath, clash.Location.GetLineSpan().Path, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Sources, s => s.SourceText.ToString().Contains("Blacksmith { get; }", StringComparison.Ordinal));
        Assert.Equal(TaskView([_cast, script]), GeneratorView(run));

        // Without a cast the name is free: the same script is an ordinary catalog class.
        var alone = GeneratorHarness.Run([script]);
        Assert.DoesNotContain(alone.Diagnostics, d => d.Id == "PTTS1028");
        Assert.Empty(alone.CompilationDiagnostics);
    }

    [Fact]
    public void Editing_one_character_re_emits_only_the_scripts_it_speaks_in()
    {
        var (driver, compilation) = FirstRun();

        var edited = _cast.WithContent(CastJson.Replace("Warm and chatty", "Tired and short", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(_cast, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // No script is parsed again; every script is bound again (cheap), but only the tavern's binding changed.
        Assert.All(Outputs(result, TrackingNames.Parsed), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(result, TrackingNames.Cast)));
        var bound = Outputs(result, TrackingNames.Bound);
        Assert.Equal(1, bound.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, bound.Count(r => r == IncrementalStepRunReason.Unchanged));
        var fileClasses = Outputs(result, TrackingNames.FileClass);
        Assert.Equal(1, fileClasses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, fileClasses.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Outputs(result, TrackingNames.AllList), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Outputs(result, TrackingNames.CastList), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains("Tired and short", result.GeneratedSources.Single(s => s.HintName == "TtsAssets.Voice.Tavern.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_a_lexicon_entry_re_emits_only_the_scripts_that_use_the_word()
    {
        var (driver, compilation) = FirstRun();

        var edited = _cast.WithContent(CastJson.Replace("Zill-thar", "Zil-thahr", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(_cast, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        var fileClasses = Outputs(result, TrackingNames.FileClass);
        Assert.Equal(1, fileClasses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, fileClasses.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Contains("Zil-thahr", result.GeneratedSources.Single(s => s.HintName == "TtsAssets.Voice.Crypt.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_edit_of_the_cast_file_that_changes_no_setting_re_emits_nothing()
    {
        var (driver, compilation) = FirstRun();

        var edited = _cast.WithContent("// The cast of the dungeon.\n" + CastJson);
        var result = driver.ReplaceAdditionalText(_cast, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.Bound), r => Assert.Equal(IncrementalStepRunReason.Unchanged, r));
        Assert.All(Outputs(result, TrackingNames.FileClass), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(Outputs(result, TrackingNames.CastList), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).Where(o => o.Value is not null && o.Value.ToString() != "[]"),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Adding_a_character_rewrites_the_cast_list_but_no_script()
    {
        var (driver, compilation) = FirstRun();

        var edited = _cast.WithContent(CastJson.Replace("\"ghost\":", "\"guard\": { \"voice\": \"Orus\" },\n    \"ghost\":", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(_cast, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.FileClass), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(result, TrackingNames.CastList)));
        Assert.Contains("Guard { get; }", result.GeneratedSources.Single(s => s.HintName == "TtsAssets.Cast.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    private (GeneratorDriver Driver, Microsoft.CodeAnalysis.CSharp.CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compilation("Game", ["namespace Game { internal static class Code { } }"]);
        var driver = GeneratorHarness.Driver([_cast, _forge, _tavern, _crypt]).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().Results.Single().Diagnostics);
        return (driver, compilation);
    }

    private static List<IncrementalStepRunReason> Outputs(GeneratorRunResult result, string step) =>
        (result.TrackedSteps.TryGetValue(step, out var steps) ? steps : throw new InvalidOperationException("No tracked step " + step))
            .SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    /// <summary>What the task reports for the same files, through the same Core calls as its loader (TtsAssetLoader).</summary>
    private static List<string> TaskView(IReadOnlyList<ScriptFile> files)
    {
        var diagnostics = new List<TtsDiagnostic>();
        var scripts = new List<(string Path, string RelativePath, TtsScriptParseResult Result)>();
        foreach (var file in files.Where(f => f.IsTtsAsset))
        {
            var parsed = TtsScriptParser.Parse(file.Path, Encoding.UTF8.GetBytes(file.GetText()!.ToString()));
            diagnostics.AddRange(parsed.Diagnostics);
            scripts.Add((file.Path, file.RelativePath, parsed));
        }

        diagnostics.AddRange(TtsCatalogValidator.Validate(scripts.Where(s => s.Result.Script is not null).Select(s => new TtsCatalogFile(s.Path, s.RelativePath, s.Result.Script!.Lines)).ToList()));
        var castFiles = files.Where(f => f.IsCast).Select(f => TtsCastParser.Parse(f.Path, Encoding.UTF8.GetBytes(f.GetText()!.ToString()))).ToList();
        diagnostics.AddRange(castFiles.SelectMany(f => f.Diagnostics));
        var cast = TtsCast.Merge(castFiles);
        diagnostics.AddRange(cast.Diagnostics);
        var used = new List<IReadOnlyList<string>>();
        foreach (var script in scripts.Where(s => s.Result.Script is not null))
        {
            var binding = TtsCastBinder.Bind(script.Path, script.Result.Script!, cast);
            diagnostics.AddRange(binding.Diagnostics);
            used.Add(binding.UsedCastWords);
        }

        diagnostics.AddRange(TtsCastBinder.FindUnusedCastEntries(cast, used));
        diagnostics.AddRange(TtsCastBinder.FindCastClassClashes(cast, scripts.Where(s => s.Result.Script is not null).Select(s => (s.Path, s.RelativePath))));
        return diagnostics
            .Select(d => $"{d.FilePath} {d.Code} {(d.IsError ? "Error" : "Warning")} {d.Span?.Start}+{d.Span?.Length} {d.Span?.StartLine}:{d.Span?.StartColumn} {d.Message}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static List<string> GeneratorView(GeneratorRun run) =>
        run.Diagnostics
            .Select(d =>
            {
                var span = d.Location.GetLineSpan();
                return $"{span.Path} {d.Id} {d.DefaultSeverity} {d.Location.SourceSpan.Start}+{d.Location.SourceSpan.Length} {span.StartLinePosition.Line}:{span.StartLinePosition.Character} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
            })
            .Order(StringComparer.Ordinal)
            .ToList();
}
