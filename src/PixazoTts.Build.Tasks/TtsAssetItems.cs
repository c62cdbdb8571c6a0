using Microsoft.Build.Framework;
using PixazoTts.Pipeline.Planning;

namespace PixazoTts.Build.Tasks;

/// <summary>Turns <c>TtsAsset</c> items into the pipeline's <see cref="TtsAssetInput"/>: paths and item metadata.</summary>
internal static class TtsAssetItems
{
    /// <summary>The metadata the targets put on every TtsAsset (Link if set, else the project-relative path).</summary>
    public const string RelativePathMetadata = "PixazoTtsRelativePath";

    /// <summary>Each item's full path, relative path and Voice/Prompt/LanguageCode metadata.</summary>
    public static IReadOnlyList<TtsAssetInput> ToInputs(IEnumerable<ITaskItem> items, string projectDirectory) =>
        items.Select(item =>
        {
            string fullPath = item.GetMetadata("FullPath");
            var itemDefaults = new TtsVoiceSettings(
                NullIfEmpty(item.GetMetadata("Voice")), NullIfEmpty(item.GetMetadata("Prompt")), NullIfEmpty(item.GetMetadata("LanguageCode")));
            return new TtsAssetInput(fullPath, GetRelativePath(item, fullPath, projectDirectory), itemDefaults)
            {
                Finishing = TtsItemFinishingMetadata.Read(item.GetMetadata),
            };
        }).ToList();

    private static string GetRelativePath(ITaskItem item, string fullPath, string projectDirectory)
    {
        string relativePath = item.GetMetadata(RelativePathMetadata);
        if (string.IsNullOrEmpty(relativePath))
        {
            // Items added by a target after evaluation miss the metadata: compute it the way the targets do.
            string link = item.GetMetadata("Link");
            relativePath = string.IsNullOrEmpty(link) ? Path.GetRelativePath(projectDirectory, fullPath) : link;
        }

        return relativePath.Replace('\\', '/');
    }

    private static string? NullIfEmpty(string value) => string.IsNullOrEmpty(value) ? null : value;
}
