namespace PixazoTts.Reliability.Tests;

/// <summary>
/// A test of the long reliability suite: it runs only with <c>PIXAZO_LONG_TESTS=1</c> (docs/reliability.md), so the
/// normal test run stays short; otherwise it is reported as skipped, with how to run it.
/// </summary>
public sealed class LongFactAttribute : FactAttribute
{
    public LongFactAttribute()
    {
        if (!IsEnabled)
        {
            Skip = "Long reliability suite: run with PIXAZO_LONG_TESTS=1 (see docs/reliability.md).";
        }
    }

    public static bool IsEnabled => Environment.GetEnvironmentVariable("PIXAZO_LONG_TESTS") == "1";
}
