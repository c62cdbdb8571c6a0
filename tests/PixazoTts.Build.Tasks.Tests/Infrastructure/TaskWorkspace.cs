using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PixazoTts.Build.Tasks.Tests.Infrastructure;

/// <summary>
/// A project folder with scripts, a cache folder and an obj folder, and a <see cref="SynthesizeTtsAssets"/> wired to
/// them the way the targets wire it. The task reads its environment through <see cref="Environment"/> only.
/// </summary>
internal sealed class TaskWorkspace : IDisposable
{
    public TaskWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "pixazo-task-tests-" + Guid.NewGuid().ToString("N"));
        ProjectDirectory = Path.Combine(Root, "project");
        CacheDirectory = Path.Combine(Root, "cache");
        Directory.CreateDirectory(ProjectDirectory);
    }

    public string Root { get; }

    public string ProjectDirectory { get; }

    public string CacheDirectory { get; }

    public string AudioDirectory => Path.Combine(ProjectDirectory, "obj", "pixazotts", "audio");

    public string StampFile => Path.Combine(ProjectDirectory, "obj", "pixazotts", "synthesized.stamp");

    /// <summary>The task's environment variables (the process's own are never read).</summary>
    public Dictionary<string, string> Environment { get; } = new(StringComparer.Ordinal);

    public FakeBuildEngine Engine { get; } = new();

    public List<ITaskItem> Scripts { get; } = [];

    public string WriteScript(string relativePath, string content)
    {
        string path = Path.Combine(ProjectDirectory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        Scripts.Add(Item(path));
        return path;
    }

    /// <summary>A script with <paramref name="count"/> distinct lines, <c>line1</c>..<c>lineN</c>.</summary>
    public string WriteLines(string relativePath, int count) =>
        WriteScript(relativePath, "{ \"lines\": { " + string.Join(", ", Enumerable.Range(1, count).Select(i => $"\"line{i}\": \"Line number {i}.\"")) + " } }");

    /// <summary>A TtsAsset item as MSBuild hands it to the task: the task computes its relative path itself.</summary>
    public static TaskItem Item(string fullPath) => new(fullPath);

    public SynthesizeTtsAssets CreateTask(Action<SynthesizeTtsAssets>? configure = null)
    {
        var task = new SynthesizeTtsAssets
        {
            BuildEngine = Engine,
            Scripts = [.. Scripts],
            AudioDirectory = AudioDirectory,
            StampFile = StampFile,
            ProjectDirectory = ProjectDirectory,
            ProjectFile = Path.Combine(ProjectDirectory, "Game.csproj"),
            CacheDirectory = CacheDirectory,
            ReadEnvironment = name => Environment.TryGetValue(name, out string? value) ? value : null,
        };
        configure?.Invoke(task);
        return task;
    }

    public string[] CacheFiles(string pattern) =>
        Directory.Exists(CacheDirectory) ? Directory.GetFiles(CacheDirectory, pattern, SearchOption.AllDirectories) : [];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
