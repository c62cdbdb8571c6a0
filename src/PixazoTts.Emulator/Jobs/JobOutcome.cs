namespace PixazoTts.Emulator.Jobs;

/// <summary>How a job will end, drawn when it is accepted (so a seeded run is repeatable).</summary>
internal enum JobOutcome
{
    Completed,
    Failed,
    Error,
    NeverFinishes,
}
