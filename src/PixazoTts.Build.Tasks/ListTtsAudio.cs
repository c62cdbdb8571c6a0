using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Lists the WAVs under <see cref="AudioDirectory"/> as <c>ContentWithTargetPath</c>-ready items, each with its
/// <c>TargetPath</c> (its path below the folder), on every build, including those where synthesis is up to date.
/// A task rather than a glob plus item metadata in the targets: MSBuild evaluates metadata such as
/// <c>%(RecursiveDir)</c> by batching the item group once per file, which for 1,000 lines cost more than the rest
/// of the package's no-op build together (docs/benchmarks.md).
/// </summary>
public sealed class ListTtsAudio : Microsoft.Build.Utilities.Task
{
    /// <summary>The synthesis task's output folder (it may not exist yet).</summary>
    [Required]
    public string AudioDirectory { get; set; } = string.Empty;

    /// <summary>Every <c>*.wav</c> and <c>*.opus</c> below <see cref="AudioDirectory"/>, in ordinal path order, with <c>TargetPath</c>.</summary>
    [Output]
    public ITaskItem[] AudioFiles { get; private set; } = [];

    /// <summary>
    /// The manifest, when there is one (none or one item). Apart from the audio because it describes this project's lines
    /// only: it goes to this project's bin/ and publish/, never to a referencing project's, where two referenced
    /// projects' manifests (or the referencing project's own) would collide at the same path (NETSDK1152 on publish).
    /// </summary>
    [Output]
    public ITaskItem[] ManifestFile { get; private set; } = [];

    public override bool Execute()
    {
        var audio = new List<ITaskItem>();
        var manifest = new List<ITaskItem>();
        foreach (var file in Enumerate(AudioDirectory))
        {
            var item = new TaskItem(file.Path);
            item.SetMetadata("TargetPath", file.Relative);
            (IsManifest(file.Path) ? manifest : audio).Add(item);
        }

        AudioFiles = audio.ToArray();
        ManifestFile = manifest.ToArray();
        return true;
    }

    /// <summary>Every output file below <paramref name="audioDirectory"/> (none when it does not exist), ordinal path order, with its path relative to it.</summary>
    internal static List<(string Path, string Relative)> Enumerate(string audioDirectory)
    {
        string root = Path.GetFullPath(audioDirectory);
        if (!Directory.Exists(root))
        {
            return [];
        }

        int prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root.Length : root.Length + 1;
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(IsOutput)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, path[prefix..]))
            .ToList();
    }

    /// <summary>Audio (<c>.wav</c>, <c>.opus</c>: the format follows TtsAudioFormat) and the manifest at the root.</summary>
    private static bool IsOutput(string path) =>
        path.EndsWith(".wav", StringComparison.Ordinal) || path.EndsWith(".opus", StringComparison.Ordinal) || IsManifest(path);

    private static bool IsManifest(string path) =>
        string.Equals(Path.GetFileName(path), Pipeline.Manifest.TtsManifestWriter.FileName, StringComparison.Ordinal);
}
