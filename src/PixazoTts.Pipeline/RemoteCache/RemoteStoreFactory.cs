namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>Makes the store a <see cref="RemoteCacheLocation"/> names.</summary>
public static class RemoteStoreFactory
{
    /// <summary>The store for <paramref name="options"/>.</summary>
    /// <param name="options">The settings.</param>
    /// <exception cref="RemoteStoreException">The store cannot be set up (e.g. a malformed connection string).</exception>
    public static ITtsRemoteStore Create(RemoteCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        return options.Location.Kind switch
        {
            RemoteStoreKind.Http => new HttpRemoteStore(options),
            RemoteStoreKind.S3 => new S3RemoteStore(options),
            RemoteStoreKind.AzureBlob => new AzureBlobRemoteStore(options),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Location.Kind, "Unknown store kind."),
        };
    }
}
