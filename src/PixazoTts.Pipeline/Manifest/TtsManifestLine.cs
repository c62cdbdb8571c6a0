namespace PixazoTts.Pipeline.Manifest;

/// <summary>
/// One line of <c>pixazo-tts.manifest.json</c> (contract, docs/contracts.md "Manifest"): what engines, subtitle tools and
/// the review page need without decoding audio. The build and <c>pixazo-tts sync</c> write the same lines.
/// </summary>
/// <param name="Id">The line's id.</param>
/// <param name="Script">The script's relative path, '/'-separated: <c>Voice/intro.tts.json</c>.</param>
/// <param name="Path">The audio file's path relative to the output folder, '/'-separated: <c>Voice/intro/greeting.opus</c>.</param>
/// <param name="Text">The text as written.</param>
/// <param name="Voice">The resolved voice, or null.</param>
/// <param name="Prompt">The resolved prompt, or null.</param>
/// <param name="LanguageCode">The resolved language code, or null.</param>
/// <param name="Key">The line's cache key with the gateway's model (the catalog's <c>Key</c>), also for placeholder audio.</param>
/// <param name="DurationMs">The finished audio's length.</param>
/// <param name="LoudnessLufs">Integrated loudness of the finished PCM, null for silence.</param>
/// <param name="TruePeakDbtp">True peak of the finished PCM, null for silence.</param>
/// <param name="Bytes">The output file's size.</param>
/// <param name="Placeholder">True when the audio is the offline placeholder voice (an addition of 1.x).</param>
public sealed record TtsManifestLine(
    string Id,
    string Script,
    string Path,
    string Text,
    string? Voice,
    string? Prompt,
    string? LanguageCode,
    string Key,
    long DurationMs,
    double? LoudnessLufs,
    double? TruePeakDbtp,
    long Bytes,
    bool Placeholder = false);
