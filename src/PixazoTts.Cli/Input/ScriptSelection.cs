namespace PixazoTts.Cli.Input;

/// <summary>
/// The scripts a command works on and the settings that come with them: a project's TtsAsset items and its Tts*
/// properties, or the .tts.json files of a folder or a list (with no project settings: the environment and the
/// defaults apply, as for a build that sets none).
/// </summary>
internal sealed class ScriptSelection
{
    public ScriptSelection(IReadOnlyList<TtsAssetInput> scripts, IReadOnlyDictionary<string, string> properties, string baseDirectory, string? projectFile)
    {
        Scripts = scripts;
        Properties = properties;
        BaseDirectory = baseDirectory;
        ProjectFile = projectFile;
    }

    public IReadOnlyList<TtsAssetInput> Scripts { get; }

    /// <summary>The project's properties (TtsProvider, TtsMaxCostUsd, ...); empty without a project.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>The project's folder, the folder given, or the current directory: what relative paths in reports start from.</summary>
    public string BaseDirectory { get; }

    /// <summary>The project file, where diagnostics without a script position point; null without a project.</summary>
    public string? ProjectFile { get; }

    public string? Property(string name) =>
        Properties.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
