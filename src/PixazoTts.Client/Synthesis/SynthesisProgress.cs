namespace PixazoTts.Client.Synthesis;

/// <summary>
/// What one <see cref="PixazoTtsClient.SynthesizeAsync(TtsSynthesisRequest, CancellationToken)"/> or <see cref="PixazoTtsClient.ResumeAsync"/> call has done so far, for its result and
/// for the exception that ends it (a timeout names the request it was waiting for). Touched by one
/// call only, one step at a time.
/// </summary>
internal sealed class SynthesisProgress
{
    public string? RequestId { get; set; }

    public string? LastStatus { get; set; }

    public int Attempts { get; set; }

    public int StatusChecks { get; set; }

    /// <summary>The caller's hook for each accepted job's request_id (null: none).</summary>
    public Action<string>? OnAccepted { get; init; }
}
