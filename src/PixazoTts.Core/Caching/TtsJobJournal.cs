using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace PixazoTts.Caching
{
    /// <summary>
    /// The cache's journal of accepted gateway jobs (docs/contracts.md, "Job journal"): one small JSON file per key,
    /// <c>&lt;root&gt;/v1/journal/&lt;key&gt;.json</c>, written (whole or not at all) as soon as the gateway has accepted
    /// the key's job and before it is polled, and removed when the key's entry is stored. A build that is stopped
    /// (Ctrl+C, a cancelled CI job, a killed process, a machine that dies) after its jobs were accepted has paid for
    /// them; the next build that needs such a key finds the record and collects the finished audio with the
    /// <c>request_id</c> instead of paying for the line again.
    /// </summary>
    /// <remarks>
    /// Every use of a key's record happens while holding that key's cache lock (inside
    /// <see cref="TtsCache.GetOrAddAsync"/>), so two builds sharing the cache never both resume one job, and a record
    /// is never read while it is being replaced.
    /// </remarks>
    public sealed class TtsJobJournal
    {
        /// <summary>The <c>format</c> member of every record.</summary>
        public const string FormatVersion = "pixazo-tts-job/1";

        /// <summary>The journal's folder below the cache root's <c>v1</c>.</summary>
        public const string FolderName = "journal";

        /// <summary>
        /// How long after its acceptance a job is resumed: 24 hours. The gateway's documentation promises nothing about
        /// how long it keeps a finished job (nor its media URL); an older record is dropped and the line submitted again.
        /// </summary>
        public static TimeSpan ResumeLimit { get; } = TimeSpan.FromHours(24);

        /// <summary>Creates the journal of the cache rooted at <paramref name="cacheRoot"/>.</summary>
        /// <param name="cacheRoot">The cache root (as given to <see cref="TtsCache"/>).</param>
        public TtsJobJournal(string cacheRoot)
        {
            if (string.IsNullOrWhiteSpace(cacheRoot))
            {
                throw new ArgumentException("The cache root must be a directory path.", nameof(cacheRoot));
            }

            Directory = Path.Combine(Path.GetFullPath(cacheRoot), "v1", FolderName);
        }

        /// <summary>The journal's folder, <c>&lt;root&gt;/v1/journal</c>.</summary>
        public string Directory { get; }

        /// <summary>
        /// The origin of <paramref name="gateway"/> as a record stores it: <c>scheme://host[:port]</c>, lowercase, with no
        /// user information, path or query (nothing that could carry a secret).
        /// </summary>
        /// <param name="gateway">The gateway's base URL.</param>
        public static string OriginOf(Uri gateway)
        {
            if (gateway == null)
            {
                throw new ArgumentNullException(nameof(gateway));
            }

            return gateway.GetComponents(UriComponents.SchemeAndServer, UriFormat.UriEscaped).ToLowerInvariant();
        }

        /// <summary>The record's path: <c>&lt;root&gt;/v1/journal/&lt;key&gt;.json</c>.</summary>
        /// <param name="key">A cache key.</param>
        public string GetPath(string key)
        {
            if (!TtsCacheKey.IsWellFormed(key))
            {
                throw new ArgumentException("A cache key is 64 lowercase hex digits (TtsCacheKey.Compute).", nameof(key));
            }

            return Path.Combine(Directory, key + ".json");
        }

        /// <summary>
        /// Writes <paramref name="record"/> (replacing an older record of its key): to a temporary file in the journal's
        /// folder, flushed to disk, then renamed, so a reader sees the old record or the new one, never a part.
        /// </summary>
        /// <param name="record">The accepted job.</param>
        /// <exception cref="TtsCacheException">The journal's folder cannot be created or written (PTTS2006).</exception>
        public void Record(TtsJobRecord record)
        {
            if (record == null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            try
            {
                System.IO.Directory.CreateDirectory(Directory);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException || exception is NotSupportedException)
            {
                throw new TtsCacheException(Directory, exception.Message, exception);
            }

            // Whole or absent, like a cache entry; an older record of this key (an ERROR job submitted again) is replaced.
            TtsCache.WriteWhole(Directory, GetPath(record.Key), Serialize(record));
        }

        /// <summary>The record of <paramref name="key"/>, or null when there is none or it cannot be read (a record that
        /// is not a complete <see cref="FormatVersion"/> object for this key is ignored: the caller removes it).</summary>
        /// <param name="key">A cache key.</param>
        public TtsJobRecord? Read(string key)
        {
            string path = GetPath(key);
            byte[] bytes;
            try
            {
                if (!File.Exists(path))
                {
                    return null;
                }

                bytes = File.ReadAllBytes(path);
            }
            catch (Exception exception) when (exception is IOException || exception is UnauthorizedAccessException)
            {
                return null;
            }

            return Deserialize(bytes, key);
        }

        /// <summary>Removes <paramref name="key"/>'s record, if any. Best effort: a record left behind is only ever
        /// consulted for a key that is missing from the cache, and is removed by the next build that stores it.</summary>
        /// <param name="key">A cache key.</param>
        public void Remove(string key) => TryDelete(GetPath(key));

        /// <summary>Deletes the temporary files of <paramref name="key"/>'s record left by a writer that was killed;
        /// only while holding the key's lock (nobody else can be writing them then).</summary>
        internal void DeleteStaleTemporaryFiles(string key)
        {
            try
            {
                foreach (string file in System.IO.Directory.EnumerateFiles(Directory, key + ".json.*.tmp"))
                {
                    TryDelete(file);
                }
            }
            catch (IOException)
            {
                // No journal folder yet, or it cannot be listed now: the next holder of the lock tries again.
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }

        internal static byte[] Serialize(TtsJobRecord record)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("format", FormatVersion);
                writer.WriteString("key", record.Key);
                writer.WriteString("request_id", record.RequestId);
                writer.WriteString("model", record.Model);
                writer.WriteString("gateway", record.Gateway);
                writer.WriteString("accepted_at", record.AcceptedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            return stream.ToArray();
        }

        internal static TtsJobRecord? Deserialize(byte[] json, string key)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object ||
                    GetString(root, "format") != FormatVersion ||
                    GetString(root, "key") != key ||
                    GetString(root, "request_id") is not string requestId ||
                    !TtsJobRecord.IsUsableRequestId(requestId) ||
                    GetString(root, "model") is not string model ||
                    GetString(root, "gateway") is not string gateway ||
                    GetString(root, "accepted_at") is not string acceptedText ||
                    !DateTimeOffset.TryParse(acceptedText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var acceptedAt))
                {
                    return null;
                }

                return new TtsJobRecord(key, requestId, model, gateway, acceptedAt);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static string? GetString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static void TryDelete(string path)
        {
            try
            {
                File.Delete(path);
            }
            catch (IOException)
            {
                // Best effort (see Remove).
            }
            catch (UnauthorizedAccessException)
            {
                // As above.
            }
        }
    }
}
