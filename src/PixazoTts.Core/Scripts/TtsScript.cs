using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>
    /// A parsed <c>.tts.json</c> file: its top-level defaults and its valid lines in file order. Values are kept
    /// exactly as written.
    /// </summary>
    public sealed class TtsScript : IEquatable<TtsScript>
    {
        /// <summary>Creates a script.</summary>
        /// <param name="schema">The <c>$schema</c> value, or null.</param>
        /// <param name="voice">The file's default voice, or null.</param>
        /// <param name="prompt">The file's default prompt, or null.</param>
        /// <param name="languageCode">The file's default language code, or null.</param>
        /// <param name="lines">The valid lines, in file order.</param>
        public TtsScript(string? schema, string? voice, string? prompt, string? languageCode, IReadOnlyList<TtsScriptLine> lines)
            : this(schema, voice, prompt, languageCode, lines, null, null, Array.Empty<TtsLexiconEntry>(), TtsFinishingValues.None)
        {
        }

        /// <summary>Creates a script with a speaker and a lexicon.</summary>
        /// <param name="schema">The <c>$schema</c> value, or null.</param>
        /// <param name="voice">The file's default voice, or null.</param>
        /// <param name="prompt">The file's default prompt, or null.</param>
        /// <param name="languageCode">The file's default language code, or null.</param>
        /// <param name="lines">The valid lines, in file order.</param>
        /// <param name="speaker">The file's speaker (a cast character's name), or null.</param>
        /// <param name="speakerSpan">The span of the speaker's value, or null.</param>
        /// <param name="lexicon">The file's lexicon entries, in file order.</param>
        public TtsScript(
            string? schema, string? voice, string? prompt, string? languageCode, IReadOnlyList<TtsScriptLine> lines,
            string? speaker, TtsSourceSpan? speakerSpan, IReadOnlyList<TtsLexiconEntry> lexicon)
            : this(schema, voice, prompt, languageCode, lines, speaker, speakerSpan, lexicon, TtsFinishingValues.None)
        {
        }

        /// <summary>Creates a script with its file-level finishing values.</summary>
        /// <param name="schema">The <c>$schema</c> value, or null.</param>
        /// <param name="voice">The file's default voice, or null.</param>
        /// <param name="prompt">The file's default prompt, or null.</param>
        /// <param name="languageCode">The file's default language code, or null.</param>
        /// <param name="lines">The valid lines, in file order.</param>
        /// <param name="finishing">The file's <c>loudness</c>, <c>true_peak</c>, <c>trim_silence</c>, <c>sample_rate</c>, <c>format</c>.</param>
        public TtsScript(
            string? schema, string? voice, string? prompt, string? languageCode, IReadOnlyList<TtsScriptLine> lines, TtsFinishingValues finishing)
            : this(schema, voice, prompt, languageCode, lines, null, null, Array.Empty<TtsLexiconEntry>(), finishing)
        {
        }

        /// <summary>Creates a script with a speaker, a lexicon and its file-level finishing values.</summary>
        /// <param name="schema">The <c>$schema</c> value, or null.</param>
        /// <param name="voice">The file's default voice, or null.</param>
        /// <param name="prompt">The file's default prompt, or null.</param>
        /// <param name="languageCode">The file's default language code, or null.</param>
        /// <param name="lines">The valid lines, in file order.</param>
        /// <param name="speaker">The file's speaker (a cast character's name), or null.</param>
        /// <param name="speakerSpan">The span of the speaker's value, or null.</param>
        /// <param name="lexicon">The file's lexicon entries, in file order.</param>
        /// <param name="finishing">The file's <c>loudness</c>, <c>true_peak</c>, <c>trim_silence</c>, <c>sample_rate</c>, <c>format</c>.</param>
        public TtsScript(
            string? schema, string? voice, string? prompt, string? languageCode, IReadOnlyList<TtsScriptLine> lines,
            string? speaker, TtsSourceSpan? speakerSpan, IReadOnlyList<TtsLexiconEntry> lexicon, TtsFinishingValues finishing)
        {
            Finishing = finishing ?? TtsFinishingValues.None;
            Schema = schema;
            Voice = voice;
            Prompt = prompt;
            LanguageCode = languageCode;
            Lines = lines ?? throw new ArgumentNullException(nameof(lines));
            Speaker = string.IsNullOrEmpty(speaker) ? null : speaker;
            SpeakerSpan = Speaker == null ? null : speakerSpan;
            Lexicon = lexicon ?? throw new ArgumentNullException(nameof(lexicon));
        }

        /// <summary>The file's speaker (a cast character's name), or null: lines that name no speaker of their own are its.</summary>
        public string? Speaker { get; }

        /// <summary>The span of <see cref="Speaker"/>'s value, or null.</summary>
        public TtsSourceSpan? SpeakerSpan { get; }

        /// <summary>The file's lexicon entries (they win over the cast's for this file's lines), in file order.</summary>
        public IReadOnlyList<TtsLexiconEntry> Lexicon { get; }

        /// <summary>The <c>$schema</c> value, or null.</summary>
        public string? Schema { get; }

        /// <summary>The file's default voice, or null.</summary>
        public string? Voice { get; }

        /// <summary>The file's default prompt, or null.</summary>
        public string? Prompt { get; }

        /// <summary>The file's default language code, or null.</summary>
        public string? LanguageCode { get; }

        /// <summary>The file's finishing values (what is not set here falls through to the item and the project).</summary>
        public TtsFinishingValues Finishing { get; }

        /// <summary>The valid lines in file order (lines with an error are left out, so one typo keeps the rest usable).</summary>
        public IReadOnlyList<TtsScriptLine> Lines { get; }

        /// <inheritdoc />
        public bool Equals(TtsScript? other)
        {
            if (other is null ||
                !string.Equals(Schema, other.Schema, StringComparison.Ordinal) ||
                !string.Equals(Voice, other.Voice, StringComparison.Ordinal) ||
                !string.Equals(Prompt, other.Prompt, StringComparison.Ordinal) ||
                !string.Equals(LanguageCode, other.LanguageCode, StringComparison.Ordinal) ||
                !string.Equals(Speaker, other.Speaker, StringComparison.Ordinal) ||
                SpeakerSpan != other.SpeakerSpan ||
                !TtsCastFile.SequenceEqual(Lexicon, other.Lexicon) ||
                !Finishing.Equals(other.Finishing) ||
                Lines.Count != other.Lines.Count)
            {
                return false;
            }

            for (int i = 0; i < Lines.Count; i++)
            {
                if (!Lines[i].Equals(other.Lines[i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsScript);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = Lines.Count;
                hash = (hash * 397) ^ (Voice == null ? 0 : StringComparer.Ordinal.GetHashCode(Voice));
                return Lines.Count == 0 ? hash : (hash * 397) ^ Lines[0].GetHashCode();
            }
        }
    }
}
