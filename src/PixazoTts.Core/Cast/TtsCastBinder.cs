using System;
using System.Collections.Generic;
using System.Linq;

namespace PixazoTts
{
    /// <summary>
    /// Binds scripts to the cast: finds each line's speaker, applies the lexicon (the script's entries, then the
    /// cast's), and reports unknown speakers and unused lexicon entries. One implementation for the task and the
    /// generator, so both report the same diagnostics at the same places.
    /// </summary>
    public static class TtsCastBinder
    {
        /// <summary>Binds one script.</summary>
        /// <param name="filePath">The script's file, for diagnostics.</param>
        /// <param name="script">The parsed script.</param>
        /// <param name="cast">The project's cast (<see cref="TtsCast.None"/> when it has none).</param>
        public static TtsScriptBinding Bind(string filePath, TtsScript script, TtsCast cast)
        {
            if (script == null)
            {
                throw new ArgumentNullException(nameof(script));
            }

            cast ??= TtsCast.None;
            var diagnostics = new List<TtsDiagnostic>();
            var fileSpeaker = Speaker(filePath, script.Speaker, script.SpeakerSpan, cast, diagnostics);

            // The script's entries first: of two entries with the same word the lexicon keeps the first.
            var lexicon = script.Lexicon.Count == 0 && cast.Lexicon.Count == 0
                ? TtsLexicon.Empty
                : new TtsLexicon(script.Lexicon.Concat(cast.Lexicon));
            var used = new HashSet<TtsLexiconEntry>();
            var lines = new TtsLineBinding[script.Lines.Count];
            for (int i = 0; i < lines.Length; i++)
            {
                var line = script.Lines[i];
                string spoken = lexicon.Apply(line.Text, used);
                if (line.Speaker != null)
                {
                    var own = Speaker(filePath, line.Speaker, line.SpeakerSpan, cast, diagnostics);
                    lines[i] = new TtsLineBinding(line.Speaker, true, own, spoken);
                }
                else
                {
                    lines[i] = new TtsLineBinding(script.Speaker, false, fileSpeaker, spoken);
                }
            }

            foreach (var entry in script.Lexicon)
            {
                if (!used.Contains(entry))
                {
                    diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.UnusedLexiconEntry, entry.FilePath, entry.WordSpan, entry.Word, "of this file"));
                }
            }

            var usedCastWords = cast.Lexicon.Where(used.Contains).Select(e => e.Word).ToList();
            var ordered = diagnostics.Count > 1 ? diagnostics.OrderBy(d => d.Span?.Start ?? 0).ToList() : diagnostics;
            return new TtsScriptBinding(lines, ordered, usedCastWords);
        }

        /// <summary>
        /// PTTS1020 for every cast lexicon entry that no script's line uses (a script's own entry for the same word
        /// shadows the cast's for that script's lines).
        /// </summary>
        /// <param name="cast">The project's cast.</param>
        /// <param name="usedCastWords">Each bound script's <see cref="TtsScriptBinding.UsedCastWords"/>.</param>
        public static IReadOnlyList<TtsDiagnostic> FindUnusedCastEntries(TtsCast cast, IEnumerable<IReadOnlyList<string>> usedCastWords)
        {
            if (cast == null)
            {
                throw new ArgumentNullException(nameof(cast));
            }

            if (cast.Lexicon.Count == 0)
            {
                return Array.Empty<TtsDiagnostic>();
            }

            var used = new HashSet<string>(usedCastWords.SelectMany(w => w), StringComparer.Ordinal);
            return cast.Lexicon
                .Where(e => !used.Contains(e.Word))
                .Select(e => new TtsDiagnostic(TtsDiagnosticDescriptors.UnusedLexiconEntry, e.FilePath, e.WordSpan, e.Word, "of any TtsAsset script"))
                .ToList();
        }

        /// <summary>
        /// The catalog name <c>TtsAssets.Cast</c> holds the character lists once a project has a cast: a script whose
        /// class would be <c>TtsAssets.Cast</c> or below it (<c>Cast.tts.json</c> or a top folder <c>Cast/</c>) would
        /// share that class, so it is PTTS1028 at the script and the character lists are not emitted.
        /// </summary>
        /// <param name="cast">The project's cast.</param>
        /// <param name="scripts">Each script's file (for the diagnostic) and relative path (which names its class).</param>
        public static IReadOnlyList<TtsDiagnostic> FindCastClassClashes(TtsCast cast, IEnumerable<(string FilePath, string RelativePath)> scripts)
        {
            if (cast == null)
            {
                throw new ArgumentNullException(nameof(cast));
            }

            if (cast.FileCount == 0)
            {
                return Array.Empty<TtsDiagnostic>();
            }

            var diagnostics = new List<TtsDiagnostic>();
            foreach (var (filePath, relativePath) in scripts.OrderBy(s => s.RelativePath, StringComparer.Ordinal))
            {
                var classPath = TtsNaming.GetClassPath(relativePath);
                if (classPath.Count > 0 && string.Equals(classPath[0], CastClassName, StringComparison.Ordinal))
                {
                    diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.ScriptClassIsCast, filePath, TtsSourceSpan.FileStart, relativePath));
                }
            }

            return diagnostics;
        }

        /// <summary>The class below <c>TtsAssets</c> that lists the characters' lines.</summary>
        public const string CastClassName = "Cast";

        private static TtsVoiceSettings Speaker(string filePath, string? name, TtsSourceSpan? span, TtsCast cast, List<TtsDiagnostic> diagnostics)
        {
            if (name == null)
            {
                return TtsVoiceSettings.None;
            }

            if (cast.Find(name) is { } character)
            {
                return character.Settings;
            }

            string suggestion = cast.FileCount == 0
                ? "the project has no TtsCast file"
                : cast.SuggestClosest(name) is { } closest ? "did you mean '" + closest + "'?" : "the cast has no characters";
            diagnostics.Add(new TtsDiagnostic(TtsDiagnosticDescriptors.UnknownSpeaker, filePath, span, name, suggestion));
            return TtsVoiceSettings.None;
        }
    }
}
