using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace PixazoTts.Emulator.Hosting;

/// <summary>
/// Checks <c>--urls</c> before Kestrel sees it: Kestrel reports a malformed address or an out-of-range port as an
/// exception from deep inside its start (a stack trace for the user); this says what is wrong in one line.
/// </summary>
internal static class ListenUrls
{
    private const string Example = "http://127.0.0.1:5080";

    /// <summary>Throws <see cref="ArgumentException"/> naming the first address that cannot be listened on.</summary>
    public static void Validate(string urls)
    {
        var parts = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            throw new ArgumentException("--urls is empty; give an address such as " + Example + ".");
        }

        foreach (var part in parts)
        {
            BindingAddress address;
            try
            {
                address = BindingAddress.Parse(part);
            }
            catch (FormatException)
            {
                throw new ArgumentException("--urls: '" + part + "' is not an address to listen on; use one such as " + Example + ".");
            }

            // Plain HTTP only: a local stand-in has no certificate to offer, and the client accepts any http(s) base URL.
            if (!string.Equals(address.Scheme, "http", StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException("--urls: '" + part + "' must be a plain http:// address (the emulator has no certificate), e.g. " + Example + ".");
            }

            if (!address.IsNamedPipe && !address.IsUnixPipe && address.Port is < 0 or > 65535)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"--urls: port {address.Port} in '{part}' is out of range; use 0 (any free port) to 65535."));
            }
        }
    }
}
