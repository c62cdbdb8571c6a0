using System;
using System.Globalization;

namespace PixazoTts.Caching
{
    /// <summary>
    /// One gateway job that was accepted (and so will be charged) but whose audio is not in the cache yet: what a later
    /// build needs to collect the audio instead of paying for the line again. It never holds the API key nor anything
    /// derived from it (see docs/contracts.md, "Job journal").
    /// </summary>
    public sealed class TtsJobRecord
    {
        /// <summary>Creates a record.</summary>
        /// <param name="key">The cache key the job's audio belongs to.</param>
        /// <param name="requestId">The gateway's <c>request_id</c> from its 202 answer.</param>
        /// <param name="model">The model of the key (<see cref="TtsModels.Gateway"/>).</param>
        /// <param name="gateway">The gateway origin the job was submitted to (<see cref="TtsJobJournal.OriginOf"/>).</param>
        /// <param name="acceptedAt">When the gateway accepted the job (this machine's clock).</param>
        public TtsJobRecord(string key, string requestId, string model, string gateway, DateTimeOffset acceptedAt)
        {
            if (!TtsCacheKey.IsWellFormed(key))
            {
                throw new ArgumentException("A cache key is 64 lowercase hex digits (TtsCacheKey.Compute).", nameof(key));
            }

            if (!IsUsableRequestId(requestId))
            {
                throw new ArgumentException("A request id is 1 to 200 printable ASCII characters.", nameof(requestId));
            }

            Key = key;
            RequestId = requestId;
            Model = model ?? throw new ArgumentNullException(nameof(model));
            Gateway = gateway ?? throw new ArgumentNullException(nameof(gateway));
            AcceptedAt = acceptedAt;
        }

        /// <summary>The cache key.</summary>
        public string Key { get; }

        /// <summary>The gateway's <c>request_id</c>.</summary>
        public string RequestId { get; }

        /// <summary>The model the key was computed with.</summary>
        public string Model { get; }

        /// <summary>The gateway origin (<c>scheme://host:port</c>) the job was submitted to.</summary>
        public string Gateway { get; }

        /// <summary>When the gateway accepted the job.</summary>
        public DateTimeOffset AcceptedAt { get; }

        /// <summary>
        /// Why this job must not be resumed by a build that talks to <paramref name="gatewayOrigin"/> for
        /// <paramref name="model"/> at <paramref name="now"/>, or null when it may be: another model or another gateway
        /// (its request id means nothing there), or older than <see cref="TtsJobJournal.ResumeLimit"/>.
        /// </summary>
        /// <param name="model">The model of the line being built.</param>
        /// <param name="gatewayOrigin">The origin of the gateway this build uses.</param>
        /// <param name="now">The current time.</param>
        public string? WhyNotResumable(string model, string gatewayOrigin, DateTimeOffset now)
        {
            if (!string.Equals(Model, model, StringComparison.Ordinal))
            {
                return "it was made for the model '" + Model + "'";
            }

            if (!string.Equals(Gateway, gatewayOrigin, StringComparison.OrdinalIgnoreCase))
            {
                return "it was submitted to another gateway (" + Gateway + ")";
            }

            var age = now - AcceptedAt;
            if (age > TtsJobJournal.ResumeLimit)
            {
                return string.Format(
                    CultureInfo.InvariantCulture, "it was accepted {0:0.#} hours ago, longer than the {1:0} hours a job is resumed for",
                    age.TotalHours, TtsJobJournal.ResumeLimit.TotalHours);
            }

            return null;
        }

        // The id goes into a URL path (escaped) and into log messages: keep it to what a gateway plausibly issues.
        internal static bool IsUsableRequestId(string? requestId)
        {
            if (string.IsNullOrEmpty(requestId) || requestId!.Length > 200)
            {
                return false;
            }

            foreach (char c in requestId)
            {
                if (c <= ' ' || c > '~')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
