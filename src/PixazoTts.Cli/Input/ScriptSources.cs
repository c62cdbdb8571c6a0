using PixazoTts.Cli.Output;

namespace PixazoTts.Cli.Input;

/// <summary>
/// Turns the PATH arguments into scripts: a project file (its TtsAsset and TtsCast items, read by MSBuild itself), a
/// folder (every <c>*.tts.json</c> below it, and every cast file, <c>cast.json</c> or <c>*.cast.json</c>, skipping
/// <c>bin</c>, <c>obj</c>, <c>node_modules</c> and hidden folders; paths relative to the folder), or files: a
/// <c>*.tts.json</c> is a script (its path relative to the current directory), any other <c>*.json</c> a cast file. No PATH: the project in the current directory if there is exactly
/// one, else the current directory as a folder.
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
        var casts = new List<string>();
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
                casts.AddRange(Enumerate(path, IsCastFile).Order(StringComparer.Ordinal));
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
                casts.AddRange(project.Casts);
            }
            else if (File.Exists(path) && !IsScriptFile(path) && path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            {
                // Named on the command line: any JSON file that is not a script is a cast file, whatever its name.
                casts.Add(path);
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

        return new ScriptSelection(scripts, casts.Distinct(StringComparer.Ordinal).ToList(), properties, baseDirectory ?? current, projectFile);
    }

    private static bool IsProject(string path) =>
        ProjectExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);

    /// <summary>A cast file by name: <c>cast.json</c> or <c>NAME.cast.json</c> (a project names its own with TtsCast items).</summary>
    private static bool IsCastFile(string path)
    {
        string name = Path.GetFileName(path);
        return name.Equals("cast.json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".cast.json", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsScriptFile(string path) => path.EndsWith(".tts.json", StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<TtsAssetInput> FromFolder(string folder) =>
        Enumerate(folder, IsScriptFile)
            .Select(file => new TtsAssetInput(file, Path.GetRelativePath(folder, file).Replace('\\', '/'), TtsVoiceSettings.None))
            .OrderBy(s => s.RelativePath, StringComparer.Ordinal);

    private static IEnumerable<string> Enumerate(string folder, Func<string, bool> wanted)
    {
        foreach (string file in Directory.EnumerateFiles(folder, "*.json").Where(wanted))
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

            foreach (string file in Enumerate(directory, wanted))
            {
                yield return file;
            }
        }
    }
}
