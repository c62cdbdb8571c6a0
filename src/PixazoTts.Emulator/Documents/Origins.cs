using Microsoft.AspNetCore.Http;

namespace PixazoTts.Emulator.Documents;

/// <summary>Origins (scheme://host:port) of requests, and the "other origin" of the hostile modes.</summary>
internal static class Origins
{
    public static string Of(HttpRequest request) => request.Scheme + "://" + request.Host.Value;

    /// <summary>
    /// The foreign origin for an origin: <see cref="EmulatorOptions.ForeignBaseUrl"/> when set, else the same
    /// emulator under its other loopback name, so that following it really reaches this emulator (and a key sent
    /// there can be counted) while being, for a client, another origin.
    /// </summary>
    public static string ForeignOf(string origin, EmulatorOptions options)
    {
        if (options.ForeignBaseUrl is { } configured)
        {
            return configured.GetLeftPart(UriPartial.Authority);
        }

        var uri = new Uri(origin);
        var host = uri.Host switch
        {
            "localhost" => "127.0.0.1",
            "127.0.0.1" => "localhost",
            _ => "127.0.0.2",
        };
        return new UriBuilder(uri.Scheme, host, uri.Port).Uri.GetLeftPart(UriPartial.Authority);
    }

    /// <summary>An absolute URL of <paramref name="path"/> (starting with '/') under a base URL, keeping the base's own path.</summary>
    public static string Combine(string baseUrl, string path) => baseUrl.TrimEnd('/') + path;

    /// <summary>
    /// An absolute http(s) URL. <see cref="Uri.TryCreate(string, UriKind, out Uri)"/> alone is not enough: on Unix it
    /// reads "/callback" as the absolute file:///callback.
    /// </summary>
    public static bool TryParseHttp(string? text, out Uri? url) =>
        Uri.TryCreate(text, UriKind.Absolute, out url) && IsHttp(url);

    public static bool IsHttp(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    public static bool AreSame(string a, string b) =>
        Uri.TryCreate(a, UriKind.Absolute, out var x) && Uri.TryCreate(b, UriKind.Absolute, out var y)
            && string.Equals(x.Scheme, y.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(x.IdnHost, y.IdnHost, StringComparison.OrdinalIgnoreCase)
            && x.Port == y.Port;
}
