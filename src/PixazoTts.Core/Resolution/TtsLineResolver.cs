using System;
using System.Collections.Generic;

namespace PixazoTts
{
    /// <summary>
    /// Applies defaults to lines. Precedence of voice, prompt and language code (contract): the line, then the
    /// file's top level, then the item's metadata, then the project property, then nothing. At every level an
    /// empty string counts as not set and falls through.
    /// </summary>
    public static class TtsLineResolver
    {
        /// <summary>Resolves one line of <paramref name="script"/>.</summary>
        /// <param name="script">The line's file.</param>
        /// <param name="line">The line.</param>
        /// <param name="item">The <c>TtsAsset</c> item's defaults.</param>
        /// <param name="project">The project's defaults.</param>
        public static ResolvedTtsLine Resolve(TtsScript script, TtsScriptLine line, TtsVoiceSettings item, TtsVoiceSettings project)
        {
            if (script == null)
            {
                throw new ArgumentNullException(nameof(script));
            }

            if (line == null)
            {
                throw new ArgumentNullException(nameof(line));
            }

            item ??= TtsVoiceSettings.None;
            project ??= TtsVoiceSettings.None;
            return new ResolvedTtsLine(
                line.Id,
                new TtsUtterance(
                    line.Text,
                    voice: First(line.Voice, script.Voice, item.Voice, project.Voice),
                    prompt: First(line.Prompt, script.Prompt, item.Prompt, project.Prompt),
                    languageCode: First(line.LanguageCode, script.LanguageCode, item.LanguageCode, project.LanguageCode)));
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

        private static string? First(string? line, string? file, string? item, string? project) =>
            TtsVoiceSettings.NullIfEmpty(line) ?? TtsVoiceSettings.NullIfEmpty(file) ?? TtsVoiceSettings.NullIfEmpty(item) ?? TtsVoiceSettings.NullIfEmpty(project);
    }
}
