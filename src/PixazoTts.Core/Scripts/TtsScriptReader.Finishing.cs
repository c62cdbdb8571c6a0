using System.Globalization;
using System.Text.Json;

namespace PixazoTts
{
    /// <summary>
    /// The finishing members of a script (DESIGN.md "Finishing"): <c>loudness</c>, <c>true_peak</c>,
    /// <c>trim_silence</c> at the top level and on a line; <c>sample_rate</c> and <c>format</c> at the top level only.
    /// A value of the wrong type or out of range is PTTS1030 at the value; a file-only member on a line is PTTS1031.
    /// </summary>
    internal sealed partial class TtsScriptReader
    {
        private const string LineFinishingMembers = "loudness, true_peak, trim_silence";
        private const string FileFinishingMembers = LineFinishingMembers + ", sample_rate, format";

        private static Members IdentifyFinishingMember(ref Utf8JsonReader reader)
        {
            if (NameEquals(ref reader, "loudness"u8)) { return Members.Loudness; }
            if (NameEquals(ref reader, "true_peak"u8)) { return Members.TruePeak; }
            if (NameEquals(ref reader, "trim_silence"u8)) { return Members.TrimSilence; }
            if (NameEquals(ref reader, "sample_rate"u8)) { return Members.SampleRate; }
            if (NameEquals(ref reader, "format"u8)) { return Members.Format; }
            return Members.None;
        }

        private static bool IsFinishingMember(Members member) =>
            member == Members.Loudness || member == Members.TruePeak || member == Members.TrimSilence ||
            member == Members.SampleRate || member == Members.Format;

        private static string FinishingMemberName(Members member)
        {
            switch (member)
            {
                case Members.Loudness: return "loudness";
                case Members.TruePeak: return "true_peak";
                case Members.TrimSilence: return "trim_silence";
                case Members.SampleRate: return "sample_rate";
                case Members.Format: return "format";
                default: return "text";
            }
        }

        /// <summary>Reads one finishing value into <paramref name="values"/>; <paramref name="lineId"/> is null at the top level.</summary>
        private void ReadFinishingValue(ref Utf8JsonReader reader, Members member, string? lineId, FinishingBuilder values)
        {
            string name = FinishingMemberName(member);
            var startType = reader.TokenType;
            var span = SkipValue(ref reader);
            if (lineId != null && (member == Members.SampleRate || member == Members.Format))
            {
                Report(TtsDiagnosticDescriptors.FileOnlyFinishingMember, span, name, lineId);
                return;
            }

            string what = lineId == null ? "Top-level \"" + name + "\"" : "\"" + name + "\" of line '" + lineId + "'";
            switch (member)
            {
                case Members.Loudness:
                    if (reader.TokenType == JsonTokenType.String && string.Equals(GetStringOrReport(ref reader), "off", System.StringComparison.Ordinal))
                    {
                        values.Loudness = TtsLoudnessTarget.Off;
                    }
                    else if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double lufs) && TtsFinishingRules.IsValidLoudness(lufs))
                    {
                        values.Loudness = TtsLoudnessTarget.Target(lufs);
                    }
                    else
                    {
                        Invalid(ref reader, startType, what, span, TtsFinishingRules.LoudnessAllowed);
                    }

                    break;
                case Members.TruePeak:
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetDouble(out double dbtp) && TtsFinishingRules.IsValidTruePeak(dbtp))
                    {
                        values.TruePeak = dbtp;
                    }
                    else
                    {
                        Invalid(ref reader, startType, what, span, TtsFinishingRules.TruePeakAllowed);
                    }

                    break;
                case Members.TrimSilence:
                    if (reader.TokenType == JsonTokenType.True || reader.TokenType == JsonTokenType.False)
                    {
                        values.TrimSilence = reader.TokenType == JsonTokenType.True;
                    }
                    else
                    {
                        Invalid(ref reader, startType, what, span, "true or false (JSON booleans)");
                    }

                    break;
                case Members.SampleRate:
                    if (reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long hertz) && TtsFinishingRules.IsValidSampleRate(hertz))
                    {
                        values.SampleRate = (int)hertz;
                    }
                    else
                    {
                        Invalid(ref reader, startType, what, span, TtsFinishingRules.SampleRateAllowed + " (a JSON number)");
                    }

                    break;
                default:
                    string? format = reader.TokenType == JsonTokenType.String ? GetStringOrReport(ref reader) : null;
                    if (format == "wav" || format == "opus")
                    {
                        values.Format = format == "opus" ? TtsAudioFormat.Opus : TtsAudioFormat.Wav;
                    }
                    else
                    {
                        Invalid(ref reader, startType, what, span, "\"wav\" or \"opus\"");
                    }

                    break;
            }
        }

        private void Invalid(ref Utf8JsonReader reader, JsonTokenType startType, string what, TtsSourceSpan span, string allowed)
        {
            string written;
            switch (startType)
            {
                case JsonTokenType.String:
                    written = "\"" + (GetStringOrReport(ref reader) ?? string.Empty) + "\"";
                    break;
                case JsonTokenType.Number:
                    written = System.Text.Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
                    break;
                default:
                    written = Describe(startType);
                    break;
            }

            Report(TtsDiagnosticDescriptors.InvalidFinishingValue, span, what, written, allowed);
        }

        /// <summary>The finishing values of one object (the file's top level or a line), collected as they are read.</summary>
        private sealed class FinishingBuilder
        {
            public TtsLoudnessTarget? Loudness { get; set; }

            public double? TruePeak { get; set; }

            public bool? TrimSilence { get; set; }

            public int? SampleRate { get; set; }

            public TtsAudioFormat? Format { get; set; }

            public TtsFinishingValues Build() =>
                Loudness is null && TruePeak is null && TrimSilence is null && SampleRate is null && Format is null
                    ? TtsFinishingValues.None
                    : new TtsFinishingValues(Loudness, TruePeak, TrimSilence, SampleRate, Format);
        }
    }
}
