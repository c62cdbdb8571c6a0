namespace PixazoTts.Client.Http;

/// <summary>
/// Origin comparison (scheme, host, port) — the boundary the API key must never cross.
/// </summary>
internal static class HttpOrigin
{
    public static bool AreSame(Uri? candidate, Uri origin)
    {
        if (candidate is null || !candidate.IsAbsoluteUri || !origin.IsAbsoluteUri)
        {
            return false;
        }

        // Uri normalises the scheme and host to lower case and knows the default ports, so
        // http://HOST and http://host:80 compare equal; user info and path are not part of an origin.
        return string.Equals(candidate.Scheme, origin.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(candidate.IdnHost, origin.IdnHost, StringComparison.OrdinalIgnoreCase)
            && candidate.Port == origin.Port;
    }

    public static bool IsHttpOrHttps(Uri url) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
}
