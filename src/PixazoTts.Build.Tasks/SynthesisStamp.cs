namespace PixazoTts.Build.Tasks;

/// <summary>
/// The content of <c>synthesized.stamp</c>, which <c>PixazoTtsSynthesize</c> uses as its Outputs: empty when every line
/// has its final audio; one line <c>placeholders-awaiting-key N</c> when <c>Auto</c> ran without a key and N line
/// occurrences got the placeholder voice. The stamp records only that no key was set, never a key: MSBuild never sees
/// the key, and <see cref="CheckTtsApiKey"/> (run before the up-to-date check) deletes the stamp once a key appears.
/// </summary>
internal static class SynthesisStamp
{
    private const string AwaitingKeyPrefix = "placeholders-awaiting-key ";

    /// <summary>Every line has its final audio (real, or deliberately placeholder with <c>TtsProvider=Placeholder</c>).</summary>
    public static void WriteComplete(string stampFile) => Write(stampFile, string.Empty);

    /// <summary>Up to date until a key appears: <paramref name="placeholderLines"/> occurrences wait for real audio.</summary>
    public static void WriteAwaitingKey(string stampFile, int placeholderLines) =>
        Write(stampFile, AwaitingKeyPrefix + placeholderLines.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");

    /// <summary>The number of placeholder occurrences waiting for a key, or null when the stamp is absent or complete.</summary>
    public static int? ReadAwaitingKey(string stampFile)
    {
        string text;
        try
        {
            text = File.ReadAllText(stampFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return text.StartsWith(AwaitingKeyPrefix, StringComparison.Ordinal)
            && int.TryParse(text.AsSpan(AwaitingKeyPrefix.Length).Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count)
                ? count
                : null;
    }

    private static void Write(string stampFile, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(stampFile))!);
        File.WriteAllText(stampFile, content);
    }
}
