using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Turns the <c>TtsAsset</c> and <c>TtsCast</c> items into the source generator's <c>AdditionalFiles</c>, each with one
/// compiler-visible value that holds its settings (<see cref="TtsCatalogInputs"/>), and the project's defaults into
/// one property. A task rather than evaluation-time items: the values must be encoded (the compiler's
/// <c>.editorconfig</c> cuts them at <c>#</c> and <c>;</c>), and a property function over <c>%(Prompt)</c> breaks on an
/// apostrophe in the prompt.
/// </summary>
public sealed class PrepareTtsCatalogInputs : Microsoft.Build.Utilities.Task
{
    /// <summary>The <c>TtsAsset</c> items (with their <c>Link</c>, <c>Voice</c>, <c>Prompt</c>, <c>LanguageCode</c>, <c>AudioFormat</c>).</summary>
    public ITaskItem[] Scripts { get; set; } = [];

    /// <summary>The <c>TtsCast</c> items.</summary>
    public ITaskItem[] Casts { get; set; } = [];

    /// <summary>The project folder: a script's relative path (without a <c>Link</c>) is its path from here.</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary><c>TtsDefaultVoice</c>.</summary>
    public string? DefaultVoice { get; set; }

    /// <summary><c>TtsDefaultPrompt</c>.</summary>
    public string? DefaultPrompt { get; set; }

    /// <summary><c>TtsDefaultLanguageCode</c>.</summary>
    public string? DefaultLanguageCode { get; set; }

    /// <summary><c>TtsAudioFormat</c>.</summary>
    public string? AudioFormat { get; set; }

    /// <summary>One <c>AdditionalFiles</c> item per script and cast file (added by a target: never in the IDE's file tree).</summary>
    [Output]
    public ITaskItem[] CatalogFiles { get; private set; } = [];

    /// <summary>The value of <see cref="TtsCatalogInputs.DefaultsPropertyName"/>.</summary>
    [Output]
    public string ProjectDefaults { get; private set; } = string.Empty;

    public override bool Execute()
    {
        // Runs on every build, no-op ones included: only what the catalog needs, read straight from each item.
        var files = new ITaskItem[Scripts.Length + Casts.Length];
        for (int i = 0; i < Scripts.Length; i++)
        {
            var script = Scripts[i];
            string relativePath = TtsAssetItems.GetRelativePath(script, script.GetMetadata("FullPath"), ProjectDirectory);
            string value = TtsCatalogInputs.EncodeScript(relativePath, TtsAssetItems.GetVoiceSettings(script), NullIfEmpty(script.GetMetadata("AudioFormat")));
            files[i] = CatalogFile(script, value);
        }

        for (int i = 0; i < Casts.Length; i++)
        {
            files[Scripts.Length + i] = CatalogFile(Casts[i], TtsCatalogInputs.CastValue);
        }

        CatalogFiles = files;
        ProjectDefaults = TtsCatalogInputs.EncodeDefaults(new TtsVoiceSettings(DefaultVoice, DefaultPrompt, DefaultLanguageCode), NullIfEmpty(AudioFormat));
        return true;
    }

    /// <summary>
    /// The item with its include kept escaped (a file name may hold <c>%</c> or <c>;</c>) and only the metadata the
    /// compiler needs: copying the TtsAsset's own metadata would cost every build and give the compiler nothing.
    /// </summary>
    private static TaskItem CatalogFile(ITaskItem source, string value)
    {
        string include = source is ITaskItem2 escaped ? escaped.EvaluatedIncludeEscaped : source.ItemSpec;
        var item = new TaskItem(include);
        item.SetMetadata(TtsCatalogInputs.ItemMetadataName, value);
        return item;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
