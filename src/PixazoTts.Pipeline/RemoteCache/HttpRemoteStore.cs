using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// A store on any server that speaks plain HEAD, GET and PUT on paths below a URL: nginx or Apache with WebDAV,
/// Artifactory generic and Nexus raw repositories, Caddy. Auth: <c>Authorization: Bearer</c> from
/// <c>PIXAZO_TTS_REMOTE_CACHE_TOKEN</c>, else basic from <c>PIXAZO_TTS_REMOTE_CACHE_USERNAME</c>/<c>_PASSWORD</c>.
/// </summary>
/// <remarks>
/// Writes check existence first, then PUT with <c>If-None-Match: *</c> (servers that honour it answer 412 to a racing
/// second writer; plain WebDAV servers ignore it, and the HEAD is what keeps them write-once). WebDAV servers that do
/// not create parent folders on PUT answer 409 (nginx without <c>create_full_put_path</c>: 500): the store then makes
/// them with MKCOL and puts again. The credentials go
/// only to this origin: .NET drops the Authorization header when it follows a redirect.
/// </remarks>
public sealed class HttpRemoteStore : ITtsRemoteStore
{
    private readonly HttpClient _client;
    private readonly Uri _base;
    private readonly RemoteCacheLimits _limits;

    /// <summary>Creates the store for <paramref name="options"/> (an HTTP location).</summary>
    /// <param name="options">The settings.</param>
    public HttpRemoteStore(RemoteCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _base = options.Location.HttpBase ?? throw new ArgumentException("Not an HTTP location.", nameof(options));
        _limits = options.Limits;
        Description = options.Location.Description;
#pragma warning disable CA2000 // The client owns the handler (disposeHandler: true).
        var handler = new SocketsHttpHandler
        {
            ConnectTimeout = _limits.ConnectTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            MaxConnectionsPerServer = Math.Max(1, _limits.MaxConcurrency),
            AutomaticDecompression = DecompressionMethods.None,
        };
#pragma warning restore CA2000
        _client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        if (options.Token is not null)
        {
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        }
        else if (options.Username is not null)
        {
            string pair = options.Username + ":" + (options.Password ?? string.Empty);
            _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string name, long maxBytes, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Address(name));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        EnsureSuccess(response, "GET", name);
        if (response.Content.Headers.ContentLength is long length && length > maxBytes)
        {
            throw new RemoteStoreException(Invariant($"GET {name}: {length} bytes is more than the {maxBytes} accepted"), isTransient: false);
        }

        try
        {
            using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var memory = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                memory.Write(buffer, 0, read);
                if (memory.Length > maxBytes)
                {
                    throw new RemoteStoreException(Invariant($"GET {name}: more than the {maxBytes} bytes accepted"), isTransient: false);
                }
            }

            return memory.ToArray();
        }
        catch (Exception exception) when (exception is IOException or HttpRequestException)
        {
            throw new RemoteStoreException("GET " + name + ": the connection broke while reading (" + exception.Message + ")", isTransient: true);
        }
    }

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, Address(name));
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        EnsureSuccess(response, "HEAD", name);
        return true;
    }

    /// <inheritdoc />
    public async Task<bool> PutIfAbsentAsync(string name, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var status = await PutAsync(name, content, contentType, cancellationToken).ConfigureAwait(false);
        if (status is HttpStatusCode.Conflict or HttpStatusCode.InternalServerError)
        {
            // A WebDAV server that does not create parent folders on PUT: RFC 4918 says 409 (Apache); nginx without
            // create_full_put_path answers 500. Make the parent collections, then put once more (a server that is
            // simply failing fails again, and that is reported).
            await MakeCollectionsAsync(name, cancellationToken).ConfigureAwait(false);
            status = await PutAsync(name, content, contentType, cancellationToken).ConfigureAwait(false);
        }

        if (status == HttpStatusCode.PreconditionFailed)
        {
            return false;
        }

        if ((int)status is < 200 or > 299)
        {
            throw Failure("PUT", name, status);
        }

        return true;
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private async Task<HttpStatusCode> PutAsync(string name, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, Address(name)) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        return response.StatusCode;
    }

    private async Task MakeCollectionsAsync(string name, CancellationToken cancellationToken)
    {
        // From the server's root down: the configured folder itself may be missing too. Folders above the configured
        // URL may be refused (they belong to the server, e.g. a repository root): only ours must succeed.
        string basePath = _base.AbsolutePath;
        string full = basePath + name;
        int baseDepth = basePath.Count(c => c == '/');
        int depth = 0;
        for (int slash = full.IndexOf('/', 1); slash >= 0; slash = full.IndexOf('/', slash + 1))
        {
            depth++;
            var folder = new Uri(_base, full[..(slash + 1)]);
            using var request = new HttpRequestMessage(new HttpMethod("MKCOL"), folder);
            using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);

            // 201: made; 405: it exists already (RFC 4918).
            bool ours = depth >= baseDepth - 1;
            if (ours && response.StatusCode != HttpStatusCode.MethodNotAllowed && !response.IsSuccessStatusCode)
            {
                throw Failure("MKCOL", folder.AbsolutePath, response.StatusCode);
            }
        }
    }

    private Uri Address(string name) => new(_base, name);

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        string what = request.Method.Method + " " + request.RequestUri!.AbsolutePath;
        using var answer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        answer.CancelAfter(_limits.ResponseTimeout);
        try
        {
            return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, answer.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RemoteStoreException(Invariant($"{what}: no answer within {_limits.ResponseTimeout.TotalSeconds:0.#} s"), isTransient: false);
        }
        catch (HttpRequestException exception)
        {
            // Connection refused, reset, DNS: the message names host and port, never a header.
            bool connectFailed = exception.InnerException is SocketException || exception.HttpRequestError == HttpRequestError.ConnectionError;
            throw new RemoteStoreException(what + ": " + exception.Message, isTransient: !connectFailed);
        }
    }

    private static void EnsureSuccess(HttpResponseMessage response, string method, string name)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(method, name, response.StatusCode);
        }
    }

    private static RemoteStoreException Failure(string method, string name, HttpStatusCode status)
    {
        int code = (int)status;
        string hint = code switch
        {
            401 => " (unauthorized: check PIXAZO_TTS_REMOTE_CACHE_TOKEN or PIXAZO_TTS_REMOTE_CACHE_USERNAME/PASSWORD)",
            403 => " (forbidden: the credentials may not read or write here)",
            405 => " (method not allowed: the server must accept PUT here)",
            _ => string.Empty,
        };
        return new RemoteStoreException(
            Invariant($"{method} {name} answered {code} {status}{hint}"), isTransient: code == 429 || code >= 500);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
