using System;
using System.Globalization;
using System.IO;
using System.Text.Json;

namespace PixazoTts.Caching
{
    /// <summary>Reads and writes <c>&lt;key&gt;.json</c> beside a cached WAV.</summary>
    internal static class TtsCacheMetadataJson
    {
        public static byte[] Serialize(TtsCacheMetadata metadata)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
            {
                writer.WriteStartObject();
                writer.WriteString("model", metadata.Model);
                WriteOptional(writer, "voice", metadata.Voice);
                WriteOptional(writer, "language_code", metadata.LanguageCode);
                WriteOptional(writer, "prompt", metadata.Prompt);
                writer.WriteString("text", metadata.Text);
                WriteOptional(writer, "request_id", metadata.RequestId);
                writer.WriteString("created_at", metadata.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                writer.WriteNumber("byte_length", metadata.ByteLength);
                writer.WriteString("sha256", metadata.Sha256);
                writer.WriteEndObject();
            }

            return stream.ToArray();
        }

        /// <summary>The metadata in <paramref name="json"/>, or null when it is not a complete metadata object.</summary>
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
                    !lengthElement.TryGetInt64(out long byteLength))
                {
                    return null;
                }

                return new TtsCacheMetadata(
                    model, GetString(root, "voice"), GetString(root, "language_code"), GetString(root, "prompt"), text,
                    GetString(root, "request_id"), createdAt, byteLength, sha256);
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

        private static string? GetString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
    }
}
