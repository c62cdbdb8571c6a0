using System;
using System.Security.Cryptography;

namespace PixazoTts.Caching
{
    /// <summary>
    /// What is known about a cached WAV, stored beside it as <c>&lt;key&gt;.json</c> (members <c>model</c>,
    /// <c>voice</c>, <c>language_code</c>, <c>prompt</c>, <c>text</c>, <c>request_id</c>, <c>created_at</c>,
    /// <c>byte_length</c>, <c>sha256</c>; docs/contracts.md "Cache layout"). It never holds an API key or any other secret.
    /// </summary>
    public sealed class TtsCacheMetadata
    {
        /// <summary>Creates metadata.</summary>
        /// <param name="model">The model id the key was computed with (<see cref="TtsModels"/>).</param>
        /// <param name="utterance">What was spoken.</param>
        /// <param name="requestId">The gateway's request id, or null (placeholder audio).</param>
        /// <param name="createdAt">When the audio was made.</param>
        /// <param name="byteLength">The WAV's length in bytes.</param>
        /// <param name="sha256">The WAV's SHA-256, lowercase hex.</param>
        public TtsCacheMetadata(string model, TtsUtterance utterance, string? requestId, DateTimeOffset createdAt, long byteLength, string sha256)
        {
            Model = model ?? throw new ArgumentNullException(nameof(model));
            Utterance = utterance ?? throw new ArgumentNullException(nameof(utterance));
            RequestId = requestId;
            CreatedAt = createdAt;
            ByteLength = byteLength;
            Sha256 = sha256 ?? throw new ArgumentNullException(nameof(sha256));
        }

        /// <summary>The model id the key was computed with.</summary>
        public string Model { get; }

        /// <summary>What was spoken (text, voice, prompt, language code).</summary>
        public TtsUtterance Utterance { get; }

        /// <summary>The gateway's request id, or null.</summary>
        public string? RequestId { get; }

        /// <summary>When the audio was made.</summary>
        public DateTimeOffset CreatedAt { get; }

        /// <summary>The WAV's length in bytes.</summary>
        public long ByteLength { get; }

        /// <summary>The WAV's SHA-256, lowercase hex.</summary>
        public string Sha256 { get; }

        /// <summary>The cache key these values give: what an entry read from elsewhere (a team cache) must be stored under.</summary>
        public string ComputeKey() => TtsCacheKey.Compute(Model, Utterance);

        internal static string ComputeSha256(byte[] bytes)
        {
            using var sha = SHA256.Create();
            return TtsCacheKey.ToLowerHex(sha.ComputeHash(bytes));
        }
    }
}
