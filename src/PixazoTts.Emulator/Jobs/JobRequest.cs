namespace PixazoTts.Emulator.Jobs;

/// <summary>The inputs of a generate request, kept to synthesize the job's audio on demand.</summary>
internal sealed record JobRequest(string Text, string? Voice, string? Prompt, string? LanguageCode);
