using System;

namespace PixazoTts
{
    /// <summary>
    /// One valid line of a <c>.tts.json</c> file, with its values exactly as written (no trimming, no
    /// normalisation) and where its id and value are. An empty <see cref="Voice"/>, <see cref="Prompt"/> or
    /// <see cref="LanguageCode"/> counts as not set when defaults are resolved.
    /// </summary>
    public sealed class TtsScriptLine : IEquatable<TtsScriptLine>
    {
        /// <summary>Creates a line.</summary>
        /// <param name="id">The line id (the member name in <c>lines</c>).</param>
        /// <param name="text">The text to speak.</param>
        /// <param name="voice">The line's own voice, or null.</param>
        /// <param name="prompt">The line's own prompt, or null.</param>
        /// <param name="languageCode">The line's own language code, or null.</param>
        /// <param name="idSpan">The span of the id, quotes included.</param>
        /// <param name="valueSpan">The span of the value: the string, or the whole object.</param>
        public TtsScriptLine(
            string id, string text, string? voice, string? prompt, string? languageCode, TtsSourceSpan idSpan, TtsSourceSpan valueSpan)
            : this(id, text, voice, prompt, languageCode, idSpan, valueSpan, null, null, 1, TtsFinishingValues.None)
        {
        }

        /// <summary>Creates a line with a speaker and a take.</summary>
        /// <param name="id">The line id (the member name in <c>lines</c>).</param>
        /// <param name="text">The text to speak.</param>
        /// <param name="voice">The line's own voice, or null.</param>
        /// <param name="prompt">The line's own prompt, or null.</param>
        /// <param name="languageCode">The line's own language code, or null.</param>
        /// <param name="idSpan">The span of the id, quotes included.</param>
        /// <param name="valueSpan">The span of the value: the string, or the whole object.</param>
        /// <param name="speaker">The line's own speaker (a cast character's name), or null.</param>
        /// <param name="speakerSpan">The span of the speaker's value, or null.</param>
        /// <param name="take">The take, 1 or more.</param>
        public TtsScriptLine(
            string id, string text, string? voice, string? prompt, string? languageCode, TtsSourceSpan idSpan, TtsSourceSpan valueSpan,
            string? speaker, TtsSourceSpan? speakerSpan, int take)
            : this(id, text, voice, prompt, languageCode, idSpan, valueSpan, speaker, speakerSpan, take, TtsFinishingValues.None)
        {
        }

        /// <summary>Creates a line with its own finishing values.</summary>
        /// <param name="id">The line id (the member name in <c>lines</c>).</param>
        /// <param name="text">The text to speak.</param>
        /// <param name="voice">The line's own voice, or null.</param>
        /// <param name="prompt">The line's own prompt, or null.</param>
        /// <param name="languageCode">The line's own language code, or null.</param>
        /// <param name="idSpan">The span of the id, quotes included.</param>
        /// <param name="valueSpan">The span of the value: the string, or the whole object.</param>
        /// <param name="finishing">The line's own <c>loudness</c>, <c>true_peak</c>, <c>trim_silence</c>.</param>
        public TtsScriptLine(
            string id, string text, string? voice, string? prompt, string? languageCode, TtsSourceSpan idSpan, TtsSourceSpan valueSpan, TtsFinishingValues finishing)
            : this(id, text, voice, prompt, languageCode, idSpan, valueSpan, null, null, 1, finishing)
        {
        }

        /// <summary>Creates a line with a speaker, a take and its own finishing values.</summary>
        /// <param name="id">The line id (the member name in <c>lines</c>).</param>
        /// <param name="text">The text to speak.</param>
        /// <param name="voice">The line's own voice, or null.</param>
        /// <param name="prompt">The line's own prompt, or null.</param>
        /// <param name="languageCode">The line's own language code, or null.</param>
        /// <param name="idSpan">The span of the id, quotes included.</param>
        /// <param name="valueSpan">The span of the value: the string, or the whole object.</param>
        /// <param name="speaker">The line's own speaker (a cast character's name), or null.</param>
        /// <param name="speakerSpan">The span of the speaker's value, or null.</param>
        /// <param name="take">The take, 1 or more.</param>
        /// <param name="finishing">The line's own <c>loudness</c>, <c>true_peak</c>, <c>trim_silence</c>.</param>
        public TtsScriptLine(
            string id, string text, string? voice, string? prompt, string? languageCode, TtsSourceSpan idSpan, TtsSourceSpan valueSpan,
            string? speaker, TtsSourceSpan? speakerSpan, int take, TtsFinishingValues finishing)
        {
            Finishing = finishing ?? TtsFinishingValues.None;
            Id = id ?? throw new ArgumentNullException(nameof(id));
            Text = text ?? throw new ArgumentNullException(nameof(text));
            Voice = voice;
            Prompt = prompt;
            LanguageCode = languageCode;
            IdSpan = idSpan;
            ValueSpan = valueSpan;
            Speaker = string.IsNullOrEmpty(speaker) ? null : speaker;
            SpeakerSpan = Speaker == null ? null : speakerSpan;
            Take = take < 1 ? throw new ArgumentOutOfRangeException(nameof(take), take, "A take is 1 or more.") : take;
        }

        /// <summary>The line id.</summary>
        public string Id { get; }

        /// <summary>The text to speak, audio tags included.</summary>
        public string Text { get; }

        /// <summary>The line's own voice, or null.</summary>
        public string? Voice { get; }

        /// <summary>The line's own prompt, or null.</summary>
        public string? Prompt { get; }

        /// <summary>The line's own language code, or null.</summary>
        public string? LanguageCode { get; }

        /// <summary>The line's own speaker (a cast character's name), or null (an empty one counts as not set).</summary>
        public string? Speaker { get; }

        /// <summary>The span of <see cref="Speaker"/>'s value, or null.</summary>
        public TtsSourceSpan? SpeakerSpan { get; }

        /// <summary>The take: 1 (the default) or more, for another reading of the same words.</summary>
        public int Take { get; }

        /// <summary>The line's own finishing values (loudness, true peak, trimming); unset ones come from the file.</summary>
        public TtsFinishingValues Finishing { get; }

        /// <summary>The span of the id (the member name, quotes included).</summary>
        public TtsSourceSpan IdSpan { get; }

        /// <summary>The span of the value: the string with its quotes, or the whole object.</summary>
        public TtsSourceSpan ValueSpan { get; }

        /// <inheritdoc />
        public bool Equals(TtsScriptLine? other) =>
            other is not null &&
            string.Equals(Id, other.Id, StringComparison.Ordinal) &&
            string.Equals(Text, other.Text, StringComparison.Ordinal) &&
            string.Equals(Voice, other.Voice, StringComparison.Ordinal) &&
            string.Equals(Prompt, other.Prompt, StringComparison.Ordinal) &&
            string.Equals(LanguageCode, other.LanguageCode, StringComparison.Ordinal) &&
            string.Equals(Speaker, other.Speaker, StringComparison.Ordinal) &&
            SpeakerSpan == other.SpeakerSpan && Take == other.Take &&
            Finishing.Equals(other.Finishing) &&
            IdSpan == other.IdSpan && ValueSpan == other.ValueSpan;

        /// <inheritdoc />
        public override bool Equals(object? obj) => Equals(obj as TtsScriptLine);

        /// <inheritdoc />
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = StringComparer.Ordinal.GetHashCode(Id);
                hash = (hash * 397) ^ StringComparer.Ordinal.GetHashCode(Text);
                return (hash * 397) ^ IdSpan.GetHashCode();
            }
        }

        /// <summary>The id.</summary>
        public override string ToString() => Id;
    }
}
