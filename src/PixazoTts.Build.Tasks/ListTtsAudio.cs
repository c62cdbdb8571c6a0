using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Lists the audio under <see cref="AudioDirectory"/> as <c>ContentWithTargetPath</c>-ready items, each with its
/// <c>TargetPath</c> (its path below the folder), on every build, including those where synthesis is up to date (from
/// <see cref="StateFile"/> while no folder of the tree changed).
/// A task rather than a glob plus item metadata in the targets: MSBuild evaluates metadata such as
/// <c>%(RecursiveDir)</c> by batching the item group once per file, which for 1,000 lines cost more than the rest
/// of the package's no-op build together (docs/benchmarks.md).
/// </summary>
public sealed class ListTtsAudio : Microsoft.Build.Utilities.Task
{
    /// <summary>The synthesis task's output folder (it may not exist yet).</summary>
    [Required]
    public string AudioDirectory { get; set; } = string.Empty;

    /// <summary>Where the listing is kept between builds (<see cref="AudioTreeListing"/>); none: the folder is walked every time.</summary>
    public string StateFile { get; set; } = string.Empty;

    /// <summary>
    /// The copy metadata every audio item gets, <c>PreserveNewest</c>: <c>CopyToOutputDirectory</c> (the default) or
    /// <c>CopyToPublishDirectory</c>.
    /// </summary>
    public string CopyMetadata { get; set; } = "CopyToOutputDirectory";

    /// <summary>
    /// Every <c>*.wav</c> and <c>*.opus</c> below <see cref="AudioDirectory"/>, in ordinal path order, with the metadata
    /// its consumers need already set (<c>TargetPath</c> and <see cref="CopyMetadata"/>): the targets output them straight
    /// into the SDK's item types, because MSBuild's cost is per item and per metadata, and a second item group over
    /// 10,000 items costs as much as listing them.
    /// </summary>
    [Output]
    public ITaskItem[] AudioFiles { get; private set; } = [];

    /// <summary>
    /// The manifest, when there is one (none or one item). Apart from the audio because it describes this project's lines
    /// only: it goes to this project's bin/ and publish/, never to a referencing project's, where two referenced
    /// projects' manifests (or the referencing project's own) would collide at the same path (NETSDK1152 on publish).
    /// </summary>
    [Output]
    public ITaskItem[] ManifestFile { get; private set; } = [];

    // Left to tiered compilation: compiling this loop and the listing fully optimized at once (AggressiveOptimization)
    // saved 17 ms at 10,000 files but cost 9 ms of JIT at 1,000, the size the no-op target is measured at.
    public override bool Execute()
    {
        var audio = new List<ITaskItem>();
        var manifest = new List<ITaskItem>();
        // Each audio item starts as a copy of one template, so the metadata every item shares is set once.
        var template = new TaskItem("template");
        template.SetMetadata(CopyMetadata, "PreserveNewest");
        foreach (var file in AudioTreeListing.List(AudioDirectory, StateFile))
        {
            if (AudioTreeListing.IsManifest(file.Path))
            {
                var item = new TaskItem(file.Path);
                item.SetMetadata("TargetPath", file.Relative);
                manifest.Add(item);
            }
            else
            {
                var item = new TaskItem(template) { ItemSpec = file.Path };
                item.SetMetadata("TargetPath", file.Relative);
                audio.Add(item);
            }
        }

        AudioFiles = audio.ToArray();
        ManifestFile = manifest.ToArray();
        return true;
    }
}
