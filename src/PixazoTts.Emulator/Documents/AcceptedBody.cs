namespace PixazoTts.Emulator.Documents;

/// <summary>The 202 answer to a generate request.</summary>
internal sealed record AcceptedBody(string RequestId, string Status, string PollingUrl);
