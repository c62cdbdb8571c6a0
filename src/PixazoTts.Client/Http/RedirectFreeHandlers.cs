namespace PixazoTts.Client.Http;

/// <summary>
/// The transport handlers the client sends through never follow redirects by themselves: HttpClient's
/// redirect handling would carry custom headers (the key) to the new target. Media redirects are
/// followed by <see cref="Media.MediaDownloader"/>, one checked hop at a time.
/// </summary>
internal static class RedirectFreeHandlers
{
    /// <summary>The client's own transport: redirects off, connections recycled so DNS changes are seen.</summary>
    public static HttpMessageHandler CreateDefault() =>
#if NET
        new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromSeconds(30),
        };
#else
        // netstandard2.0 has no SocketsHttpHandler; the running framework's HttpClientHandler is the transport.
        new HttpClientHandler { AllowAutoRedirect = false };
#endif

    /// <summary>
    /// Switches a framework transport handler to <c>AllowAutoRedirect = false</c>; any other handler
    /// (a delegating chain, a test double) must already behave so.
    /// </summary>
    /// <exception cref="ArgumentException">The handler has already sent a request with redirects on.</exception>
    public static HttpMessageHandler ForbidAutoRedirect(HttpMessageHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        try
        {
            switch (handler)
            {
#if NET
                case SocketsHttpHandler { AllowAutoRedirect: true } sockets:
                    sockets.AllowAutoRedirect = false;
                    break;
#endif
                case HttpClientHandler { AllowAutoRedirect: true } client:
                    client.AllowAutoRedirect = false;
                    break;
            }
        }
        catch (InvalidOperationException exception)
        {
            throw new ArgumentException("The handler has already been used with AllowAutoRedirect on; pass a new handler, or one with AllowAutoRedirect = false.", nameof(handler), exception);
        }

        return handler;
    }
}
