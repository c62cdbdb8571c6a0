namespace PixazoTts.Emulator.Documents;

/// <summary>The status document (status endpoint and webhook), member for member as the documentation shows it.</summary>
internal sealed record StatusBody(
    string RequestId,
    string Status,
    string ModelId,
    string? Error,
    OutputBody? Output,
    string CreatedAt,
    string UpdatedAt,
    string? CompletedAt);

/// <summary>Where a completed request's media is.</summary>
internal sealed record OutputBody(IReadOnlyList<string> MediaUrl, string MediaType);
