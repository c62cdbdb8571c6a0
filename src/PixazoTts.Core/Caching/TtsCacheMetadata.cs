using System;
using System.Security.Cryptography;

namespace PixazoTts.Caching
{
    /// <summary>
    /// What is known about a cached WAV, stored beside it as <c>&lt;key&gt;.json</c> (members <c>model</c>,
    /// <c>voice</c>, <c>language_code</c>, <c>prompt</c>, <c>text</c>, <c>request_id</c>, <c>created_at</c>,
    /// <c>byte_length</c>, <c>sha256</c>). It never holds a key or any other secret.
    /// </summary>
    public sealed class TtsCacheMetadata
    {
        /// <summary>Creates metadata.</summary>
        /// <param name="model">The model id the key was computed with (<see cref="TtsModels"/>).</param>
        /// <param name="voice">The resolved voice, or null.</param>
        /// <param name="languageCode">The resolved language code, or null.</param>
        /// <param name="prompt">The resolved prompt, or null.</param>
        /// <param name="text">The text.</param>
        /// <param name="requestId">The gateway's request id, or null (placeholder audio).</param>
        /// <param name="createdAt">When the audio was made.</param>
        /// <param name="byteLength">The WAV's length in bytes.</param>
        /// <param name="sha256">The WAV's SHA-256, lowercase hex.</param>
        public TtsCacheMetadata(
            string model, string? voice, string? languageCode, string? prompt, string text, string? requestId,
            DateTimeOffset createdAt, long byteLength, string sha256)
        {
            Model = model ?? throw new ArgumentNullException(nameof(model));
            Voice = voice;
            LanguageCode = languageCode;
            Prompt = prompt;
            Text = text ?? throw new ArgumentNullException(nameof(text));
            RequestId = requestId;
            CreatedAt = createdAt;
            ByteLength = byteLength;
            Sha256 = sha256 ?? throw new ArgumentNullException(nameof(sha256));
        }

        /// <summary>The model id the key was computed with.</summary>
        public string Model { get; }

        /// <summary>The resolved voice, or null.</summary>
        public string? Voice { get; }

        /// <summary>The resolved language code, or null.</summary>
        public string? LanguageCode { get; }

        /// <summary>The resolved prompt, or null.</summary>
        public string? Prompt { get; }

        /// <summary>The text.</summary>
        public string Text { get; }

        /// <summary>The gateway's request id, or null.</summary>
        public string? RequestId { get; }

        /// <summary>When the audio was made.</summary>
        public DateTimeOffset CreatedAt { get; }

        /// <summary>The WAV's length in bytes.</summary>
        public long ByteLength { get; }

        /// <summary>The WAV's SHA-256, lowercase hex.</summary>
        public string Sha256 { get; }

        /// <summary>The cache key these values give (<see cref="TtsCacheKey.Compute"/>).</summary>
        public string ComputeKey() => TtsCacheKey.Compute(Model, Voice, LanguageCode, Prompt, Text);

        /// <summary>Metadata for <paramref name="wav"/> made for <paramref name="line"/> with <paramref name="model"/>; length and hash are computed.</summary>
        /// <param name="wav">The WAV bytes.</param>
        /// <param name="model">The model id the key is computed with.</param>
        /// <param name="line">The resolved line.</param>
        /// <param name="requestId">The gateway's request id, or null.</param>
        /// <param name="createdAt">When the audio was made.</param>
        public static TtsCacheMetadata Describe(byte[] wav, string model, ResolvedTtsLine line, string? requestId, DateTimeOffset createdAt)
        {
            if (wav == null)
            {
                throw new ArgumentNullException(nameof(wav));
            }

            if (line == null)
            {
                throw new ArgumentNullException(nameof(line));
            }

            return new TtsCacheMetadata(
                model, line.Voice, line.LanguageCode, line.Prompt, line.Text, requestId, createdAt, wav.LongLength, ComputeSha256(wav));
        }

        internal static string ComputeSha256(byte[] bytes)
        {
            using var sha = SHA256.Create();
            return TtsCacheKey.ToLowerHex(sha.ComputeHash(bytes));
        }
    }
}
