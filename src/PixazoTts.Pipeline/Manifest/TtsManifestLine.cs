namespace PixazoTts.Pipeline.Manifest;

/// <summary>
/// One line of <c>pixazo-tts.manifest.json</c> (contract, DESIGN.md "Finishing"): what engines, subtitle tools and the
/// review page need without decoding audio. <see cref="Path"/> is relative to the output folder, '/'-separated.
/// </summary>
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
    long Bytes);
