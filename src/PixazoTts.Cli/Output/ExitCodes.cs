namespace PixazoTts.Cli.Output;

/// <summary>The tool's exit codes (docs/cli.md, "Exit codes"): scripts and CI branch on them.</summary>
internal static class ExitCodes
{
    /// <summary>Done; warnings may have been printed.</summary>
    public const int Success = 0;

    /// <summary>Errors were reported (a script error, a failed line, a corrupt cache entry left in place, ...).</summary>
    public const int Failed = 1;

    /// <summary>The command line itself is wrong (unknown command or option, a missing argument).</summary>
    public const int Usage = 2;

    /// <summary>The new lines would cost more than allowed (plan --max-usd, TtsMaxCostUsd / --max-cost-usd).</summary>
    public const int CostLimit = 3;

    /// <summary>Stopped by Ctrl+C (128 + SIGINT, as shells report it).</summary>
    public const int Canceled = 130;
}
