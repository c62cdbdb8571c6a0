using System.Net;
using System.Net.Http.Headers;
using PixazoTts.Audio;
using PixazoTts.Client.Http;

namespace PixazoTts.Client.Media;

/// <summary>
/// Downloads a job's media from the CDN: over an HttpClient that never carries the API key, http(s)
/// only, following at most <see cref="MaxRedirects"/> redirects itself (each target checked), with
/// the size capped while streaming, and the bytes checked as a WAV file. One attempt; retries are
/// the caller's pipeline.
/// </summary>
internal sealed class MediaDownloader
{
    public const int MaxRedirects = 5;

    private readonly HttpClient httpClient;
    private readonly long maxBytes;
    private readonly SecretRedactor redactor;

    public MediaDownloader(HttpClient httpClient, long maxBytes, SecretRedactor redactor)
    {
        this.httpClient = httpClient;
        this.maxBytes = maxBytes;
        this.redactor = redactor;
    }

    public async Task<DownloadedMedia> DownloadAsync(Uri mediaUrl, string requestId, CancellationToken cancellationToken)
    {
        RequireHttp(mediaUrl, requestId, "a media URL that is not http(s)");

        var url = mediaUrl;
        for (var redirects = 0; ; redirects++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("audio/wav"));
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.1));

            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            if (IsRedirect(response.StatusCode))
            {
                if (redirects == MaxRedirects)
                {
                    throw new PixazoUnsafeUrlException(
                        $"the media URL redirected more than {MaxRedirects} times (request {requestId})",
                        (int)response.StatusCode, requestId);
                }

                url = NextLocation(url, response, requestId);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new PixazoUnavailableException(
                    $"the media download failed with HTTP {(int)response.StatusCode} (request {requestId})",
                    (int)response.StatusCode, requestId,
                    retryAfter: RetryAfterHeader.Read(response, DateTimeOffset.UtcNow));
            }

            var bytes = await ReadCappedAsync(response, requestId, cancellationToken).ConfigureAwait(false);
            if (!WavFile.TryInspect(bytes, out var info, out var problem) || info is null)
            {
                throw new PixazoInvalidMediaException(
                    $"the media of request {requestId}: {redactor.Redact(problem ?? "unreadable header")}; it was downloaded again on each retry",
                    requestId: requestId);
            }

            return new DownloadedMedia(bytes, info, url);
        }
    }

    private async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, string requestId, CancellationToken cancellationToken)
    {
        // Content-Length first: refuse without reading a byte when the size is announced.
        if (response.Content.Headers.ContentLength is { } announced && announced > maxBytes)
        {
            throw TooLarge(requestId);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // The announced length is also untrusted: count while streaming.
            var initialCapacity = (int)Math.Min(response.Content.Headers.ContentLength ?? 64 * 1024, Math.Min(maxBytes, int.MaxValue));
            using var buffer = new MemoryStream(initialCapacity);
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(requestId);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private PixazoMediaTooLargeException TooLarge(string requestId) =>
        new($"the media of request {requestId} is over {maxBytes} bytes, the client's MaxDownloadBytes", maxBytes, requestId);

    private static Uri NextLocation(Uri current, HttpResponseMessage response, string requestId)
    {
        var location = response.Headers.Location
            ?? throw new PixazoUnavailableException(
                $"the media host answered a redirect without a Location (request {requestId})",
                (int)response.StatusCode, requestId);
        var next = location.IsAbsoluteUri ? location : new Uri(current, location);
        RequireHttp(next, requestId, "a redirect to a target that is not http(s)");

        // Like HttpClient's own redirect handling: never from https down to http.
        if (current.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
        {
            throw new PixazoUnsafeUrlException(
                $"the media URL redirected from https to http (request {requestId}), a downgrade",
                (int)response.StatusCode, requestId);
        }

        return next;
    }

    private static void RequireHttp(Uri url, string requestId, string what)
    {
        if (!HttpOrigin.IsHttpOrHttps(url))
        {
            // Only the scheme is shown: the rest of a URL can carry tokens.
            var scheme = url.IsAbsoluteUri ? url.Scheme + ":" : "a relative URL";
            throw new PixazoUnsafeUrlException(
                $"{what}: {scheme} (request {requestId}); only http(s) URLs are downloaded",
                requestId: requestId);
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther or
        HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;
}
