using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PixazoTts.SourceGenerator.Pipeline;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// The pipeline as the IDE runs it, edit after edit: work is redone only for what an edit touches. Step outcomes come
/// from the driver's own tracking (<c>trackIncrementalGeneratorSteps</c>).
/// </summary>
public sealed class IncrementalTests
{
    private static readonly string[] GeneratorSteps =
        [TrackingNames.Scripts, TrackingNames.Parsed, TrackingNames.Project, TrackingNames.Catalog, TrackingNames.ScriptClass, TrackingNames.Naming, TrackingNames.Accepted, TrackingNames.FileClass, TrackingNames.FileEntry, TrackingNames.AllList];

    private readonly ScriptFile _intro = new("Voice/intro.tts.json", Scripts.Intro);
    private readonly ScriptFile _blacksmith = new("Voice/npc/blacksmith.tts.json", Scripts.Blacksmith);
    private readonly ScriptFile _innkeeper = new("Voice/npc/innkeeper.tts.json", Scripts.Innkeeper);

    [Fact]
    public void An_edit_to_a_CSharp_file_leaves_every_step_cached_and_every_output_unchanged()
    {
        var (driver, compilation) = FirstRun();

        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace Game { internal static class Code { internal static int Edited => 1; } }", GeneratorHarness.ParseOptions(), path: "/project/Code0.cs"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (string step in GeneratorSteps)
        {
            Assert.All(Steps(result, step), s => Assert.All(s.Outputs, o => Assert.True(
                o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}")));
        }

        Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_text_edit_in_one_script_reparses_and_re_emits_only_that_script()
    {
        var (driver, compilation) = FirstRun();

        var editedBlacksmith = _blacksmith.WithContent(Scripts.Blacksmith.Replace("Fifty gold", "Sixty gold", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(_blacksmith, editedBlacksmith);
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();

        var parsed = Steps(result, TrackingNames.Parsed).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, parsed.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, parsed.Count(r => r == IncrementalStepRunReason.Cached));

        var fileClasses = Steps(result, TrackingNames.FileClass).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(1, fileClasses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, fileClasses.Count(r => r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));

        // The cross-file naming check looks at paths only: it does not run; the edited script's names are checked
        // again (its lines only), the others' are not.
        Assert.All(Reasons(result, TrackingNames.Catalog), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var naming = Reasons(result, TrackingNames.Naming);
        Assert.Equal(1, naming.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, naming.Count(r => r == IncrementalStepRunReason.Cached));

        // The catalog's shape (scripts, folders) did not change, so TtsAssets.All is not built nor written again.
        Assert.All(Reasons(result, TrackingNames.AllList), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains("Sixty gold", result.GeneratedSources.Single(s => s.HintName == "TtsAssets.Voice.Npc.Blacksmith.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_line_updates_that_script_only()
    {
        var (driver, compilation) = FirstRun();

        var edited = _innkeeper.WithContent(Scripts.Innkeeper.Replace("\"room\"", "\"bath\": \"Baths are extra.\",\n    \"room\"", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(_innkeeper, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // A new id is checked against its own script and class only: the cross-file check (paths) does not run, and
        // the other scripts' names are neither checked again nor their lines resolved and hashed again.
        Assert.All(Reasons(result, TrackingNames.Catalog), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        var naming = Reasons(result, TrackingNames.Naming);
        Assert.Equal(1, naming.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, naming.Count(r => r == IncrementalStepRunReason.Cached));
        var fileClasses = Reasons(result, TrackingNames.FileClass);
        Assert.Equal(1, fileClasses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, fileClasses.Count(r => r == IncrementalStepRunReason.Cached));

        // TtsAssets.All joins the scripts' tables, so it gains the line without the root class being written again.
        Assert.All(Reasons(result, TrackingNames.AllList), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Contains("Baths are extra.", result.GeneratedSources.Single(s => s.HintName == "TtsAssets.Voice.Npc.Innkeeper.g.cs").SourceText.ToString(), StringComparison.Ordinal);
        var output = compilation.AddSyntaxTrees(result.GeneratedSources.Select(s => s.SyntaxTree));
        Assert.Contains(LoadedCatalog.Load(output).All, l => l.Id == "bath" && l.Text == "Baths are extra.");
    }

    [Fact]
    public void Adding_a_script_reruns_the_cross_file_check_and_rechecks_only_the_lines_of_the_class_it_lands_in()
    {
        var (driver, compilation) = FirstRun();

        // Voice/intro/greeting.tts.json makes the class Voice.Intro.Greeting, which clashes with intro's line
        // "greeting" (PTTS1103 at that line); the blacksmith's and the innkeeper's classes do not change.
        var added = new ScriptFile("Voice/intro/greeting.tts.json", """{ "lines": { "again": "Hello again." } }""");
        var result = driver.AddAdditionalTexts([added]).RunGenerators(compilation).GetRunResult().Results.Single();

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.Catalog)));
        var classes = Reasons(result, TrackingNames.ScriptClass);
        Assert.Equal(1, classes.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, classes.Count(r => r == IncrementalStepRunReason.Unchanged));
        Assert.Equal(1, classes.Count(r => r == IncrementalStepRunReason.New));
        var naming = Reasons(result, TrackingNames.Naming);
        Assert.Equal(1, naming.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, naming.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.Equal(1, naming.Count(r => r == IncrementalStepRunReason.New));
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Reasons(result, TrackingNames.AllList)));

        // The same diagnostic as Core's whole-catalog validation (the task's), at the same line.
        var clash = Assert.Single(result.Diagnostics);
        Assert.Equal("PTTS1103", clash.Id);
        var files = new[] { _intro, _blacksmith, _innkeeper, added }
            .Select(f => new TtsCatalogFile(f.Path, f.RelativePath, TtsScriptParser.Parse(f.Path, f.GetText()!.ToString()).Script!.Lines))
            .ToList();
        var expected = Assert.Single(TtsCatalogValidator.Validate(files));
        Assert.Equal((expected.FilePath, expected.Span!.Value.Start, expected.Message), (clash.Location.GetLineSpan().Path, clash.Location.SourceSpan.Start, clash.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Running_twice_with_nothing_changed_produces_the_same_sources()
    {
        var (driver, compilation) = FirstRun();
        var first = driver.GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName + s.SourceText).ToList();

        var second = driver.RunGenerators(compilation).GetRunResult().Results.Single().GeneratedSources.Select(s => s.HintName + s.SourceText).ToList();

        Assert.Equal(first, second);
    }

    private (GeneratorDriver Driver, CSharpCompilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compilation("Game", ["namespace Game { internal static class Code { } }"]);
        var driver = GeneratorHarness.Driver([_intro, _blacksmith, _innkeeper]).RunGenerators(compilation);
        Assert.Equal(6, driver.GetRunResult().Results.Single().GeneratedSources.Length);
        return (driver, compilation);
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string name) =>
        Steps(result, name).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static IEnumerable<IncrementalGeneratorRunStep> Steps(GeneratorRunResult result, string name) =>
        result.TrackedSteps.TryGetValue(name, out var steps) ? steps : throw new InvalidOperationException("No tracked step " + name);
}
