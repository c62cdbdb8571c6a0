using System;
using System.Text;

namespace PixazoTts
{
    /// <summary>
    /// How the build hands the catalog generator the MSBuild values it needs: one item metadata per script or cast file
    /// (<see cref="ItemMetadataName"/>) and one property for the project's defaults (<see cref="DefaultsPropertyName"/>),
    /// each a dot-separated list of base64url fields.
    /// </summary>
    /// <remarks>
    /// The compiler sees item metadata and properties only through the <c>.editorconfig</c> the SDK writes, whose
    /// parser ends a value at <c>#</c> or <c>;</c> (a comment) and trims it: a prompt such as <c>calm; slow #2</c>
    /// would reach the catalog as <c>calm</c>, and its lines' keys would not match their audio. Base64url fields hold
    /// any text, and none of its characters is special to MSBuild (<c>% $ @ ; ' *</c>) or to that parser. One value per
    /// file instead of one per setting also makes the SDK's file cheaper to write on every build: it copies every
    /// additional file once per compiler-visible metadata name.
    /// </remarks>
    public static class TtsCatalogInputs
    {
        /// <summary>The <c>AdditionalFiles</c> metadata that marks a script or cast file and carries its settings.</summary>
        public const string ItemMetadataName = "PixazoTtsCatalogInput";

        /// <summary>The property that carries the project's <c>TtsDefault*</c> and <c>TtsAudioFormat</c> values.</summary>
        public const string DefaultsPropertyName = "PixazoTtsCatalogDefaults";

        /// <summary>The metadata value of a cast file (it has no settings of its own).</summary>
        public const string CastValue = "cast";

        private const string ScriptTag = "script";

        /// <summary>Strict: bytes that are not UTF-8 make a value damaged instead of decoding to replacement characters.</summary>
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        /// <summary>A script's value: its relative path, its item's voice settings and its item's audio format.</summary>
        /// <param name="relativePath">The '/'-separated path that names the catalog class and the outputs.</param>
        /// <param name="itemDefaults">The item's <c>Voice</c>, <c>Prompt</c>, <c>LanguageCode</c>.</param>
        /// <param name="audioFormat">The item's <c>AudioFormat</c> as written, or null.</param>
        /// <returns>The metadata value.</returns>
        public static string EncodeScript(string relativePath, TtsVoiceSettings itemDefaults, string? audioFormat)
        {
            if (relativePath is null)
            {
                throw new ArgumentNullException(nameof(relativePath));
            }

            if (itemDefaults is null)
            {
                throw new ArgumentNullException(nameof(itemDefaults));
            }

            return Join(ScriptTag, relativePath, itemDefaults.Voice, itemDefaults.Prompt, itemDefaults.LanguageCode, audioFormat);
        }

        /// <summary>The project's value: the <c>TtsDefault*</c> properties and <c>TtsAudioFormat</c>.</summary>
        /// <param name="defaults">The project's voice defaults.</param>
        /// <param name="audioFormat">The <c>TtsAudioFormat</c> property as written, or null.</param>
        /// <returns>The property value.</returns>
        public static string EncodeDefaults(TtsVoiceSettings defaults, string? audioFormat)
        {
            if (defaults is null)
            {
                throw new ArgumentNullException(nameof(defaults));
            }

            return Join(null, defaults.Voice, defaults.Prompt, defaults.LanguageCode, audioFormat);
        }

        /// <summary>Reads a script's value; false for anything else (a cast file, another tool's file, a damaged value).</summary>
        /// <param name="value">The metadata value, or null.</param>
        /// <param name="relativePath">The script's relative path.</param>
        /// <param name="itemDefaults">The item's voice settings.</param>
        /// <param name="audioFormat">The item's audio format, or null.</param>
        /// <returns>Whether <paramref name="value"/> is a script's value.</returns>
        public static bool TryDecodeScript(string? value, out string relativePath, out TtsVoiceSettings itemDefaults, out string? audioFormat)
        {
            relativePath = string.Empty;
            itemDefaults = TtsVoiceSettings.None;
            audioFormat = null;
            var fields = Split(value, ScriptTag, 5);
            if (fields is null || fields[0] is null)
            {
                return false;
            }

            relativePath = fields[0]!;
            itemDefaults = new TtsVoiceSettings(fields[1], fields[2], fields[3]);
            audioFormat = fields[4];
            return true;
        }

        /// <summary>Whether a metadata value marks a cast file.</summary>
        /// <param name="value">The metadata value, or null.</param>
        /// <returns>True for <see cref="CastValue"/>.</returns>
        public static bool IsCast(string? value) => string.Equals(value, CastValue, StringComparison.Ordinal);

        /// <summary>Reads the project's value; an absent or damaged value is no defaults.</summary>
        /// <param name="value">The property value, or null.</param>
        /// <param name="defaults">The project's voice defaults.</param>
        /// <param name="audioFormat">The project's audio format, or null.</param>
        /// <returns>Whether <paramref name="value"/> was a valid value.</returns>
        public static bool TryDecodeDefaults(string? value, out TtsVoiceSettings defaults, out string? audioFormat)
        {
            var fields = Split(value, null, 4);
            if (fields is null)
            {
                defaults = TtsVoiceSettings.None;
                audioFormat = null;
                return false;
            }

            defaults = new TtsVoiceSettings(fields[0], fields[1], fields[2]);
            audioFormat = fields[3];
            return true;
        }

        private static string Join(string? tag, params string?[] fields)
        {
            var builder = new StringBuilder(tag ?? string.Empty);
            foreach (string? field in fields)
            {
                builder.Append('.').Append(ToBase64Url(field));
            }

            // Without a tag, the separator before the first field goes (an empty first field still counts).
            return tag is null ? builder.ToString(1, builder.Length - 1) : builder.ToString();
        }

        /// <summary>The fields after the tag (null when empty: not set), or null if the value is not of this shape.</summary>
        private static string?[]? Split(string? value, string? tag, int count)
        {
            if (value is null)
            {
                return null;
            }

            string[] parts = value.Split('.');
            int offset = tag is null ? 0 : 1;
            if (parts.Length != count + offset || (tag is not null && !string.Equals(parts[0], tag, StringComparison.Ordinal)))
            {
                return null;
            }

            var fields = new string?[count];
            for (int i = 0; i < count; i++)
            {
                if (!TryFromBase64Url(parts[i + offset], out fields[i]))
                {
                    return null;
                }
            }

            return fields;
        }

        private static string ToBase64Url(string? text)
        {
            if (string.IsNullOrEmpty(text))
            {
                return string.Empty;
            }

            return Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        }

        private static bool TryFromBase64Url(string field, out string? text)
        {
            text = null;
            if (field.Length == 0)
            {
                return true;
            }

            if (field.Length % 4 == 1)
            {
                return false;
            }

            foreach (char c in field)
            {
                if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
                {
                    return false;
                }
            }

            string padded = field.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (field.Length % 4)) % 4);
            try
            {
                text = StrictUtf8.GetString(Convert.FromBase64String(padded));
                return true;
            }
            catch (Exception exception) when (exception is FormatException or ArgumentException)
            {
                return false;
            }
        }
    }
}
