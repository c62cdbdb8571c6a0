using System.Globalization;
using PixazoTts.Pipeline.RemoteCache;
using PixazoTts.Caching;
using PixazoTts.Pipeline.Finishing;

namespace PixazoTts.Pipeline.Settings;

/// <summary>
/// The task's settings after validation, with the documented precedence applied: an MSBuild property that is set wins
/// over its environment variable, which wins over the built-in default. The API key is held here only to hand it to
/// the client; <see cref="ToString"/> never shows it.
/// </summary>
internal sealed class TtsBuildSettings
{
    /// <summary>The gateway's public origin, used when neither PixazoBaseUrl nor PIXAZO_BASE_URL is set.</summary>
    public static readonly Uri DefaultBaseUrl = new("https://gateway.pixazo.ai");

    private TtsBuildSettings(
        TtsProviderKind provider, bool lockedMode, int maxConcurrency, int maxRetries, TimeSpan jobTimeout, Uri baseUrl, string cacheRoot, string? apiKey, TtsVoiceSettings defaults)
    {
        MaxRetries = maxRetries;
        JobTimeout = jobTimeout;
        Provider = provider;
        LockedMode = lockedMode;
        MaxConcurrency = maxConcurrency;
        BaseUrl = baseUrl;
        CacheRoot = cacheRoot;
        ApiKey = apiKey;
        Defaults = defaults;
    }

    public TtsProviderKind Provider { get; }

    public bool LockedMode { get; }

    public int MaxConcurrency { get; }

    /// <summary><c>TtsMaxRetries</c>: retries of one gateway call (429, 5xx, network fault, ERROR status).</summary>
    public int MaxRetries { get; }

    /// <summary><c>TtsJobTimeout</c>: how long one line may take, submit to download, retries included.</summary>
    public TimeSpan JobTimeout { get; }

    public Uri BaseUrl { get; }

    public string CacheRoot { get; }

    /// <summary>The key (PixazoApiKey property, else PIXAZO_API_KEY), or null when none is set.</summary>
    public string? ApiKey { get; }

    public bool HasApiKey => ApiKey is not null;

    /// <summary><c>TtsMaxCostUsd</c>: what the new lines of one run may cost at most (<see cref="TtsCost"/>).</summary>
    public decimal MaxCostUsd { get; private init; } = TtsCost.DefaultMaxUsd;

    /// <summary>The team cache (TtsRemoteCache...), or null when none is configured or its mode is off.</summary>
    public RemoteCacheOptions? RemoteCache { get; private init; }

    /// <summary>The project's finishing values (TtsLoudness, TtsTruePeak, TtsTrimSilence, TtsSampleRate, TtsAudioFormat).</summary>
    public TtsFinishingValues Finishing { get; private init; } = TtsFinishingValues.None;

    /// <summary><c>TtsOpusBitrate</c>, bits per second.</summary>
    public int OpusBitrate { get; private init; } = FinishingSettings.DefaultOpusBitrate;

    /// <summary><c>TtsWriteManifest</c>: write pixazo-tts.manifest.json (default true).</summary>
    public bool WriteManifest { get; private init; } = true;

    /// <summary>The project-wide defaults (TtsDefaultVoice, TtsDefaultPrompt, TtsDefaultLanguageCode).</summary>
    public TtsVoiceSettings Defaults { get; }

