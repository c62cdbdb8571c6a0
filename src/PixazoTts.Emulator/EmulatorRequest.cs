namespace PixazoTts.Emulator;

/// <summary>
/// What one accepted generate request asked for (served by <c>GET /_emulator/requests</c>, snake_case): lets a test
/// check the exact voice, prompt and language a build sent for each line. Never the key or any other header.
/// </summary>
/// <param name="RequestId">The job's <c>request_id</c>.</param>
/// <param name="Text">The <c>text</c> member.</param>
/// <param name="Voice">The <c>voice</c> member, or null when the request left it out.</param>
/// <param name="Prompt">The <c>prompt</c> member, or null when the request left it out.</param>
/// <param name="LanguageCode">The <c>language_code</c> member, or null when the request left it out.</param>
public sealed record EmulatorRequest(string RequestId, string Text, string? Voice, string? Prompt, string? LanguageCode);
