using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace PixazoTts
{
    /// <summary>
    /// Parses cast files (<c>TtsCast</c> items, e.g. <c>Voice/cast.json</c>):
    /// <c>{"$schema"?, "cast": {"&lt;name&gt;": {"voice"?, "prompt"?, "language_code"?}}, "lexicon"?: {"&lt;word&gt;": "&lt;respelling&gt;"}}</c>.
    /// Like <see cref="TtsScriptParser"/> it never throws for any content, allows comments and trailing commas, and
    /// reports every problem as a <c>PTTS</c> diagnostic with an exact span, the same for the task and the generator.
    /// </summary>
    public static class TtsCastParser
    {
        private const string TopLevelMembers = "$schema, cast, lexicon";
        private const string CharacterMembers = "voice, prompt, language_code";

        private static readonly JsonReaderOptions ReaderOptions = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = TtsScriptParser.MaxDepth,
        };

        /// <summary>Parses decoded text (the generator); the same result as <see cref="Parse(string, byte[])"/> of its UTF-8 bytes.</summary>
        /// <param name="filePath">The file's path, for diagnostics.</param>
        /// <param name="text">The file's content.</param>
        public static TtsCastFile Parse(string filePath, string text)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            byte[] bytes = Encoding.UTF8.GetBytes(text);
            return Read(filePath, bytes, validateUtf8: false);
        }

        /// <summary>Parses raw file bytes (the task); a UTF-8 BOM is skipped, invalid UTF-8 is PTTS1014.</summary>
        /// <param name="filePath">The file's path, for diagnostics.</param>
        /// <param name="bytes">The file's content.</param>
        public static TtsCastFile Parse(string filePath, byte[] bytes)
        {
            if (bytes == null)
            {
                throw new ArgumentNullException(nameof(bytes));
            }

            return Read(filePath, bytes, validateUtf8: true);
        }

        private static TtsCastFile Read(string filePath, byte[] buffer, bool validateUtf8)
        {
            int length = buffer.Length;
            bool hasBom = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF;
            int origin = hasBom ? 3 : 0;
            var mapper = new SourcePositionMapper(buffer, origin, length);
            var diagnostics = new List<TtsDiagnostic>();
            var cursor = new TtsJsonCursor(filePath, mapper, diagnostics);
            var content = new ReadOnlySpan<byte>(buffer, origin, length - origin);
            var characters = new List<TtsCastCharacter>();
            var lexicon = new List<TtsLexiconEntry>();

            int invalid = validateUtf8 ? Utf8Validator.FindFirstInvalidByte(content) : -1;
            if (invalid >= 0)
            {
                cursor.Report(TtsDiagnosticDescriptors.InvalidUtf8, mapper.CharAt(invalid), "byte 0x" + content[invalid].ToString("X2", CultureInfo.InvariantCulture));
                return new TtsCastFile(filePath, characters, lexicon, diagnostics);
            }

            int replacement = content.IndexOf(new byte[] { 0xEF, 0xBF, 0xBD });
            if (replacement >= 0)
            {
                cursor.Report(TtsDiagnosticDescriptors.InvalidUtf8, mapper.CharAt(replacement), "the replacement character U+FFFD, left by a wrong decoding,");
                return new TtsCastFile(filePath, characters, lexicon, diagnostics);
            }

            var reader = new Utf8JsonReader(content, ReaderOptions);
            try
            {
                ReadDocument(ref reader, cursor, characters, lexicon);
            }
            catch (JsonException exception)
            {
                cursor.ReportSyntaxError(exception, content, reader.BytesConsumed);
            }

            var ordered = diagnostics.Count > 1 ? diagnostics.OrderBy(d => d.Span?.Start ?? 0).ToList() : diagnostics;
            return new TtsCastFile(filePath, characters, lexicon, ordered);
        }

        private static void ReadDocument(ref Utf8JsonReader reader, TtsJsonCursor cursor, List<TtsCastCharacter> characters, List<TtsLexiconEntry> lexicon)
        {
            if (!reader.Read())
            {
                cursor.Report(TtsDiagnosticDescriptors.MalformedJson, cursor.Mapper.CharAt(0), "the file is empty");
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                string found = TtsScriptReader.Describe(reader.TokenType);
                var span = cursor.SkipValue(ref reader);
                cursor.Report(TtsDiagnosticDescriptors.NotAnObject, span, found);
                reader.Read();
                return;
            }

            var rootBrace = cursor.Mapper.Span(reader.TokenStartIndex, reader.TokenStartIndex + 1);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool hasCast = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameSpan = cursor.CurrentTokenSpan(ref reader);
                string? name = cursor.GetStringOrReport(ref reader);
                reader.Read();
                if (name == null)
                {
                    cursor.SkipValue(ref reader);
                    continue;
                }

                if (!seen.Add(name))
                {
                    cursor.Report(TtsDiagnosticDescriptors.DuplicateMember, nameSpan, name);
                    cursor.SkipValue(ref reader);
                    continue;
                }

                switch (name)
                {
                    case "cast":
                        hasCast = true;
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            ReadCharacters(ref reader, cursor, characters);
                        }
                        else
                        {
                            string found = TtsScriptReader.Describe(reader.TokenType);
                            cursor.Report(TtsDiagnosticDescriptors.WrongType, cursor.SkipValue(ref reader), "Top-level \"cast\"", "an object", found);
                        }

                        break;
                    case "lexicon":
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            lexicon.AddRange(cursor.ReadLexicon(ref reader));
                        }
                        else
                        {
                            string found = TtsScriptReader.Describe(reader.TokenType);
                            cursor.Report(TtsDiagnosticDescriptors.WrongType, cursor.SkipValue(ref reader), "Top-level \"lexicon\"", "an object", found);
                        }

                        break;
                    case "$schema":
                        cursor.ReadString(ref reader, "Top-level \"$schema\"", out _);
                        break;
                    default:
                        cursor.Report(TtsDiagnosticDescriptors.UnknownMember, nameSpan, name, TopLevelMembers);
                        cursor.SkipValue(ref reader);
                        break;
                }
            }

            if (!hasCast)
            {
                cursor.Report(TtsDiagnosticDescriptors.MissingCast, rootBrace);
            }

            reader.Read();
        }

        private static void ReadCharacters(ref Utf8JsonReader reader, TtsJsonCursor cursor, List<TtsCastCharacter> characters)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameSpan = cursor.CurrentTokenSpan(ref reader);
                string? name = cursor.GetStringOrReport(ref reader);
                bool valid = name != null;
                if (name != null && !TtsScriptParser.IsValidLineId(name))
                {
                    cursor.Report(TtsDiagnosticDescriptors.InvalidCharacterName, nameSpan, name);
                    valid = false;
                }
                else if (name != null && !names.Add(name))
                {
                    cursor.Report(TtsDiagnosticDescriptors.DuplicateMember, nameSpan, name);
                    valid = false;
                }

                reader.Read();
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    string found = TtsScriptReader.Describe(reader.TokenType);
                    cursor.Report(TtsDiagnosticDescriptors.WrongType, cursor.SkipValue(ref reader), "Character '" + name + "'", "an object", found);
                    continue;
                }

                var character = ReadCharacter(ref reader, cursor, name ?? string.Empty, nameSpan);
                if (valid && character != null)
                {
                    characters.Add(character);
                }
            }
        }

        private static TtsCastCharacter? ReadCharacter(ref Utf8JsonReader reader, TtsJsonCursor cursor, string name, TtsSourceSpan nameSpan)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool valid = true;
            string? voice = null;
            string? prompt = null;
            string? languageCode = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var memberSpan = cursor.CurrentTokenSpan(ref reader);
                string? member = cursor.GetStringOrReport(ref reader);
                reader.Read();
                if (member == null || !seen.Add(member))
                {
                    if (member != null)
                    {
                        cursor.Report(TtsDiagnosticDescriptors.DuplicateMember, memberSpan, member);
                    }

                    valid = false;
                    cursor.SkipValue(ref reader);
                    continue;
                }

                if (member != "voice" && member != "prompt" && member != "language_code")
                {
                    cursor.Report(TtsDiagnosticDescriptors.UnknownMember, memberSpan, member, CharacterMembers);
                    cursor.SkipValue(ref reader);
                    continue;
                }

                string? value = cursor.ReadString(ref reader, "\"" + member + "\" of character '" + name + "'", out var valueSpan);
                if (value == null)
                {
                    valid = false;
                    continue;
                }

                switch (member)
                {
                    case "voice":
                        voice = value;
                        if (value.Length > 0 && !GeminiVoices.IsKnown(value))
                        {
                            cursor.Report(TtsDiagnosticDescriptors.UnknownVoice, valueSpan, value, GeminiVoices.SuggestClosest(value) ?? GeminiVoices.All[0].Name);
                        }

                        break;
                    case "prompt":
                        prompt = value;
                        break;
                    default:
                        languageCode = value;
                        if (value.Length > 0 && !TtsLanguageCode.IsWellFormed(value))
                        {
                            cursor.Report(TtsDiagnosticDescriptors.MalformedLanguageCode, valueSpan, value);
                        }

                        break;
                }
            }

            return valid ? new TtsCastCharacter(name, voice, prompt, languageCode, cursor.FilePath, nameSpan) : null;
        }
    }
}
