using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>
    /// Applies defaults to lines. Precedence of voice, prompt and language code (contract): the line, then the line's
    /// own speaker, then the file's top level, then the file's speaker (for lines without a speaker of their own), then
    /// the item's metadata, then the project property, then nothing. At every level an empty string counts as not set
    /// and falls through.
    /// </summary>
    public static class TtsLineResolver
    {
        /// <summary>Resolves one line of <paramref name="script"/>.</summary>
        /// <param name="script">The line's file.</param>
        /// <param name="line">The line.</param>
        /// <param name="item">The <c>TtsAsset</c> item's defaults.</param>
        /// <param name="project">The project's defaults.</param>
        public static ResolvedTtsLine Resolve(TtsScript script, TtsScriptLine line, TtsVoiceSettings item, TtsVoiceSettings project) =>
            Resolve(script, line, TtsLineBinding.Unbound(line ?? throw new ArgumentNullException(nameof(line))), item, project);

        /// <summary>
        /// Resolves one line of <paramref name="script"/> bound to the cast (docs/contracts.md "Cast, lexicon and takes"):
        /// the line's own value, else its speaker's when the line names one, else the file's own top-level value, else
        /// the file's speaker's (only for lines that name no speaker of their own), else the item metadata, else the
        /// project property. The text is the spoken text; the take is the line's.
        /// </summary>
        /// <param name="script">The line's file.</param>
        /// <param name="line">The line.</param>
        /// <param name="binding">What the cast gives the line (<see cref="TtsCastBinder"/>).</param>
        /// <param name="item">The <c>TtsAsset</c> item's defaults.</param>
        /// <param name="project">The project's defaults.</param>
        public static ResolvedTtsLine Resolve(TtsScript script, TtsScriptLine line, TtsLineBinding binding, TtsVoiceSettings item, TtsVoiceSettings project)
        {
            if (script == null)
            {
                throw new ArgumentNullException(nameof(script));
            }

            if (line == null)
            {
                throw new ArgumentNullException(nameof(line));
            }

            if (binding == null)
            {
                throw new ArgumentNullException(nameof(binding));
            }

            item ??= TtsVoiceSettings.None;
            project ??= TtsVoiceSettings.None;
            var own = binding.IsOwnSpeaker ? binding.SpeakerSettings : TtsVoiceSettings.None;
            var file = binding.IsOwnSpeaker ? TtsVoiceSettings.None : binding.SpeakerSettings;
            return new ResolvedTtsLine(
                line.Id,
                new TtsUtterance(
                    binding.SpokenText,
                    voice: First(line.Voice, own.Voice, script.Voice, file.Voice, item.Voice, project.Voice),
                    prompt: First(line.Prompt, own.Prompt, script.Prompt, file.Prompt, item.Prompt, project.Prompt),
                    languageCode: First(line.LanguageCode, own.LanguageCode, script.LanguageCode, file.LanguageCode, item.LanguageCode, project.LanguageCode),
                    take: line.Take));
        }

        /// <summary>Resolves every line of <paramref name="script"/>, in the order of <see cref="TtsScript.Lines"/>.</summary>
        /// <param name="script">The file.</param>
        /// <param name="item">The <c>TtsAsset</c> item's defaults.</param>
        /// <param name="project">The project's defaults.</param>
        public static IReadOnlyList<ResolvedTtsLine> ResolveAll(TtsScript script, TtsVoiceSettings item, TtsVoiceSettings project)
        {
            if (script == null)
            {
                throw new ArgumentNullException(nameof(script));
            }

            var resolved = new ResolvedTtsLine[script.Lines.Count];
            for (int i = 0; i < resolved.Length; i++)
            {
                resolved[i] = Resolve(script, script.Lines[i], item, project);
            }

            return resolved;
        }

        private static string? First(string? line, string? ownSpeaker, string? file, string? fileSpeaker, string? item, string? project) =>
            TtsVoiceSettings.NullIfEmpty(line) ?? ownSpeaker ?? TtsVoiceSettings.NullIfEmpty(file) ?? fileSpeaker ??
            TtsVoiceSettings.NullIfEmpty(item) ?? TtsVoiceSettings.NullIfEmpty(project);
    }
}
