namespace PixazoTts.Client;

/// <summary>What <see cref="PixazoTtsClient.ResumeAsync"/> did with a job accepted earlier: collected its audio, or
/// found that it cannot be collected and why.</summary>
public sealed class TtsResumeResult
{
    private TtsResumeResult(TtsSynthesisResult? synthesis, TtsResumeRefusal refusal, string? reason)
    {
        Synthesis = synthesis;
        Refusal = refusal;
        Reason = reason;
    }

    /// <summary>The collected audio and the job's record; null when the job cannot be collected.</summary>
    public TtsSynthesisResult? Synthesis { get; }

    /// <summary>True when <see cref="Synthesis"/> holds the job's audio.</summary>
    public bool IsCollected => Synthesis is not null;

    /// <summary>Why the job cannot be collected (<see cref="TtsResumeRefusal.None"/> when it was).</summary>
    public TtsResumeRefusal Refusal { get; }

    /// <summary>The gateway's words for a refusal (one line, without the key); null when collected.</summary>
    public string? Reason { get; }

    internal static TtsResumeResult Collected(TtsSynthesisResult synthesis) => new(synthesis, TtsResumeRefusal.None, null);

    internal static TtsResumeResult Refused(TtsResumeRefusal refusal, string reason) => new(null, refusal, reason);
}
