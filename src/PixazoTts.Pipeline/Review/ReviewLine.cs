namespace PixazoTts.Pipeline.Review;

/// <summary>
/// One line as the review page shows it: where it comes from, what is spoken, the audio that was made for it and what it
/// cost.
/// </summary>
/// <param name="Script">The script file the line comes from, as it should be shown and remembered between reviews (keep
/// it stable, e.g. relative to the project: new/changed is decided by script + id).</param>
/// <param name="Id">The line's id within its script.</param>
/// <param name="Text">The text spoken, exactly as written (inline tags included).</param>
/// <param name="Voice">The voice name, or null for the default voice.</param>
/// <param name="Prompt">The style instruction, or null.</param>
/// <param name="LanguageCode">The BCP-47 language code, or null; it becomes the text's <c>lang</c> attribute.</param>
/// <param name="Key">The line's cache key (64 lowercase hex digits); the copied audio file is named after it.</param>
/// <param name="AudioPath">The absolute path of the line's audio file (a WAV, or an Opus file that plays in the page but
/// gets no waveform).</param>
/// <param name="IsPlaceholder">True when the audio is the offline placeholder voice rather than the real one.</param>
/// <param name="CostUsd">What this line cost or would cost: 0 when it came from the cache.</param>
public sealed record ReviewLine(
    string Script,
    string Id,
    string Text,
    string? Voice,
    string? Prompt,
    string? LanguageCode,
    string Key,
    string AudioPath,
    bool IsPlaceholder,
    decimal CostUsd)
{
    /// <summary>
    /// The key the copied audio file is named after, when it is not <see cref="Key"/>: finished audio (loudness, trimming,
    /// rate, format) is named by its finished key, so two finishings of one line never share a file. Null: <see cref="Key"/>.
    /// </summary>
    public string? AudioKey { get; init; }
}
