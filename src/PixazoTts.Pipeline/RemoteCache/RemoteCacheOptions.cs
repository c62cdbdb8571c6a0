using System.Globalization;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// The team cache's settings (contract, DESIGN.md "Team cache"): where the remote is, the mode, whether a failure is
/// an error, and the secrets, which are read from the environment only and which <see cref="ToString"/> never shows.
/// A class, not a record: a record's generated ToString would print the secrets.
/// </summary>
public sealed class RemoteCacheOptions
{
    /// <summary>The remote's URL (env).</summary>
    public const string UrlVariable = "PIXAZO_TTS_REMOTE_CACHE";

    /// <summary>The mode (env).</summary>
    public const string ModeVariable = "PIXAZO_TTS_REMOTE_CACHE_MODE";

    /// <summary>HTTP bearer token (env only).</summary>
    public const string TokenVariable = "PIXAZO_TTS_REMOTE_CACHE_TOKEN";

    /// <summary>HTTP basic user name (env only).</summary>
    public const string UsernameVariable = "PIXAZO_TTS_REMOTE_CACHE_USERNAME";

    /// <summary>HTTP basic password (env only).</summary>
    public const string PasswordVariable = "PIXAZO_TTS_REMOTE_CACHE_PASSWORD";

    /// <summary>The HMAC signing key (env only).</summary>
    public const string SigningKeyVariable = "PIXAZO_TTS_CACHE_SIGNING_KEY";

    /// <summary>Azure Blob's connection string (env only).</summary>
    public const string AzureConnectionStringVariable = "AZURE_STORAGE_CONNECTION_STRING";

    private RemoteCacheOptions(
        RemoteCacheLocation location, RemoteCacheMode mode, bool required, string? token, string? username, string? password,
        string? signingKey, string? azureConnectionString, Func<string, string?> environment)
    {
        Location = location;
        Mode = mode;
        Required = required;
        Token = token;
        Username = username;
        Password = password;
        SigningKey = signingKey;
        AzureConnectionString = azureConnectionString;
        Environment = environment;
    }

    /// <summary>Where the remote is.</summary>
    public RemoteCacheLocation Location { get; }

    /// <summary>Read or ReadWrite (an Off configuration yields no options at all).</summary>
    public RemoteCacheMode Mode { get; }

    /// <summary><c>TtsRemoteCacheRequired</c>: a failure is an error, not a warning.</summary>
    public bool Required { get; }

    /// <summary>Timeouts and bounds; tests shorten them.</summary>
    public RemoteCacheLimits Limits { get; private init; } = RemoteCacheLimits.Default;

    internal string? Token { get; }

    internal string? Username { get; }

    internal string? Password { get; }

    internal string? SigningKey { get; }

    internal string? AzureConnectionString { get; }

    /// <summary>The environment the S3 store reads its endpoint and region from.</summary>
    internal Func<string, string?> Environment { get; }

    /// <summary>True when a signing key is set: uploads are signed, and entries without a valid signature are refused.</summary>
    public bool Signs => SigningKey is not null;

