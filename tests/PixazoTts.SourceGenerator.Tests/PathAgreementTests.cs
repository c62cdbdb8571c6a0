using PixazoTts.Build.Tasks;
using PixazoTts.Pipeline.Planning;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// The IDE and the build agree on a script's relative path: the build task's own loader (not a copy of its rules) and
/// the generator, given the same file and the relative path the targets hand it (<c>PrepareTtsCatalogInputs</c>), report the same
/// diagnostics, and name the same output path for an accepted script.
/// </summary>
public sealed class PathAgreementTests : IDisposable
{
    private const string Content = "{ \"lines\": { \"a\": \"One.\", \"b\": \"Two.\" } }";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pixazo-path-agreement-" + Guid.NewGuid().ToString("N"));

    public PathAgreementTests() => Directory.CreateDirectory(Path.Combine(_root, "project"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string ProjectDirectory => Path.Combine(_root, "project");

    public static TheoryData<string, string> Cases => new()
    {
        // where the file is (below the temporary root) → its relative path (its Link, else its path from the project)
        { "shared/intro.tts.json", "../shared/intro.tts.json" },          // outside the project, no Link
        { "project/Raw/intro.tts.json", "../Raw/intro.tts.json" },         // a Link that climbs out
        { "project/Raw/intro.tts.json", "C:/Sounds/intro.tts.json" },      // another drive (Windows MakeRelative)
        { "project/Raw/intro.tts.json", "/abs/intro.tts.json" },           // an absolute Link
        { "project/Raw/intro.tts.json", "Voice/../../intro.tts.json" },
        { "shared/intro.tts.json", "Voice/intro.tts.json" },               // outside the project, with a good Link
        { "project/Raw/intro.tts.json", "Voice/npc/intro.tts.json" },      // a Link that moves it
        { "project/Voice/intro.tts.json", "Voice/intro.tts.json" },        // the plain case
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_task_and_the_generator_agree_on_a_scripts_path(string location, string relativePath)
    {
        string fullPath = Path.Combine(_root, location);
        Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
        File.WriteAllText(fullPath, Content);

        // The item as MSBuild has it: a Link where the relative path is not the file's own path from the project.
        var item = new Microsoft.Build.Utilities.TaskItem(fullPath);
        if (Path.GetRelativePath(ProjectDirectory, fullPath).Replace('\\', '/') != relativePath)
        {
            item.SetMetadata("Link", relativePath);
        }

        // The task: its loader, then its resolution into output paths.
        var taskDiagnostics = new List<TtsDiagnostic>();
        var scripts = TtsAssetLoader.Load(TtsAssetItems.ToInputs([item], ProjectDirectory), taskDiagnostics);
        var taskPaths = TtsAssetLoader.Resolve(scripts, TtsVoiceSettings.None).Select(o => o.OutputPath).ToList();

        // The generator: the same file, with the relative path the targets hand it (PrepareTtsCatalogInputs).
        var prepare = new PrepareTtsCatalogInputs { BuildEngine = new NullBuildEngine(), Scripts = [item], ProjectDirectory = ProjectDirectory };
        Assert.True(prepare.Execute());
        Assert.True(TtsCatalogInputs.TryDecodeScript(prepare.CatalogFiles.Single().GetMetadata(TtsCatalogInputs.ItemMetadataName), out string handed, out _, out _));
        Assert.Equal(relativePath, handed);
        var run = GeneratorHarness.Run([new ScriptFile(handed, Content) { FullPath = fullPath }]);

        Assert.Null(run.Exception);
        Assert.Equal(
            taskDiagnostics.Select(d => $"{d.Code} {d.FilePath} {d.Message}"),
            run.Diagnostics.Select(d => $"{d.Id} {d.Location.GetLineSpan().Path} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
        var generated = run.Catalog().All;
        if (taskDiagnostics.Count > 0)
        {
            Assert.Equal("PTTS1104", Assert.Single(taskDiagnostics).Code);
            Assert.Empty(taskPaths);
            Assert.Empty(generated);
        }
        else
        {
            Assert.Equal(2, taskPaths.Count);
            Assert.Equal(taskPaths, generated.Select(l => l.Path));
        }
    }
}
