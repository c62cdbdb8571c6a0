namespace PixazoTts.Emulator.Tests.Process;

/// <summary>A theory about POSIX signals: skipped, and reported as skipped, on Windows, which has none to send.</summary>
public sealed class UnixTheoryAttribute : TheoryAttribute
{
    public UnixTheoryAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "POSIX signals (SIGINT, SIGTERM) do not exist on Windows.";
        }
    }
}
