namespace PixazoTts.Pipeline.Planning;

/// <summary>
/// One script to load, as a front end names it: the MSBuild task from a <c>TtsAsset</c> item (its
/// <c>Link</c> and <c>Voice</c>/<c>Prompt</c>/<c>LanguageCode</c> metadata), the CLI from a project's
/// items or a folder.
/// </summary>
/// <param name="FullPath">The file's full path.</param>
/// <param name="RelativePath">The path that names the outputs and the catalog class (<c>Voice/intro.tts.json</c>).</param>
/// <param name="ItemDefaults">The item's own voice, prompt and language (none for a plain file).</param>
internal sealed record TtsAssetInput(string FullPath, string RelativePath, TtsVoiceSettings ItemDefaults)
{
    /// <summary>The item's finishing metadata as written (<c>Loudness</c>, <c>TruePeak</c>, <c>TrimSilence</c>, <c>SampleRate</c>, <c>AudioFormat</c>); none for a plain file.</summary>
    public TtsItemFinishingMetadata Finishing { get; init; } = TtsItemFinishingMetadata.None;

    /// <summary>
    /// A <c>TtsAsset</c> item's relative path, the one rule the build task and the CLI share: its <c>Link</c> if set,
    /// else its path from the project folder; '/'-separated.
    /// </summary>
    public static string RelativePathOf(string? link, string fullPath, string projectDirectory) =>
        (string.IsNullOrEmpty(link) ? Path.GetRelativePath(projectDirectory, fullPath) : link).Replace('\\', '/');
}

/// <summary>A <c>TtsAsset</c> item's finishing metadata, unparsed (the loader checks it and reports PTTS2202).</summary>
internal sealed record TtsItemFinishingMetadata(string Loudness, string TruePeak, string TrimSilence, string SampleRate, string AudioFormat)
{
    /// <summary>No metadata.</summary>
    public static TtsItemFinishingMetadata None { get; } = new(string.Empty, string.Empty, string.Empty, string.Empty, string.Empty);

    /// <summary>The metadata names, as on the item.</summary>
    public static readonly string[] Names = ["Loudness", "TruePeak", "TrimSilence", "SampleRate", "AudioFormat"];

    /// <summary>Reads the five values through <paramref name="metadata"/> (empty where unset).</summary>
    public static TtsItemFinishingMetadata Read(Func<string, string?> metadata) =>
        new(metadata("Loudness") ?? string.Empty, metadata("TruePeak") ?? string.Empty, metadata("TrimSilence") ?? string.Empty,
            metadata("SampleRate") ?? string.Empty, metadata("AudioFormat") ?? string.Empty);
}
