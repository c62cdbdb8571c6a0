using PixazoTts.Pipeline.RemoteCache;

namespace PixazoTts.Pipeline.Tests.TeamCache;

/// <summary>
/// A fresh, empty place on one real server (a folder, bucket or container), with raw access that bypasses the team
/// cache (what someone with write access to the store, but without the signing key, can do).
/// </summary>
public abstract class RemoteSpace
{
    /// <summary>The <c>TtsRemoteCache</c> URL.</summary>
    public abstract string Url { get; }

    /// <summary>The environment a build needs for this store (credentials, endpoint).</summary>
    public abstract IReadOnlyDictionary<string, string?> Environment { get; }

    /// <summary>Every secret in <see cref="Environment"/>: none may ever appear in a message or log.</summary>
    public abstract IReadOnlyList<string> Secrets { get; }

    public abstract Task<IReadOnlyList<string>> ListAsync();

    public abstract Task<byte[]?> ReadRawAsync(string name);

    public abstract Task WriteRawAsync(string name, byte[] content);

    public RemoteCacheOptions Options(
        RemoteCacheMode mode, string? signingKey = null, RemoteCacheLimits? limits = null,
        IReadOnlyDictionary<string, string?>? overrides = null, string? url = null)
    {
        var variables = new Dictionary<string, string?>(Environment);
        if (signingKey is not null)
        {
            variables[RemoteCacheOptions.SigningKeyVariable] = signingKey;
        }

        foreach (var (name, value) in overrides ?? new Dictionary<string, string?>())
        {
            variables[name] = value;
        }

        var problems = new List<TtsDiagnostic>();
        string modeText = mode switch { RemoteCacheMode.ReadWrite => "readwrite", RemoteCacheMode.Read => "read", _ => "off" };
        var options = RemoteCacheOptions.TryCreate(url ?? Url, modeText, null, n => variables.GetValueOrDefault(n), problems)
            ?? throw new InvalidOperationException("Options refused: " + string.Join("; ", problems));
        return limits is null ? options : options.WithLimits(limits);
    }
}
