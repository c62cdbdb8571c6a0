using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace PixazoTts
{
    /// <summary>
    /// The parser's single pass over the JSON tokens. Each method is entered with the reader on the first token of
    /// the value it reads and leaves it on that value's last token. Positions come from the tokens' byte offsets
    /// through a forward-only <see cref="SourcePositionMapper"/>.
    /// </summary>
    internal sealed partial class TtsScriptReader
    {
        private const string TopLevelMembers = "$schema, voice, prompt, language_code, speaker, lexicon, lines, " + FileFinishingMembers;
        private const string LineMembers = "text, voice, prompt, language_code, speaker, take, " + LineFinishingMembers;

        private static readonly JsonReaderOptions ReaderOptions = new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
            MaxDepth = TtsScriptParser.MaxDepth,
        };

        private readonly string _filePath;
        private readonly SourcePositionMapper _mapper;
        private readonly List<TtsDiagnostic> _diagnostics = new List<TtsDiagnostic>();
        private readonly List<TtsScriptLine> _lines = new List<TtsScriptLine>();

        private bool _rootIsObject;
        private string? _schema;
        private string? _voice;
        private string? _prompt;
        private string? _languageCode;
        private string? _speaker;
        private TtsSourceSpan? _speakerSpan;
        private List<TtsLexiconEntry>? _lexicon;
        private readonly FinishingBuilder _fileFinishing = new FinishingBuilder();

        private TtsScriptReader(string filePath, SourcePositionMapper mapper)
        {
            _filePath = filePath;
            _mapper = mapper;
        }

        [Flags]
        private enum Members
        {
            None = 0,
            Schema = 1,
            Voice = 2,
            Prompt = 4,
            LanguageCode = 8,
            Lines = 16,
            Text = 32,
            Speaker = 64,
            Lexicon = 128,
            Take = 256,

            // Finishing members (TtsScriptReader.Finishing.cs); high bits, clear of the members above.
            Loudness = 1 << 20,
            TruePeak = 1 << 21,
            TrimSilence = 1 << 22,
            SampleRate = 1 << 23,
            Format = 1 << 24,
        }

        public static TtsScriptParseResult Read(string filePath, byte[] buffer, int length, bool validateUtf8) =>
            Read(filePath, buffer, length, validateUtf8, out _);

        /// <summary>The offset of the first U+FFFD (EF BF BD) in UTF-8 content, or -1.</summary>
        private static int IndexOfReplacementCharacter(ReadOnlySpan<byte> content)
        {
            ReadOnlySpan<byte> replacement = new byte[] { 0xEF, 0xBF, 0xBD };
            return content.IndexOf(replacement);
        }

        // mapperRestarts: how often position mapping rescanned from the start (0 keeps parsing linear; tests check it).
        internal static TtsScriptParseResult Read(string filePath, byte[] buffer, int length, bool validateUtf8, out int mapperRestarts)
        {
            mapperRestarts = 0;
            bool hasBom = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF;
            int origin = hasBom ? 3 : 0;
            var mapper = new SourcePositionMapper(buffer, origin, length);
            var parser = new TtsScriptReader(filePath, mapper);
            var content = new ReadOnlySpan<byte>(buffer, origin, length - origin);

            if (validateUtf8)
            {
                int invalid = Utf8Validator.FindFirstInvalidByte(content);
                if (invalid >= 0)
                {
                    parser.Report(
                        TtsDiagnosticDescriptors.InvalidUtf8,
                        mapper.CharAt(invalid),
                        "byte 0x" + content[invalid].ToString("X2", CultureInfo.InvariantCulture));
                    mapperRestarts = mapper.Restarts;
                    return new TtsScriptParseResult(null, parser._diagnostics);
                }
            }

            // U+FFFD is what a decoder leaves where bytes were not UTF-8. The compiler hands the generator text it has
            // decoded that way (the original bytes are gone), so the same file must be invalid for the task too, at
            // the same position: a replacement character is treated as the invalid byte it stands for. (No voice
            // line means to say it: the model would speak garbage.)
            int replacement = IndexOfReplacementCharacter(content);
            if (replacement >= 0)
            {
                parser.Report(TtsDiagnosticDescriptors.InvalidUtf8, mapper.CharAt(replacement), "the replacement character U+FFFD, left by a wrong decoding,");
                mapperRestarts = mapper.Restarts;
                return new TtsScriptParseResult(null, parser._diagnostics);
            }

            var reader = new Utf8JsonReader(content, ReaderOptions);
            try
            {
                parser.ReadDocument(ref reader);
            }
            catch (JsonException exception)
            {
                parser.ReportSyntaxError(exception, content, reader.BytesConsumed);
            }

            mapperRestarts = mapper.Restarts;
            return parser.CreateResult();
        }

        internal static string Describe(JsonTokenType type)
        {
            switch (type)
            {
                case JsonTokenType.String: return "a string";
                case JsonTokenType.Number: return "a number";
                case JsonTokenType.True:
                case JsonTokenType.False: return "a boolean";
                case JsonTokenType.Null: return "null";
                case JsonTokenType.StartObject: return "an object";
                case JsonTokenType.StartArray: return "an array";
                default: return "not a value";
            }
        }

        /// <summary>Byte length in the source of the current scalar token (strings and names with their quotes).</summary>
        internal static long SourceLength(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                case JsonTokenType.PropertyName:
                    return reader.ValueSpan.Length + 2; // ValueSpan is the raw, still escaped, bytes between the quotes
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    return 1;
                default:
                    return reader.ValueSpan.Length;
            }
        }

        private static Members IdentifyTopLevelMember(ref Utf8JsonReader reader)
        {
            if (NameEquals(ref reader, "lines"u8)) { return Members.Lines; }
            if (NameEquals(ref reader, "voice"u8)) { return Members.Voice; }
            if (NameEquals(ref reader, "prompt"u8)) { return Members.Prompt; }
            if (NameEquals(ref reader, "language_code"u8)) { return Members.LanguageCode; }
            if (NameEquals(ref reader, "$schema"u8)) { return Members.Schema; }
            if (NameEquals(ref reader, "speaker"u8)) { return Members.Speaker; }
            if (NameEquals(ref reader, "lexicon"u8)) { return Members.Lexicon; }
            return IdentifyFinishingMember(ref reader);
        }

        private static Members IdentifyLineMember(ref Utf8JsonReader reader)
        {
            if (NameEquals(ref reader, "text"u8)) { return Members.Text; }
            if (NameEquals(ref reader, "voice"u8)) { return Members.Voice; }
            if (NameEquals(ref reader, "prompt"u8)) { return Members.Prompt; }
            if (NameEquals(ref reader, "language_code"u8)) { return Members.LanguageCode; }
            if (NameEquals(ref reader, "speaker"u8)) { return Members.Speaker; }
            if (NameEquals(ref reader, "take"u8)) { return Members.Take; }
            return IdentifyFinishingMember(ref reader);
        }

        /// <summary>
        /// Compares the current name without allocating. A name with a <c>\u</c> escape of half a surrogate pair
        /// cannot be unescaped (the reader throws): it matches nothing, and is reported when its text is read.
        /// </summary>
        internal static bool NameEquals(ref Utf8JsonReader reader, ReadOnlySpan<byte> name)
        {
            if (!reader.ValueIsEscaped)
            {
                return reader.ValueSpan.SequenceEqual(name);
            }

            try
            {
                return reader.ValueTextEquals(name);
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        private static string MemberName(Members member)
        {
            switch (member)
            {
                case Members.Schema: return "$schema";
                case Members.Voice: return "voice";
                case Members.Prompt: return "prompt";
                case Members.LanguageCode: return "language_code";
                case Members.Lines: return "lines";
                case Members.Speaker: return "speaker";
                case Members.Lexicon: return "lexicon";
                case Members.Take: return "take";
                case Members.Text: return "text";
                default: return FinishingMemberName(member);
            }
        }

        private void ReadDocument(ref Utf8JsonReader reader)
        {
            // With isFinalBlock the reader throws on empty input, so Read() returning false cannot happen here;
            // the check keeps that assumption out of the rest of the code.
            if (!reader.Read())
            {
                Report(TtsDiagnosticDescriptors.MalformedJson, _mapper.CharAt(0), "the file is empty");
                return;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                var found = Describe(reader.TokenType);
                var span = SkipValue(ref reader);
                Report(TtsDiagnosticDescriptors.NotAnObject, span, found);
                reader.Read(); // trailing content after the root value is a syntax error, reported as such
                return;
            }

            _rootIsObject = true;
            var rootBrace = _mapper.Span(reader.TokenStartIndex, reader.TokenStartIndex + 1);
            var seen = Members.None;
            HashSet<string>? unknownSeen = null;

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameSpan = CurrentTokenSpan(ref reader);
                var member = IdentifyTopLevelMember(ref reader);
                if (!CheckMember(ref reader, member, nameSpan, ref seen, ref unknownSeen, TopLevelMembers))
                {
                    reader.Read();
                    SkipValue(ref reader);
                    continue;
                }

                reader.Read();
                switch (member)
                {
                    case Members.Lines:
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            ReadLines(ref reader);
                        }
                        else
                        {
                            var found = Describe(reader.TokenType);
                            Report(TtsDiagnosticDescriptors.LinesNotObject, SkipValue(ref reader), found);
                        }

                        break;
                    case Members.Schema:
                        _schema = ReadOptionalString(ref reader, Members.Schema);
                        break;
                    case Members.Voice:
                        _voice = ReadOptionalString(ref reader, Members.Voice);
                        break;
                    case Members.Prompt:
                        _prompt = ReadOptionalString(ref reader, Members.Prompt);
                        break;
                    case Members.LanguageCode:
                        _languageCode = ReadOptionalString(ref reader, Members.LanguageCode);
                        break;
                    case Members.Speaker:
                        var speakerSpan = reader.TokenType == JsonTokenType.String ? CurrentTokenSpan(ref reader) : (TtsSourceSpan?)null;
                        _speaker = ReadOptionalString(ref reader, Members.Speaker);
                        _speakerSpan = speakerSpan;
                        break;
                    case Members.Lexicon:
                        if (reader.TokenType == JsonTokenType.StartObject)
                        {
                            _lexicon = new TtsJsonCursor(_filePath, _mapper, _diagnostics).ReadLexicon(ref reader);
                        }
                        else
                        {
                            var found = Describe(reader.TokenType);
                            Report(TtsDiagnosticDescriptors.WrongType, SkipValue(ref reader), "Top-level \"lexicon\"", "an object", found);
                        }

                        break;
                    case var finishing when IsFinishingMember(finishing):
                        ReadFinishingValue(ref reader, finishing, null, _fileFinishing);
                        break;
                    default:
                        SkipValue(ref reader);
                        break;
                }
            }

            if ((seen & Members.Lines) == 0)
            {
                Report(TtsDiagnosticDescriptors.MissingLines, rootBrace);
            }

            // Anything but comments and whitespace after the root object makes the reader throw here.
            reader.Read();
        }

        /// <summary>
        /// Records a member name: reports an unknown member (warning) and a repeated one (error).
        /// Returns false when the member's value must be skipped (a duplicate, or a name that is not valid text).
        /// </summary>
        private bool CheckMember(
            ref Utf8JsonReader reader, Members member, TtsSourceSpan nameSpan, ref Members seen, ref HashSet<string>? unknownSeen, string allowed)
        {
            if (member == Members.None)
            {
                string? name = GetStringOrReport(ref reader);
                if (name == null)
                {
                    return false;
                }

                unknownSeen ??= new HashSet<string>(StringComparer.Ordinal);
                if (!unknownSeen.Add(name))
                {
                    Report(TtsDiagnosticDescriptors.DuplicateMember, nameSpan, name);
                    return false;
                }

                Report(TtsDiagnosticDescriptors.UnknownMember, nameSpan, name, allowed);
                return true;
            }

            if ((seen & member) != 0)
            {
                Report(TtsDiagnosticDescriptors.DuplicateMember, nameSpan, MemberName(member));
                return false;
            }

            seen |= member;
            return true;
        }

        private void ReadLines(ref Utf8JsonReader reader)
        {
            var start = _mapper.At(reader.TokenStartIndex);
            var ids = new HashSet<string>(StringComparer.Ordinal);
            int count = 0;

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                count++;
                var idSpan = CurrentTokenSpan(ref reader);
                string? id = GetStringOrReport(ref reader);
                bool valid = id != null;
                if (id != null && !TtsScriptParser.IsValidLineId(id))
                {
                    Report(TtsDiagnosticDescriptors.InvalidLineId, idSpan, id);
                    valid = false;
                }
                else if (id != null && !ids.Add(id))
                {
                    Report(TtsDiagnosticDescriptors.DuplicateLineId, idSpan, id);
                    valid = false;
                }

                reader.Read();
                var line = ReadLineValue(ref reader, id ?? string.Empty, idSpan);
                if (valid && line != null)
                {
                    _lines.Add(line);
                }
            }

            if (count == 0)
            {
                Report(TtsDiagnosticDescriptors.EmptyLines, SourcePosition.Span(start, _mapper.At(reader.TokenStartIndex + 1)));
            }
        }

        /// <summary>Reads a line's value (a string or an object); null when the line has an error.</summary>
        private TtsScriptLine? ReadLineValue(ref Utf8JsonReader reader, string id, TtsSourceSpan idSpan)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                var valueSpan = CurrentTokenSpan(ref reader);
                string? text = GetStringOrReport(ref reader);
                if (text == null || !CheckText(id, text, valueSpan))
                {
                    return null;
                }

                return new TtsScriptLine(id, text, null, null, null, idSpan, valueSpan);
            }

            if (reader.TokenType == JsonTokenType.StartObject)
            {
                return ReadLineObject(ref reader, id, idSpan);
            }

            var found = Describe(reader.TokenType);
            Report(TtsDiagnosticDescriptors.WrongType, SkipValue(ref reader), "Line '" + id + "'", "a string or an object", found);
            return null;
        }

        private TtsScriptLine? ReadLineObject(ref Utf8JsonReader reader, string id, TtsSourceSpan idSpan)
        {
            var start = _mapper.At(reader.TokenStartIndex);
            var seen = Members.None;
            HashSet<string>? unknownSeen = null;
            bool valid = true;
            bool textHadWrongType = false;
            string? text = null;
            string? voice = null;
            string? prompt = null;
            string? languageCode = null;
            string? speaker = null;
            TtsSourceSpan? speakerSpan = null;
            int take = 1;
            var textSpan = default(TtsSourceSpan);
            var finishing = new FinishingBuilder();

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var nameSpan = CurrentTokenSpan(ref reader);
                var member = IdentifyLineMember(ref reader);
                if (!CheckMember(ref reader, member, nameSpan, ref seen, ref unknownSeen, LineMembers))
                {
                    valid = false;
                    reader.Read();
                    SkipValue(ref reader);
                    continue;
                }

                reader.Read();
                if (member == Members.None)
                {
                    SkipValue(ref reader);
                    continue;
                }

                if (member == Members.Take)
                {
                    if (ReadTake(ref reader, id) is int takeValue)
                    {
                        take = takeValue;
                    }
                    else
                    {
                        valid = false;
                    }


                    continue;
                }

                if (IsFinishingMember(member))
                {
                    ReadFinishingValue(ref reader, member, id, finishing);
                    continue;
                }

                if (reader.TokenType != JsonTokenType.String)
                {
                    var found = Describe(reader.TokenType);
                    string what = "\"" + MemberName(member) + "\" of line '" + id + "'";
                    Report(TtsDiagnosticDescriptors.WrongType, SkipValue(ref reader), what, "a string", found);
                    valid = false;
                    textHadWrongType |= member == Members.Text;
                    continue;
                }

                var valueSpan = CurrentTokenSpan(ref reader);
                string? value = GetStringOrReport(ref reader);
                if (value == null)
                {
                    valid = false;
                    textHadWrongType |= member == Members.Text;
                    continue;
                }

                switch (member)
                {
                    case Members.Text:
                        text = value;
                        textSpan = valueSpan;
                        break;
                    case Members.Voice:
                        voice = value;
                        CheckVoice(value, valueSpan);
                        break;
                    case Members.Prompt:
                        prompt = value;
                        break;
                    case Members.Speaker:
                        speaker = value;
                        speakerSpan = valueSpan;
                        break;
                    default:
                        languageCode = value;
                        CheckLanguageCode(value, valueSpan);
                        break;
                }
            }

            var objectSpan = SourcePosition.Span(start, _mapper.At(reader.TokenStartIndex + 1));
            if (text == null)
            {
                if (!textHadWrongType)
                {
                    Report(TtsDiagnosticDescriptors.MissingText, idSpan, id);
                }

                return null;
            }

            if (!CheckText(id, text, textSpan) || !valid)
            {
                return null;
            }

            return new TtsScriptLine(id, text, voice, prompt, languageCode, idSpan, objectSpan, speaker, speakerSpan, take, finishing.Build());
        }

        /// <summary>Reads <c>take</c>: a whole number from 1 to <see cref="TtsScriptParser.MaxTake"/>; anything else is PTTS1019 and gives null.</summary>
        private int? ReadTake(ref Utf8JsonReader reader, string id)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int take) && take >= 1 && take <= TtsScriptParser.MaxTake)
            {
                return take;
            }

            string found = reader.TokenType == JsonTokenType.Number
                ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray())
                : Describe(reader.TokenType);
            Report(TtsDiagnosticDescriptors.BadTake, SkipValue(ref reader), id, found);
            return null;
        }

        /// <summary>Reports text problems; false when the text is an error (empty).</summary>
        private bool CheckText(string id, string text, TtsSourceSpan span)
        {
            if (TtsTextChecks.IsBlank(text))
            {
                Report(TtsDiagnosticDescriptors.EmptyText, span, id);
                return false;
            }

            if (!TtsTextChecks.AreAudioTagsBalanced(text))
            {
                Report(TtsDiagnosticDescriptors.UnbalancedAudioTag, span, id);
            }

            if (TtsTextChecks.IsOverInputLimit(text, out int byteLength))
            {
                Report(TtsDiagnosticDescriptors.TextTooLong, span, id, byteLength.ToString("N0", CultureInfo.InvariantCulture));
            }

            return true;
        }

        private void CheckVoice(string voice, TtsSourceSpan span)
        {
            // An empty voice means "not set" (it falls through to the next default), so it is not an unknown voice.
            if (voice.Length > 0 && !GeminiVoices.IsKnown(voice))
            {
                Report(TtsDiagnosticDescriptors.UnknownVoice, span, voice, GeminiVoices.SuggestClosest(voice) ?? GeminiVoices.All[0].Name);
            }
        }

        private void CheckLanguageCode(string code, TtsSourceSpan span)
        {
            if (code.Length > 0 && !TtsLanguageCode.IsWellFormed(code))
            {
                Report(TtsDiagnosticDescriptors.MalformedLanguageCode, span, code);
            }
        }

        /// <summary>Reads a top-level string member; a wrong type is reported and gives null.</summary>
        private string? ReadOptionalString(ref Utf8JsonReader reader, Members member)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                var found = Describe(reader.TokenType);
                Report(TtsDiagnosticDescriptors.WrongType, SkipValue(ref reader), "Top-level \"" + MemberName(member) + "\"", "a string", found);
                return null;
            }

            var span = CurrentTokenSpan(ref reader);
            string? value = GetStringOrReport(ref reader);
            if (value != null && member == Members.Voice)
            {
                CheckVoice(value, span);
            }
            else if (value != null && member == Members.LanguageCode)
            {
                CheckLanguageCode(value, span);
            }

            return value;
        }

        /// <summary>Skips the current value (whole objects and arrays) and returns its span.</summary>
        private TtsSourceSpan SkipValue(ref Utf8JsonReader reader)
        {
            long start = reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
            {
                var first = _mapper.At(start);
                reader.Skip();
                return SourcePosition.Span(first, _mapper.At(reader.TokenStartIndex + 1));
            }

            return _mapper.Span(start, start + SourceLength(ref reader));
        }

        private TtsSourceSpan CurrentTokenSpan(ref Utf8JsonReader reader) =>
            _mapper.Span(reader.TokenStartIndex, reader.TokenStartIndex + SourceLength(ref reader));

        /// <summary>
        /// The string value of the current token. JSON allows a <c>\u</c> escape of half a surrogate pair, which
        /// cannot become a .NET string: that is reported (PTTS1001 at the string) and gives null.
        /// </summary>
        private string? GetStringOrReport(ref Utf8JsonReader reader)
        {
            try
            {
                return reader.GetString();
            }
            catch (InvalidOperationException)
            {
                Report(TtsDiagnosticDescriptors.MalformedJson, CurrentTokenSpan(ref reader), "this string has a \\u escape of half a surrogate pair");
                return null;
            }
        }

        private void ReportSyntaxError(JsonException exception, ReadOnlySpan<byte> content, long bytesConsumed) =>
            Report(TtsDiagnosticDescriptors.MalformedJson, _mapper.CharAt(SyntaxErrorOffset(exception, content, bytesConsumed)), DescribeSyntaxError(exception.Message));

        /// <summary>Where a syntax error is, as a byte offset: the reader counts lines by '\n' only and columns in bytes.</summary>
        internal static long SyntaxErrorOffset(JsonException exception, ReadOnlySpan<byte> content, long bytesConsumed)
        {
            if (!(exception.LineNumber is long line && exception.BytePositionInLine is long column))
            {
                return bytesConsumed;
            }

            long lineStart = 0;
            for (int i = 0; i < content.Length && line > 0; i++)
            {
                if (content[i] == (byte)'\n')
                {
                    line--;
                    lineStart = i + 1;
                }
            }

            return lineStart + column;
        }

        /// <summary>The reader's message without its own 0-based, byte-counted position (ours is on the diagnostic).</summary>
        internal static string DescribeSyntaxError(string message)
        {
            int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            string detail = (position >= 0 ? message.Substring(0, position) : message).Trim();
            return detail.TrimEnd('.');
        }

        private void Report(TtsDiagnosticDescriptor descriptor, TtsSourceSpan span, params object[] args) =>
            _diagnostics.Add(new TtsDiagnostic(descriptor, _filePath, span, args));

        private TtsScriptParseResult CreateResult()
        {
            // Some diagnostics are known only at the end of an object (e.g. a missing "lines" is reported at the
            // opening brace): present them in source order. OrderBy is stable, so equal positions keep their order.
            var ordered = _diagnostics.Count > 1
                ? _diagnostics.OrderBy(d => d.Span?.Start ?? 0).ToList()
                : _diagnostics;
            var script = _rootIsObject
                ? new TtsScript(_schema, _voice, _prompt, _languageCode, _lines, _speaker, _speakerSpan, (IReadOnlyList<TtsLexiconEntry>?)_lexicon ?? Array.Empty<TtsLexiconEntry>(), _fileFinishing.Build())
                : null;
            return new TtsScriptParseResult(script, ordered);
        }
    }
}