    /// <summary>Validates the raw task parameters; every problem becomes a diagnostic (PTTS2004, or PTTS2006 when no cache folder can be found).</summary>
    public static TtsBuildSettings? TryCreate(SettingsInput input, Func<string, string?> environment, List<TtsDiagnostic> problems)
    {
        var provider = ParseProvider(input.Provider, problems);
        bool lockedMode = ParseBoolean("TtsLockedMode", input.LockedMode, problems);
        int maxConcurrency = ParseConcurrency(input.MaxConcurrency, problems);
        int maxRetries = ParseWholeNumber("TtsMaxRetries", input.MaxRetries, 6, 0, 20, problems);
        var jobTimeout = TimeSpan.FromSeconds(ParseWholeNumber("TtsJobTimeout", input.JobTimeout, 600, 1, 86_400, problems));
        var baseUrl = ParseBaseUrl(input.BaseUrl, environment("PIXAZO_BASE_URL"), problems);
        decimal maxCostUsd = ParseMaxCost(input.MaxCostUsd, problems);

        string? apiKey = NullIfBlank(input.ApiKey) ?? NullIfBlank(environment("PIXAZO_API_KEY"));

        Action<string, string, string> invalidFinishing = (name, value, allowed) =>
            problems.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.InvalidFinishingProperty, null, null, name, value, allowed));
        var finishing = FinishingValuesParser.Parse("Tts", input.Loudness, input.TruePeak, input.TrimSilence, input.SampleRate, input.AudioFormat, invalidFinishing);
        int opusBitrate = FinishingValuesParser.ParseOpusBitrate(input.OpusBitrate, invalidFinishing);
        bool writeManifest = string.IsNullOrWhiteSpace(input.WriteManifest) || ParseFinishingBoolean(input.WriteManifest, invalidFinishing);

        var remoteCache = RemoteCacheOptions.TryCreate(input.RemoteCache, input.RemoteCacheMode, input.RemoteCacheRequired, environment, problems);

        string? configuredCache = NullIfBlank(input.CacheDirectory);
        if (configuredCache is not null && !Path.IsPathRooted(configuredCache))
        {
            // A relative TtsCacheDirectory means relative to the project, as every MSBuild path does.
            configuredCache = Path.GetFullPath(Path.Combine(input.ProjectDirectory, configuredCache));
        }

        if (problems.Count > 0 || provider is null || baseUrl is null)
        {
            return null;
        }

        string cacheRoot;
        try
        {
            cacheRoot = TtsCache.ResolveRoot(configuredCache, environment);
        }
        catch (TtsCacheException exception)
        {
            // No HOME (a service account, some containers) and no PIXAZO_TTS_CACHE: a setting to make, not a crash.
            problems.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.CacheNotWritable, null, null, exception.Directory, exception.Reason));
            return null;
        }

        var defaults = new TtsVoiceSettings(NullIfBlank(input.DefaultVoice), NullIfBlank(input.DefaultPrompt), NullIfBlank(input.DefaultLanguageCode));
        return new TtsBuildSettings(provider.Value, lockedMode, maxConcurrency, maxRetries, jobTimeout, baseUrl, cacheRoot, apiKey, defaults)
        {
            RemoteCache = remoteCache,
            MaxCostUsd = maxCostUsd,
            Finishing = finishing,
            OpusBitrate = opusBitrate,
            WriteManifest = writeManifest,
        };
    }

    /// <summary>A description for logs: never the key, only whether one is set.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"provider {Provider}, locked {LockedMode}, concurrency {MaxConcurrency}, retries {MaxRetries}, job timeout {JobTimeout.TotalSeconds} s, gateway {BaseUrl}, cache {CacheRoot}, max cost ${TtsCost.Format(MaxCostUsd)}, API key {(HasApiKey ? "set" : "not set")}, team cache {(RemoteCache is null ? "off" : RemoteCache.ToString())}");

    private static TtsProviderKind? ParseProvider(string? value, List<TtsDiagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TtsProviderKind.Auto;
        }

        if (Enum.TryParse<TtsProviderKind>(value.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider))
        {
            return provider;
        }

        problems.Add(Invalid("TtsProvider", value, "Auto, Pixazo or Placeholder"));
        return null;
    }

    private static bool ParseBoolean(string name, string? value, List<TtsDiagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (bool.TryParse(value.Trim(), out bool result))
        {
            return result;
        }

        problems.Add(Invalid(name, value, "true or false"));
        return false;
    }

    private static int ParseConcurrency(string? value, List<TtsDiagnostic> problems)
    {
        const int Default = 8;
        const int Maximum = 64;
        if (string.IsNullOrWhiteSpace(value))
        {
            return Default;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int result) && result is >= 1 and <= Maximum)
        {
            return result;
        }

        problems.Add(Invalid("TtsMaxConcurrency", value, "a whole number from 1 to 64"));
        return Default;
    }

    private static int ParseWholeNumber(string name, string? value, int defaultValue, int minimum, int maximum, List<TtsDiagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int result) && result >= minimum && result <= maximum)
        {
            return result;
        }

        problems.Add(Invalid(name, value, string.Create(CultureInfo.InvariantCulture, $"a whole number from {minimum} to {maximum}")));
        return defaultValue;
    }

    private static decimal ParseMaxCost(string? value, List<TtsDiagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return TtsCost.DefaultMaxUsd;
        }

        if (decimal.TryParse(value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal result))
        {
            return result;
        }

        problems.Add(Invalid("TtsMaxCostUsd", value, "an amount in US dollars such as 10 or 2.50 (0 allows no new gateway line)"));
        return TtsCost.DefaultMaxUsd;
    }

    private static Uri? ParseBaseUrl(string? property, string? environmentValue, List<TtsDiagnostic> problems)
    {
        (string name, string? value) = NullIfBlank(property) is { } fromProperty
            ? ("PixazoBaseUrl", fromProperty)
            : ("PIXAZO_BASE_URL", NullIfBlank(environmentValue));
        if (value is null)
        {
            return DefaultBaseUrl;
        }

        if (Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        problems.Add(Invalid(name, value, "an absolute http:// or https:// URL such as https://gateway.pixazo.ai"));
        return null;
    }

    private static bool ParseFinishingBoolean(string value, Action<string, string, string> invalid)
    {
        if (bool.TryParse(value.Trim(), out bool result))
        {
            return result;
        }

        invalid("TtsWriteManifest", value, "true or false");
        return true;
    }

    private static TtsDiagnostic Invalid(string name, string value, string allowed) =>
        new(TtsDiagnosticDescriptors.InvalidSetting, null, null, name, value, allowed);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
