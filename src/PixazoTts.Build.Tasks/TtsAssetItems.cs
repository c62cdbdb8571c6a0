using Microsoft.Build.Framework;
using PixazoTts.Pipeline.Planning;

namespace PixazoTts.Build.Tasks;

/// <summary>Turns <c>TtsAsset</c> items into the pipeline's <see cref="TtsAssetInput"/>: paths and item metadata.</summary>
internal static class TtsAssetItems
{
    /// <summary>Each item's full path, relative path (<see cref="GetRelativePath"/>) and Voice/Prompt/LanguageCode metadata.</summary>
    public static IReadOnlyList<TtsAssetInput> ToInputs(IEnumerable<ITaskItem> items, string projectDirectory) =>
        items.Select(item =>
        {
            string fullPath = item.GetMetadata("FullPath");
            return new TtsAssetInput(fullPath, GetRelativePath(item, fullPath, projectDirectory), GetVoiceSettings(item))
            {
                Finishing = TtsItemFinishingMetadata.Read(item.GetMetadata),
            };
        }).ToList();

    /// <summary>
    /// The '/'-separated path that names the script's output folder and catalog class: its <c>Link</c> if set, else its
    /// path relative to the project (computed here rather than at evaluation, where a property function per item costs
    /// every build).
    /// </summary>
    public static string GetRelativePath(ITaskItem item, string fullPath, string projectDirectory) =>
        TtsAssetInput.RelativePathOf(item.GetMetadata("Link"), fullPath, projectDirectory);

    /// <summary>The item's own <c>Voice</c>, <c>Prompt</c> and <c>LanguageCode</c> (empty: not set).</summary>
    public static TtsVoiceSettings GetVoiceSettings(ITaskItem item) =>
        new(NullIfEmpty(item.GetMetadata("Voice")), NullIfEmpty(item.GetMetadata("Prompt")), NullIfEmpty(item.GetMetadata("LanguageCode")));

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
