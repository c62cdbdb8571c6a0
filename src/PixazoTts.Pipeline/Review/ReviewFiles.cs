using System.Text.RegularExpressions;

namespace PixazoTts.Pipeline.Review;

/// <summary>
/// The files a review owns in its folder: the page, the state file and the copied audio under <c>audio/</c>, named by
/// key. Only names of that exact shape are ever deleted, so a tampered state file cannot make a review remove anything
/// else.
/// </summary>
internal static partial class ReviewFiles
{
    /// <summary>The page's file name.</summary>
    public const string IndexFileName = "index.html";

    /// <summary>The folder (inside the review folder) that holds the copied audio.</summary>
    public const string AudioFolder = "audio";

    /// <summary>The relative name ('/'-separated) of a line's copied audio: <c>audio/&lt;key&gt;&lt;.ext&gt;</c>.</summary>
    public static string AudioName(string key, string extension) => AudioFolder + "/" + key + extension;

    /// <summary>True for a name that <see cref="AudioName"/> can produce: the only names a review may delete.</summary>
    public static bool IsOwnAudioName(string name) => OwnAudioName().IsMatch(name);

    /// <summary>The lowercase extension of an audio file, checked to be a plain one (".wav", ".opus").</summary>
    public static bool TryGetAudioExtension(string path, out string extension)
    {
        extension = Path.GetExtension(path).ToLowerInvariant();
        return AudioExtension().IsMatch(extension);
    }

    /// <summary>Writes a file whole or not at all: a temporary file beside it, then a rename over it.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    [GeneratedRegex(@"^audio/[0-9a-f]{64}\.[a-z0-9]{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnAudioName();

    [GeneratedRegex(@"^\.[a-z0-9]{1,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex AudioExtension();
}
