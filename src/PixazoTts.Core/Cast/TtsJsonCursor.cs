using System;
using System.Collections.Generic;
using System.Text.Json;

namespace PixazoTts
{
    /// <summary>
    /// Spans and diagnostics for a token-by-token reader of one file (the cast reader and the lexicon member of
    /// scripts): the same span rules as the script parser, so positions agree everywhere.
    /// </summary>
    internal sealed class TtsJsonCursor
    {
        public TtsJsonCursor(string filePath, SourcePositionMapper mapper, List<TtsDiagnostic> diagnostics)
        {
            FilePath = filePath;
            Mapper = mapper;
            Diagnostics = diagnostics;
        }

        public string FilePath { get; }

        public SourcePositionMapper Mapper { get; }

        public List<TtsDiagnostic> Diagnostics { get; }

        public void Report(TtsDiagnosticDescriptor descriptor, TtsSourceSpan span, params object[] args) =>
            Diagnostics.Add(new TtsDiagnostic(descriptor, FilePath, span, args));

        public TtsSourceSpan CurrentTokenSpan(ref Utf8JsonReader reader) =>
            Mapper.Span(reader.TokenStartIndex, reader.TokenStartIndex + TtsScriptReader.SourceLength(ref reader));

        /// <summary>Skips the current value (whole objects and arrays) and returns its span.</summary>
        public TtsSourceSpan SkipValue(ref Utf8JsonReader reader)
        {
            long start = reader.TokenStartIndex;
            if (reader.TokenType == JsonTokenType.StartObject || reader.TokenType == JsonTokenType.StartArray)
            {
                var first = Mapper.At(start);
                reader.Skip();
                return SourcePosition.Span(first, Mapper.At(reader.TokenStartIndex + 1));
            }

            return Mapper.Span(start, start + TtsScriptReader.SourceLength(ref reader));
        }

        /// <summary>The current string, or null (reported as PTTS1001) for a <c>\u</c> escape of half a surrogate pair.</summary>
        public string? GetStringOrReport(ref Utf8JsonReader reader)
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

        /// <summary>Reads a string value; a wrong type is PTTS1009 (what: e.g. "\"voice\" of character 'x'") and gives null.</summary>
        public string? ReadString(ref Utf8JsonReader reader, string what, out TtsSourceSpan span)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                string found = TtsScriptReader.Describe(reader.TokenType);
                span = SkipValue(ref reader);
                Report(TtsDiagnosticDescriptors.WrongType, span, what, "a string", found);
                return null;
            }

            span = CurrentTokenSpan(ref reader);
            return GetStringOrReport(ref reader);
        }

        public void ReportSyntaxError(JsonException exception, ReadOnlySpan<byte> content, long bytesConsumed) =>
            Report(
                TtsDiagnosticDescriptors.MalformedJson,
                Mapper.CharAt(TtsScriptReader.SyntaxErrorOffset(exception, content, bytesConsumed)),
                TtsScriptReader.DescribeSyntaxError(exception.Message));

        /// <summary>
        /// Reads a <c>lexicon</c> object (the reader on its <c>{</c>): word → respelling. Entries with an error are
        /// reported and left out.
        /// </summary>
        public List<TtsLexiconEntry> ReadLexicon(ref Utf8JsonReader reader)
        {
            var entries = new List<TtsLexiconEntry>();
            var words = new HashSet<string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var wordSpan = CurrentTokenSpan(ref reader);
                string? word = GetStringOrReport(ref reader);
                reader.Read();
                if (word == null)
                {
                    SkipValue(ref reader);
                    continue;
                }

                if (!words.Add(word))
                {
                    Report(TtsDiagnosticDescriptors.DuplicateMember, wordSpan, word);
                    SkipValue(ref reader);
                    continue;
                }

                string? respelling = ReadString(ref reader, "Lexicon entry '" + word + "'", out var respellingSpan);
                if (respelling == null)
                {
                    continue;
                }

                if (word.Trim().Length == 0)
                {
                    Report(TtsDiagnosticDescriptors.BadLexiconEntry, wordSpan, word, "its word is empty");
                }
                else if (word.Trim().Length != word.Length)
                {
                    Report(TtsDiagnosticDescriptors.BadLexiconEntry, wordSpan, word, "its word starts or ends with white space");
                }
                else if (respelling.Trim().Length == 0)
                {
                    Report(TtsDiagnosticDescriptors.BadLexiconEntry, respellingSpan, word, "its respelling is empty");
                }
                else
                {
                    entries.Add(new TtsLexiconEntry(word, respelling, FilePath, wordSpan));
                }
            }

            return entries;
        }
    }
}
