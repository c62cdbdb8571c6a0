namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>Which kind of store a <c>TtsRemoteCache</c> URL names.</summary>
public enum RemoteStoreKind
{
    /// <summary><c>http://</c> or <c>https://</c>: any server with plain HEAD/GET/PUT on paths (WebDAV, Artifactory, Nexus, Caddy).</summary>
    Http,

    /// <summary><c>s3://bucket[/prefix]</c>: Amazon S3 or an S3-compatible store.</summary>
    S3,

    /// <summary><c>azblob://container[/prefix]</c>: Azure Blob Storage (or Azurite).</summary>
    AzureBlob,
}
