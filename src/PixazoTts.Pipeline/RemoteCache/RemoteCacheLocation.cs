namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// A parsed <c>TtsRemoteCache</c> URL: <c>http(s)://host/path</c>, <c>s3://bucket[/prefix]</c> or
/// <c>azblob://container[/prefix]</c>. It never holds a credential: URLs with a user name, password or query are refused
/// when parsed (a property's value ends up in binary logs; credentials come from the environment).
/// </summary>
public sealed class RemoteCacheLocation
{
    private RemoteCacheLocation(RemoteStoreKind kind, Uri? httpBase, string container, string prefix, string description)
    {
        Kind = kind;
        HttpBase = httpBase;
        Container = container;
        Prefix = prefix;
        Description = description;
    }

    /// <summary>The store kind.</summary>
    public RemoteStoreKind Kind { get; }

    /// <summary>For <see cref="RemoteStoreKind.Http"/>: the base URL, always ending in '/'.</summary>
    public Uri? HttpBase { get; }

    /// <summary>For S3 the bucket, for Azure Blob the container; empty for HTTP.</summary>
    public string Container { get; }

    /// <summary>For S3 and Azure Blob: the object-name prefix without leading or trailing '/' (may be empty).</summary>
    public string Prefix { get; }

    /// <summary>How the remote is named in messages: the URL as configured (it holds no credential).</summary>
    public string Description { get; }

    /// <summary>Parses <paramref name="value"/>; on failure returns null and says why in <paramref name="problem"/>.</summary>
    /// <param name="value">The configured URL.</param>
    /// <param name="problem">What is wrong, without echoing anything that could be a secret.</param>
    public static RemoteCacheLocation? TryParse(string value, out string? problem)
    {
        problem = null;
        string trimmed = value.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            problem = "not an absolute URL";
            return null;
        }

        if (uri.UserInfo.Length > 0)
        {
            // A password in a property would land in every binary log: credentials come from the environment only.
            problem = "a user name or password in the URL (set PIXAZO_TTS_REMOTE_CACHE_USERNAME and PIXAZO_TTS_REMOTE_CACHE_PASSWORD, or PIXAZO_TTS_REMOTE_CACHE_TOKEN, instead)";
            return null;
        }

        if (uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            problem = "a query or fragment in the URL (a SAS or other token belongs in the environment)";
            return null;
        }

        switch (uri.Scheme)
        {
            case "http":
            case "https":
            {
                string text = uri.GetLeftPart(UriPartial.Path);
                var httpBase = new Uri(text.EndsWith('/') ? text : text + "/");
                return new RemoteCacheLocation(RemoteStoreKind.Http, httpBase, string.Empty, string.Empty, text.TrimEnd('/'));
            }

            case "s3":
            case "azblob":
            {
                string container = uri.Host;
                if (container.Length == 0)
                {
                    problem = uri.Scheme == "s3" ? "no bucket (write s3://bucket or s3://bucket/prefix)" : "no container (write azblob://container or azblob://container/prefix)";
                    return null;
                }

                string prefix = Uri.UnescapeDataString(uri.AbsolutePath).Trim('/');
                var kind = uri.Scheme == "s3" ? RemoteStoreKind.S3 : RemoteStoreKind.AzureBlob;
                string description = uri.Scheme + "://" + container + (prefix.Length > 0 ? "/" + prefix : string.Empty);
                return new RemoteCacheLocation(kind, null, container, prefix, description);
            }

            default:
                problem = "an unsupported scheme '" + uri.Scheme + "'";
                return null;
        }
    }

    /// <inheritdoc />
    public override string ToString() => Description;
}
