using System;
using System.Globalization;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PixazoTts.Caching
{
    /// <summary>Reads and writes <c>&lt;key&gt;.json</c> beside a cached WAV.</summary>
    public static class TtsCacheMetadataJson
    {
        /// <summary>The metadata as the UTF-8 JSON document stored beside the WAV.</summary>
        /// <param name="metadata">The metadata.</param>
        public static byte[] Serialize(TtsCacheMetadata metadata)
        {
            if (metadata == null)
            {
                throw new ArgumentNullException(nameof(metadata));
            }

            using var stream = new MemoryStream();
            // Relaxed escaping: the file is read by people and other tools, not embedded in HTML, so "+00:00" and the
            // text's own script stay as written instead of becoming \u002B00:00 and \uXXXX escapes.
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                var utterance = metadata.Utterance;
                writer.WriteString("model", metadata.Model);
                WriteOptional(writer, "voice", utterance.Voice);
                WriteOptional(writer, "language_code", utterance.LanguageCode);
                WriteOptional(writer, "prompt", utterance.Prompt);
                writer.WriteString("text", utterance.Text);
                if (utterance.Take > 1)
                {
                    // Only from take 2 on, so the metadata of take 1 stays byte for byte what it was before takes existed.
                    writer.WriteNumber("take", utterance.Take);
                }
                WriteOptional(writer, "request_id", metadata.RequestId);
                writer.WriteString("created_at", metadata.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteNumber("byte_length", metadata.ByteLength);
                writer.WriteString("sha256", metadata.Sha256);
                writer.WriteEndObject();
            }

            return stream.ToArray();
        }

        /// <summary>The metadata in <paramref name="json"/>, or null when it is not a complete metadata object.</summary>
        /// <param name="json">The document's UTF-8 bytes.</param>
        public static TtsCacheMetadata? Deserialize(byte[] json)
        {
            try
            {
                using var document = JsonDocument.Parse(json);
                var root = document.RootElement;
                if (root.ValueKind != JsonValueKind.Object ||
                    GetString(root, "model") is not string model ||
                    GetString(root, "text") is not string text ||
                    GetString(root, "sha256") is not string sha256 ||
                    GetString(root, "created_at") is not string createdAtText ||
                    !DateTimeOffset.TryParse(createdAtText, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var createdAt) ||
                    !root.TryGetProperty("byte_length", out var lengthElement) ||
                    lengthElement.ValueKind != JsonValueKind.Number ||
                    !lengthElement.TryGetInt64(out long byteLength) ||
                    ReadTake(root) is not int take)
                {
                    return null;
                }

                var utterance = new TtsUtterance(
                    text, voice: GetString(root, "voice"), prompt: GetString(root, "prompt"), languageCode: GetString(root, "language_code"), take: take);
                return new TtsCacheMetadata(model, utterance, GetString(root, "request_id"), createdAt, byteLength, sha256);
            }
            catch (JsonException)
            {
                return null;
            }
        }

        private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
        {
            if (value == null)
            {
                writer.WriteNull(name);
            }
            else
            {
                writer.WriteString(name, value);
            }
        }

        /// <summary>The <c>take</c> member: 1 when absent (metadata written before takes, or take 1); null when it is not a whole number of 1 or more.</summary>
        private static int? ReadTake(JsonElement root)
        {
            if (!root.TryGetProperty("take", out var take))
            {
                return 1;
            }

            return take.ValueKind == JsonValueKind.Number && take.TryGetInt32(out int value) && value >= 1 ? value : null;
        }

        private static string? GetString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
