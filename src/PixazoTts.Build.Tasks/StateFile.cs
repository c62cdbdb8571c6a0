namespace PixazoTts.Build.Tasks;

/// <summary>
/// The package's records in obj (the audio listing, bin/'s folder times): read whole or not at all, written to a
/// temporary file and renamed over the old one, so a build killed while writing never leaves half a record. They are
/// only shortcuts: a record that cannot be read or written costs the next build a full check, never a failure.
/// </summary>
internal static class StateFile
{
    /// <summary>The record's lines, or null when it is missing or unreadable.</summary>
    public static string[]? TryReadLines(string path)
    {
        try
        {
            return File.ReadAllLines(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the record with <paramref name="write"/>, or with null deletes it; an I/O failure leaves the old one or none.</summary>
    public static void TryReplace(string path, Action<TextWriter>? write)
    {
        try
        {
            if (write is null)
            {
                File.Delete(path);
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            string temporary = path + ".tmp";
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(false)))
            {
                write(writer);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Only a shortcut: without it the next build checks everything again.
        }
    }
}