    /// <summary>
    /// Reads the settings: a property that is set wins over its environment variable; secrets come from
    /// <paramref name="environment"/> only. Returns null when no remote is configured or the mode is <c>off</c>;
    /// problems are PTTS2004 diagnostics in <paramref name="problems"/> (then the result is null too).
    /// </summary>
    /// <param name="urlProperty"><c>TtsRemoteCache</c>.</param>
    /// <param name="modeProperty"><c>TtsRemoteCacheMode</c>.</param>
    /// <param name="requiredProperty"><c>TtsRemoteCacheRequired</c>.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="problems">Receives the problems.</param>
    public static RemoteCacheOptions? TryCreate(
        string? urlProperty, string? modeProperty, string? requiredProperty, Func<string, string?> environment, List<TtsDiagnostic> problems)
    {
        ArgumentNullException.ThrowIfNull(environment);

        ArgumentNullException.ThrowIfNull(problems);

        int before = problems.Count;
        (string modeName, string? modeText) = Pick("TtsRemoteCacheMode", modeProperty, ModeVariable, environment);
        var mode = ParseMode(modeName, modeText, problems);
        bool required = ParseRequired(requiredProperty, problems);
        (string urlName, string? url) = Pick("TtsRemoteCache", urlProperty, UrlVariable, environment);

        RemoteCacheLocation? location = null;
        if (url is not null)
        {
            location = RemoteCacheLocation.TryParse(url, out string? problem);
            if (location is null)
            {
                // The value itself is not echoed: it may be exactly the credential-bearing URL we refuse.
                problems.Add(new TtsDiagnostic(
                    TtsDiagnosticDescriptors.InvalidSetting, null, null, urlName, Redact(url),
                    "http(s)://host/path, s3://bucket[/prefix] or azblob://container[/prefix] without credentials; it has " + problem));
            }
        }

        if (problems.Count > before || location is null || mode == RemoteCacheMode.Off)
        {
            return null;
        }

        string? connectionString = NullIfBlank(environment(AzureConnectionStringVariable));
        if (location.Kind == RemoteStoreKind.AzureBlob && connectionString is null)
        {
            problems.Add(new TtsDiagnostic(
                TtsDiagnosticDescriptors.InvalidSetting, null, null, AzureConnectionStringVariable, "(not set)",
                "the storage account's connection string (it is needed for " + location.Description + ")"));
            return null;
        }

        return new RemoteCacheOptions(
            location, mode, required, NullIfBlank(environment(TokenVariable)), NullIfBlank(environment(UsernameVariable)),
            environment(PasswordVariable), NullIfBlank(environment(SigningKeyVariable)), connectionString, environment);
    }

    /// <summary>The same settings with other timeouts and bounds.</summary>
    /// <param name="limits">The limits.</param>
    public RemoteCacheOptions WithLimits(RemoteCacheLimits limits) =>
        new(Location, Mode, Required, Token, Username, Password, SigningKey, AzureConnectionString, Environment)
        {
            Limits = limits ?? throw new ArgumentNullException(nameof(limits)),
        };

    /// <summary>Never a secret: only whether each is set.</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"remote {Location.Description}, mode {Mode}, required {Required}, token {Set(Token)}, basic auth {Set(Username)}, signing key {Set(SigningKey)}");

    private static string Set(string? value) => value is null ? "not set" : "set";

    private static (string Name, string? Value) Pick(string propertyName, string? property, string variable, Func<string, string?> environment) =>
        NullIfBlank(property) is { } fromProperty ? (propertyName, fromProperty) : (variable, NullIfBlank(environment(variable)));

    private static RemoteCacheMode ParseMode(string name, string? value, List<TtsDiagnostic> problems)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null:
            case "read":
                return RemoteCacheMode.Read;
            case "readwrite":
                return RemoteCacheMode.ReadWrite;
            case "off":
                return RemoteCacheMode.Off;
            default:
                problems.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.InvalidSetting, null, null, name, value, "read, readwrite or off"));
                return RemoteCacheMode.Off;
        }
    }

    private static bool ParseRequired(string? value, List<TtsDiagnostic> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (bool.TryParse(value.Trim(), out bool result))
        {
            return result;
        }

        problems.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.InvalidSetting, null, null, "TtsRemoteCacheRequired", value, "true or false"));
        return false;
    }

    /// <summary>The URL with any user info and query cut off, for a message about a refused URL.</summary>
    private static string Redact(string url)
    {
        string text = url.Trim();
        int scheme = text.IndexOf("://", StringComparison.Ordinal);
        int at = text.IndexOf('@', StringComparison.Ordinal);
        if (scheme >= 0 && at > scheme)
        {
            text = text[..(scheme + 3)] + "***@" + text[(at + 1)..];
        }

        int query = text.IndexOfAny(['?', '#']);
        return query >= 0 ? text[..query] + "?***" : text;
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
