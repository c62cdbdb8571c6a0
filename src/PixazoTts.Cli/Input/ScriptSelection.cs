namespace PixazoTts.Cli.Input;

/// <summary>
/// The scripts a command works on and the settings that come with them: a project's TtsAsset items and its Tts*
/// properties, or the .tts.json files of a folder or a list (with no project settings: the environment and the
/// defaults apply, as for a build that sets none).
/// </summary>
internal sealed class ScriptSelection
{
    public ScriptSelection(
        IReadOnlyList<TtsAssetInput> scripts, IReadOnlyList<string> casts, IReadOnlyDictionary<string, string> properties, string baseDirectory, string? projectFile)
    {
        Scripts = scripts;
        Casts = casts;
        Properties = properties;
        BaseDirectory = baseDirectory;
        ProjectFile = projectFile;
    }

    public IReadOnlyList<TtsAssetInput> Scripts { get; }

    /// <summary>The cast files' full paths: a project's TtsCast items, or the cast files among the paths and folders given.</summary>
    public IReadOnlyList<string> Casts { get; }

    /// <summary>
    /// Loads and checks the scripts and the cast and binds them, as the build's task does: the same diagnostics, and
    /// lines whose speakers and lexicon are resolved (so every key is the build's).
    /// </summary>
    public IReadOnlyList<TtsAssetScript> Load(List<TtsDiagnostic> diagnostics)
    {
        var scripts = TtsAssetLoader.Load(Scripts, diagnostics);
        var cast = TtsAssetLoader.LoadCast(Casts, diagnostics);
        TtsAssetLoader.Bind(scripts, cast, diagnostics);
        return scripts;
    }

    /// <summary>The project's properties (TtsProvider, TtsMaxCostUsd, ...); empty without a project.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <summary>The project's folder, the folder given, or the current directory: what relative paths in reports start from.</summary>
    public string BaseDirectory { get; }

    /// <summary>The project file, where diagnostics without a script position point; null without a project.</summary>
    public string? ProjectFile { get; }

    public string? Property(string name) =>
        Properties.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;
}
