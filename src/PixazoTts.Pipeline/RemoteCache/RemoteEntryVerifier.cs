using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using PixazoTts.Audio;
using PixazoTts.Caching;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// Decides whether a downloaded entry may be used (contract, DESIGN.md "Team cache"). Our key hashes the request, not
/// the audio, so the name proves nothing: the WAV must match the metadata's length and SHA-256, the metadata's request
/// fields must give back the key it is stored under, the WAV must be valid 24 kHz mono 16-bit audio and, with a signing
/// key, the signature must hold. Also writes the metadata that goes up with an upload (signed when a key is set).
/// </summary>
public static class RemoteEntryVerifier
{
    /// <summary>The audio every entry must be: what the gateway delivers.</summary>
    private const int SampleRate = 24_000;

    private static readonly JsonSerializerOptions IndentedJson = new() { WriteIndented = true };

    /// <summary>Checks a downloaded entry; returns the metadata when it may be used, else null with the reason.</summary>
    /// <param name="key">The key it was stored under.</param>
    /// <param name="wav">The downloaded WAV.</param>
    /// <param name="metadataJson">The downloaded metadata.</param>
    /// <param name="signingKey">The signing key, or null when signatures are not required.</param>
    /// <param name="reason">Why it was refused (one short phrase).</param>
    public static TtsCacheMetadata? Verify(string key, byte[] wav, byte[] metadataJson, string? signingKey, out string? reason)
    {
        ArgumentNullException.ThrowIfNull(wav);

        var metadata = TtsCacheMetadataJson.Deserialize(metadataJson ?? throw new ArgumentNullException(nameof(metadataJson)));
        if (metadata is null)
        {
            reason = "its metadata is not a complete metadata object";
            return null;
        }

        if (metadata.ByteLength != wav.LongLength)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"the WAV is {wav.LongLength} bytes but its metadata says {metadata.ByteLength}");
            return null;
        }

        string sha256 = Sha256(wav);
        if (!string.Equals(sha256, metadata.Sha256, StringComparison.Ordinal))
        {
            reason = "the WAV's SHA-256 differs from its metadata's";
            return null;
        }

        string describedKey = KeyOf(metadata);
        if (!string.Equals(describedKey, key, StringComparison.Ordinal))
        {
            reason = "its metadata describes another line (key " + describedKey[..12] + "…)";
            return null;
        }

        if (!WavFile.TryInspect(wav, out var info, out string? problem))
        {
            reason = "the WAV is not valid (" + problem + ")";
            return null;
        }

        if (info!.SampleRate != SampleRate || info.Channels != 1 || info.BitsPerSample != 16)
        {
            reason = string.Create(CultureInfo.InvariantCulture, $"the WAV is {info.SampleRate} Hz, {info.Channels} channel(s), {info.BitsPerSample}-bit, not 24 kHz mono 16-bit");
            return null;
        }

        if (signingKey is not null)
        {
            string? signature = ReadSignature(metadataJson);
            if (signature is null)
            {
                reason = "it is not signed, and PIXAZO_TTS_CACHE_SIGNING_KEY requires a signature";
                return null;
            }

            if (!RemoteEntrySignature.Verify(signingKey, key, sha256, signature))
            {
                reason = "its signature does not match PIXAZO_TTS_CACHE_SIGNING_KEY";
                return null;
            }
        }

        reason = null;
        return metadata;
    }

    /// <summary>
    /// The metadata JSON to upload for a local entry: Core's own format, plus the signature when
    /// <paramref name="signingKey"/> is set. Null when the WAV does not match the metadata (a local entry that is not
    /// what it says is never shared).
    /// </summary>
    /// <param name="key">The entry's key.</param>
    /// <param name="wav">The local WAV.</param>
    /// <param name="metadata">The local metadata.</param>
    /// <param name="signingKey">The signing key, or null.</param>
    public static byte[]? DescribeForUpload(string key, byte[] wav, TtsCacheMetadata metadata, string? signingKey)
    {
        ArgumentNullException.ThrowIfNull(metadata);

        string sha256 = Sha256(wav);
        if (metadata.ByteLength != wav.LongLength || !string.Equals(sha256, metadata.Sha256, StringComparison.Ordinal)
            || !string.Equals(KeyOf(metadata), key, StringComparison.Ordinal))
        {
            return null;
        }

        byte[] json = TtsCacheMetadataJson.Serialize(metadata);
        if (signingKey is null)
        {
            return json;
        }

        var node = JsonNode.Parse(json)!.AsObject();
        node[RemoteEntrySignature.MemberName] = RemoteEntrySignature.Compute(signingKey, key, sha256);
        return JsonSerializer.SerializeToUtf8Bytes(node, IndentedJson);
    }

    /// <summary>
    /// The one place the team cache computes a key from metadata (Core's key computation), so the key's definition
    /// lives in Core alone.
    /// </summary>
    internal static string KeyOf(TtsCacheMetadata metadata) => metadata.ComputeKey();

    internal static string Sha256(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();

    private static string? ReadSignature(byte[] metadataJson)
    {
        try
        {
            using var document = JsonDocument.Parse(metadataJson);
            return document.RootElement.TryGetProperty(RemoteEntrySignature.MemberName, out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
