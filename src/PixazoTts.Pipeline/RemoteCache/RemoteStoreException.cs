namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// A remote store failed: unreachable, timed out, refused the credentials, or answered with an error. The message
/// names the failure (status, the store's error code, the socket error) and never a credential or a request header.
/// </summary>
public sealed class RemoteStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, without secrets.</param>
    /// <param name="isTransient">True for 429, 5xx and dropped connections (retried briefly); false for 401/403 and the rest.</param>
    public RemoteStoreException(string message, bool isTransient)
        : base(message)
    {
        IsTransient = isTransient;
    }

    /// <summary>Creates the exception.</summary>
    public RemoteStoreException()
        : base("The remote store failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What failed, without secrets.</param>
    public RemoteStoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception. The inner exception is deliberately not kept by the stores (its message could hold a header).</summary>
    /// <param name="message">What failed, without secrets.</param>
    /// <param name="innerException">The cause.</param>
    public RemoteStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>True when retrying soon may help (429, 5xx, a dropped connection).</summary>
    public bool IsTransient { get; }

    /// <summary>
    /// True when the store works but this one object is damaged (its bytes do not match the store's own checksum):
    /// the entry is refused, and the remote stays in use for the others.
    /// </summary>
    public bool IsDamagedObject { get; init; }
}
