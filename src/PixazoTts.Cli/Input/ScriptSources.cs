using PixazoTts.Cli.Output;

namespace PixazoTts.Cli.Input;

/// <summary>
/// Turns the PATH arguments into scripts: a project file (its TtsAsset items, read by MSBuild itself), a folder (every
/// <c>*.tts.json</c> below it, skipping <c>bin</c>, <c>obj</c>, <c>node_modules</c> and hidden folders; paths relative to
/// the folder), or script files (paths relative to the current directory). No PATH: the project in the current
/// directory if there is exactly one, else the current directory as a folder.
/// </summary>
internal static class ScriptSources
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj", ".proj"];
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules" };

    public static async Task<ScriptSelection?> ResolveAsync(IReadOnlyList<string> paths, CliConsole console, CancellationToken cancellationToken)
    {
        string current = Directory.GetCurrentDirectory();
        if (paths.Count == 0)
        {
            var projects = Directory.EnumerateFiles(current).Where(IsProject).ToList();
            paths = projects.Count == 1 ? projects : [current];
        }

        var scripts = new List<TtsAssetInput>();
        IReadOnlyDictionary<string, string> properties = new Dictionary<string, string>();
        string? projectFile = null;
        string? baseDirectory = null;
        foreach (string given in paths)
        {
            string path = Path.GetFullPath(given);
            if (Directory.Exists(path))
            {
                baseDirectory ??= path;
                scripts.AddRange(FromFolder(path));
            }
            else if (File.Exists(path) && IsProject(path))
            {
                var project = await MSBuildProjectReader.ReadAsync(path, console, cancellationToken).ConfigureAwait(false);
                if (project is null)
                {
                    return null;
                }

                if (projectFile is null)
                {
                    projectFile = path;
                    properties = project.Properties;
                    baseDirectory ??= Path.GetDirectoryName(path)!;
                }

                scripts.AddRange(project.Scripts);
            }
            else if (File.Exists(path))
            {
                baseDirectory ??= current;
                string relative = Path.GetRelativePath(current, path);
                scripts.Add(new TtsAssetInput(path, relative.Replace('\\', '/'), TtsVoiceSettings.None));
            }
            else
            {
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliPathNotFound, null, null, given));
                return null;
            }
        }

        if (scripts.Count == 0)
        {
            console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliNoScripts, projectFile, null, string.Join(", ", paths.Select(p => "'" + p + "'"))));
            return null;
        }

        return new ScriptSelection(scripts, properties, baseDirectory ?? current, projectFile);
    }

    private static bool IsProject(string path) =>
        ProjectExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<TtsAssetInput> FromFolder(string folder) =>
        Enumerate(folder)
            .Select(file => new TtsAssetInput(file, Path.GetRelativePath(folder, file).Replace('\\', '/'), TtsVoiceSettings.None))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal);

    private static IEnumerable<string> Enumerate(string folder)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.tts.json"))
        {
            yield return file;
        }

        foreach (string directory in Directory.EnumerateDirectories(folder))
        {
            string name = Path.GetFileName(directory);
            if (name.StartsWith('.') || SkippedFolders.Contains(name))
            {
                continue;
            }

            foreach (string file in Enumerate(directory))
            {
                yield return file;
            }
        }
    }
}
