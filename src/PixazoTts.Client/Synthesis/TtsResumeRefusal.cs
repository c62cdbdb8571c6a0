namespace PixazoTts.Client;

/// <summary>Why <see cref="PixazoTtsClient.ResumeAsync"/> could not collect a job's audio; submitting the line again is
/// the way on in every case.</summary>
public enum TtsResumeRefusal
{
    /// <summary>The job's audio was collected.</summary>
    None = 0,

    /// <summary>The gateway does not know the request id (404, or 400 for the id): it never had it, or no longer has it.</summary>
    NotFound,

    /// <summary>The job ended FAILED (it was charged; it has no audio).</summary>
    Failed,

    /// <summary>The job ended ERROR (a system error, not charged; it has no audio).</summary>
    SystemError,

    /// <summary>The gateway refused this key for the job's status (401 or 403): the job may belong to another key.</summary>
    KeyRefused,
}
