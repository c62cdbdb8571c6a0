namespace PixazoTts.Emulator.Jobs;

/// <summary>The answer to a request to create a job.</summary>
internal readonly record struct Admission(Job? Job, AdmissionRefusal Refusal, int RetryAfterSeconds);

/// <summary>Why a job was not created.</summary>
internal enum AdmissionRefusal
{
    None,
    TooManyInFlight,
    InsufficientBalance,
}
