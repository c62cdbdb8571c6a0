using PixazoTts.Caching;
using PixazoTts.Cli.Input;
using PixazoTts.Cli.Output;

namespace PixazoTts.Cli.Running;

/// <summary>
/// The lines of a command, loaded exactly as the build task loads them: settings validated with the build's rules
/// (project property, then environment variable, then default; a command-line option wins over both), every script
/// parsed and checked (errors stop the command before anything is spent), defaults resolved, equal utterances grouped.
/// </summary>
internal sealed class LineSession
{
    private LineSession(ScriptSelection selection, TtsBuildSettings settings, IReadOnlyList<TtsLineOccurrence> occurrences)
    {
        Selection = selection;
        Settings = settings;
        Occurrences = occurrences;
        Lines = TtsDistinctLine.Group(occurrences);
        Cache = new TtsCache(settings.CacheRoot);
    }

    public ScriptSelection Selection { get; }

    public TtsBuildSettings Settings { get; }

    public IReadOnlyList<TtsLineOccurrence> Occurrences { get; }

    public IReadOnlyList<TtsDistinctLine> Lines { get; }

    public TtsCache Cache { get; }

    /// <summary>The name of the cost limit in messages: the option when it was given, else the build's property.</summary>
    public string CostLimitName { get; private init; } = "TtsMaxCostUsd";

    /// <summary>Settings from the selection's project, the environment and <paramref name="options"/>; null after reporting problems.</summary>
    public static TtsBuildSettings? CreateSettings(ScriptSelection selection, CommonOptions options, CliConsole console)
    {
        var input = new SettingsInput
        {
            ProjectDirectory = selection.BaseDirectory,
            Provider = options.Provider ?? selection.Property("TtsProvider"),
            LockedMode = options.Locked ? "true" : selection.Property("TtsLockedMode"),
            MaxConcurrency = options.Concurrency ?? selection.Property("TtsMaxConcurrency"),
            MaxRetries = selection.Property("TtsMaxRetries"),
            JobTimeout = selection.Property("TtsJobTimeout"),
            BaseUrl = selection.Property("PixazoBaseUrl"),
            CacheDirectory = selection.Property("TtsCacheDirectory"),
            ApiKey = selection.Property("PixazoApiKey"),
            DefaultVoice = selection.Property("TtsDefaultVoice"),
            DefaultPrompt = selection.Property("TtsDefaultPrompt"),
            DefaultLanguageCode = selection.Property("TtsDefaultLanguageCode"),
            RemoteCache = selection.Property("TtsRemoteCache"),
            RemoteCacheMode = selection.Property("TtsRemoteCacheMode"),
            RemoteCacheRequired = selection.Property("TtsRemoteCacheRequired"),
            MaxCostUsd = options.MaxCostUsd ?? selection.Property("TtsMaxCostUsd"),
            Loudness = selection.Property("TtsLoudness"),
            TruePeak = selection.Property("TtsTruePeak"),
            TrimSilence = selection.Property("TtsTrimSilence"),
            SampleRate = selection.Property("TtsSampleRate"),
            AudioFormat = selection.Property("TtsAudioFormat"),
            OpusBitrate = selection.Property("TtsOpusBitrate"),
            WriteManifest = selection.Property("TtsWriteManifest"),
        };
        var problems = new List<TtsDiagnostic>();
        var settings = TtsBuildSettings.TryCreate(input, Environment.GetEnvironmentVariable, problems);
        foreach (var problem in problems)
        {
            console.Diagnostic(problem.Code, problem.IsError, problem.FilePath ?? selection.ProjectFile, problem.Span, RenameOption(problem.Message, options));
        }

        if (settings is not null)
        {
            console.AddSecret(settings.ApiKey);
            foreach (string name in new[] { "PIXAZO_TTS_REMOTE_CACHE_TOKEN", "PIXAZO_TTS_REMOTE_CACHE_PASSWORD", "PIXAZO_TTS_CACHE_SIGNING_KEY", "AWS_SECRET_ACCESS_KEY", "AZURE_STORAGE_CONNECTION_STRING" })
            {
                console.AddSecret(Environment.GetEnvironmentVariable(name));
            }
        }

        return settings;
    }

    /// <summary>Loads and checks the scripts; null when any error was reported (nothing is spent then).</summary>
    public static LineSession? Open(ScriptSelection selection, CommonOptions options, CliConsole console)
    {
        var settings = CreateSettings(selection, options, console);
        if (settings is null)
        {
            return null;
        }

        var diagnostics = new List<TtsDiagnostic>();
        var scripts = selection.Load(diagnostics);
        foreach (var diagnostic in diagnostics)
        {
            // As the build does: a diagnostic without a file of its own (item metadata, PTTS2202) points at the project.
            console.Diagnostic(diagnostic.Code, diagnostic.IsError, diagnostic.FilePath ?? selection.ProjectFile, diagnostic.Span, diagnostic.Message);
        }

        if (diagnostics.Exists(d => d.IsError))
        {
            return null;
        }

        return new LineSession(selection, settings, TtsAssetLoader.Resolve(scripts, settings.Defaults))
        {
            CostLimitName = options.MaxCostUsd is null ? "TtsMaxCostUsd" : "--max-cost-usd",
        };
    }

    /// <summary>A session over scripts already parsed (say's one-line script).</summary>
    public static LineSession FromScripts(ScriptSelection selection, TtsBuildSettings settings, IReadOnlyList<TtsAssetScript> scripts, CommonOptions options) =>
        new(selection, settings, TtsAssetLoader.Resolve(scripts, settings.Defaults))
        {
            CostLimitName = options.MaxCostUsd is null ? "TtsMaxCostUsd" : "--max-cost-usd",
        };

    // A value given on the command line is named as the option the user typed, not as the MSBuild property.
    private static string RenameOption(string message, CommonOptions options)
    {
        if (options.MaxCostUsd is not null)
        {
            message = message.Replace("TtsMaxCostUsd", "--max-cost-usd", StringComparison.Ordinal);
        }

        if (options.Provider is not null)
        {
            message = message.Replace("TtsProvider", "--provider", StringComparison.Ordinal);
        }

        if (options.Concurrency is not null)
        {
            message = message.Replace("TtsMaxConcurrency", "--concurrency", StringComparison.Ordinal);
        }

        return message;
    }
}
