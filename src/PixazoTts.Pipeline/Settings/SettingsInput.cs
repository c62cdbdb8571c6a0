namespace PixazoTts.Pipeline.Settings;

/// <summary>The raw (unvalidated) settings as the targets pass them. A class, not a record: a record's generated
/// ToString would print <see cref="ApiKey"/>.</summary>
internal sealed class SettingsInput
{
    public required string ProjectDirectory { get; init; }

    public string? Provider { get; init; }

    public string? LockedMode { get; init; }

    public string? MaxConcurrency { get; init; }

    public string? MaxRetries { get; init; }

    public string? JobTimeout { get; init; }

    public string? BaseUrl { get; init; }

    public string? CacheDirectory { get; init; }

    public string? ApiKey { get; init; }

    public string? DefaultVoice { get; init; }

    public string? DefaultPrompt { get; init; }

    public string? DefaultLanguageCode { get; init; }

    public string? RemoteCache { get; init; }

    public string? RemoteCacheMode { get; init; }

    public string? RemoteCacheRequired { get; init; }

    public string? MaxCostUsd { get; init; }

    public string? Loudness { get; init; }

    public string? TruePeak { get; init; }

    public string? TrimSilence { get; init; }

    public string? SampleRate { get; init; }

    public string? AudioFormat { get; init; }

    public string? OpusBitrate { get; init; }

    public string? WriteManifest { get; init; }
}
