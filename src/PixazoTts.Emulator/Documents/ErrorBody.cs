namespace PixazoTts.Emulator.Documents;

/// <summary>The body of every error answer: <c>{error, message}</c>.</summary>
internal sealed record ErrorBody(string Error, string Message);
