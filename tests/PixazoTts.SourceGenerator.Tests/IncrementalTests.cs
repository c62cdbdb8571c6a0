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
        [TrackingNames.Scripts, TrackingNames.Parsed, TrackingNames.Project, TrackingNames.Catalog, TrackingNames.Accepted, TrackingNames.FileClass, TrackingNames.AllList];

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

        // The catalog's shape (names, folders) did not change, so TtsAssets.All is not written again.
        Assert.All(Steps(result, TrackingNames.AllList).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        Assert.Contains("Sixty gold", result.GeneratedSources.Single(s => s.HintName == "TtsAssets.Voice.Npc.Blacksmith.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Adding_a_line_updates_that_script_and_the_list_of_all_lines_only()
    {
        var (driver, compilation) = FirstRun();

        var edited = _innkeeper.WithContent(Scripts.Innkeeper.Replace("\"room\"", "\"bath\": \"Baths are extra.\",\n    \"room\"", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(_innkeeper, edited).RunGenerators(compilation).GetRunResult().Results.Single();

        // The validation changed (a new id), but the other scripts' slices of it did not: their lines are neither
        // resolved nor hashed again.
        var fileClasses = Steps(result, TrackingNames.FileClass).SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();
        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Steps(result, TrackingNames.Catalog).SelectMany(s => s.Outputs)).Reason);
        Assert.Equal(1, fileClasses.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(2, fileClasses.Count(r => r == IncrementalStepRunReason.Cached));
        Assert.All(Steps(result, TrackingNames.AllList).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Modified, o.Reason));
        Assert.Contains("Voice.Npc.Innkeeper.Bath,", result.GeneratedSources.Single(s => s.HintName == "TtsAssets.g.cs").SourceText.ToString(), StringComparison.Ordinal);
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

    private static IEnumerable<IncrementalGeneratorRunStep> Steps(GeneratorRunResult result, string name) =>
        result.TrackedSteps.TryGetValue(name, out var steps) ? steps : throw new InvalidOperationException("No tracked step " + name);
}
