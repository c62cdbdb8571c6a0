using System.Security.Cryptography;
using System.Text;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// The team cache's signature (contract, DESIGN.md "Team cache"): metadata member
/// <c>"signature": "hmac-sha256:&lt;hex&gt;"</c>, the lowercase hex HMAC-SHA256 keyed with the UTF-8 bytes of
/// <c>PIXAZO_TTS_CACHE_SIGNING_KEY</c> over the UTF-8 bytes of
/// <c>"pixazo-tts-signature/1\n" + key + "\n" + sha256 + "\n"</c>.
/// </summary>
public static class RemoteEntrySignature
{
    /// <summary>The metadata member that holds the signature.</summary>
    public const string MemberName = "signature";

    /// <summary>The signature's scheme prefix.</summary>
    public const string Scheme = "hmac-sha256:";

    /// <summary>The signature of an entry: <c>hmac-sha256:&lt;64 hex&gt;</c>.</summary>
    /// <param name="signingKey">The signing key.</param>
    /// <param name="key">The entry's cache key.</param>
    /// <param name="sha256">The WAV's SHA-256, lowercase hex.</param>
    public static string Compute(string signingKey, string key, string sha256)
    {
        byte[] mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(signingKey), Encoding.UTF8.GetBytes("pixazo-tts-signature/1\n" + key + "\n" + sha256 + "\n"));
        return Scheme + Convert.ToHexString(mac).ToLowerInvariant();
    }

    /// <summary>True when <paramref name="signature"/> is the entry's signature (compared in constant time).</summary>
    /// <param name="signingKey">The signing key.</param>
    /// <param name="key">The entry's cache key.</param>
    /// <param name="sha256">The WAV's SHA-256, lowercase hex.</param>
    /// <param name="signature">The metadata's <c>signature</c> member.</param>
    public static bool Verify(string signingKey, string key, string sha256, string signature)
    {
        byte[] expected = Encoding.ASCII.GetBytes(Compute(signingKey, key, sha256));
        byte[] actual = Encoding.UTF8.GetBytes(signature ?? string.Empty);
        return CryptographicOperations.FixedTimeEquals(expected, actual);
    }
}
