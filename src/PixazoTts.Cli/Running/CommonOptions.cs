namespace PixazoTts.Cli.Running;

/// <summary>Options that several commands share and that override the project's properties and the environment.</summary>
internal sealed class CommonOptions
{
    /// <summary>--provider: Auto, Pixazo or Placeholder (TtsProvider).</summary>
    public string? Provider { get; init; }

    /// <summary>--locked (TtsLockedMode): a line missing from the cache is an error and nothing is requested.</summary>
    public bool Locked { get; init; }

    /// <summary>--max-cost-usd (TtsMaxCostUsd).</summary>
    public string? MaxCostUsd { get; init; }

    /// <summary>--concurrency (TtsMaxConcurrency).</summary>
    public string? Concurrency { get; init; }
}
