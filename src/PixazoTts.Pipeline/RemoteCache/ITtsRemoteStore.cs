namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// One team remote store, seen as named objects below its URL or prefix (<see cref="RemoteCacheLayout"/>). Stores do
/// no verification and no retrying: <see cref="TeamCache"/> does both, the same for every store. Every failure is a
/// <see cref="RemoteStoreException"/> whose message names no credential.
/// </summary>
public interface ITtsRemoteStore : IDisposable
{
    /// <summary>The remote as named in messages (never with credentials).</summary>
    string Description { get; }

    /// <summary>The object's bytes, or null when it does not exist.</summary>
    /// <param name="name">An object name such as <c>v1/ab/ab…​.json</c>.</param>
    /// <param name="maxBytes">Larger objects are a failure (a store must not make the build read without bound).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<byte[]?> GetAsync(string name, long maxBytes, CancellationToken cancellationToken);

    /// <summary>True when the object exists.</summary>
    /// <param name="name">An object name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<bool> ExistsAsync(string name, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the object unless it exists: a conditional write (<c>If-None-Match: *</c>) where the store supports it,
    /// after an existence check everywhere. Returns false when the object was already there (nothing was written).
    /// </summary>
    /// <param name="name">An object name.</param>
    /// <param name="content">The bytes.</param>
    /// <param name="contentType">The media type (<c>audio/wav</c>, <c>application/json</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    Task<bool> PutIfAbsentAsync(string name, byte[] content, string contentType, CancellationToken cancellationToken);
}
