using System;
using System.Collections.Generic;
using System.Text;

namespace PixazoTts
{
    /// <summary>
    /// How scripts and lines are named in the output folder and in the generated catalog (contract, docs/contracts.md
    /// "Generated catalog"). The task and the generator both use it, so paths and identifiers always agree.
    /// </summary>
    /// <remarks>
    /// Relative paths accept <c>/</c> and <c>\</c>; empty and <c>.</c> segments are ignored. A path that leaves the
    /// project (<c>..</c>, absolute) is refused with an exception: callers check it first with
    /// <see cref="TtsScriptPath.Check"/>, which reports PTTS1104, so an output path can never leave the output folder.
    /// </remarks>
    public static class TtsNaming
    {
        private const string ScriptExtension = ".tts.json";
        private const string JsonExtension = ".json";
        private static readonly char[] PathSeparators = { '/', '\\' };

        /// <summary>
        /// The contract's PascalCase identifier: split on anything that is not a letter or digit, upper-case each
        /// part's first letter (the rest is kept as is), join; a leading digit gets <c>_</c>; nothing usable gives
        /// <c>_</c>. <c>price-high</c> → <c>PriceHigh</c>, <c>2nd_try</c> → <c>_2ndTry</c>.
        /// </summary>
        /// <param name="name">A folder name, script name or line id.</param>
        public static string ToIdentifier(string name)
        {
            if (name == null)
            {
                throw new ArgumentNullException(nameof(name));
            }

            var builder = new StringBuilder(name.Length + 1);
            bool startOfPart = true;
            foreach (char c in name)
            {
                // char.IsLetterOrDigit is false for surrogates: characters outside the BMP are separators, which
                // keeps the result a valid C# identifier for every compiler.
                if (!char.IsLetterOrDigit(c))
                {
                    startOfPart = true;
                    continue;
                }

                builder.Append(startOfPart ? char.ToUpperInvariant(c) : c);
                startOfPart = false;
            }

            if (builder.Length == 0)
            {
                return "_";
            }

            if (char.IsDigit(builder[0]))
            {
                builder.Insert(0, '_');
            }

            return builder.ToString();
        }

        /// <summary>The script's name: the file name without <c>.tts.json</c> (else without <c>.json</c>); <c>intro.tts.json</c> → <c>intro</c>.</summary>
        /// <param name="fileName">A file name (a path is accepted; its last segment is used).</param>
        public static string GetScriptName(string fileName)
        {
            if (fileName == null)
            {
                throw new ArgumentNullException(nameof(fileName));
            }

            int slash = fileName.LastIndexOfAny(PathSeparators);
            string name = slash >= 0 ? fileName.Substring(slash + 1) : fileName;
            if (name.Length > ScriptExtension.Length && name.EndsWith(ScriptExtension, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - ScriptExtension.Length);
            }

            if (name.Length > JsonExtension.Length && name.EndsWith(JsonExtension, StringComparison.OrdinalIgnoreCase))
            {
                return name.Substring(0, name.Length - JsonExtension.Length);
            }

            return name;
        }

        /// <summary>
        /// The WAV's path relative to the output folder, always <c>/</c>-separated:
        /// <c>("Voice/intro.tts.json", "greeting")</c> → <c>Voice/intro/greeting.wav</c>.
        /// </summary>
        /// <param name="scriptRelativePath">The script's relative path (<c>/</c> or <c>\</c>).</param>
        /// <param name="lineId">The line id.</param>
        public static string GetOutputPath(string scriptRelativePath, string lineId)
        {
            if (lineId == null)
            {
                throw new ArgumentNullException(nameof(lineId));
            }

            var segments = SplitPath(scriptRelativePath);
            var builder = new StringBuilder(scriptRelativePath.Length + lineId.Length + 8);
            for (int i = 0; i < segments.Count - 1; i++)
            {
                builder.Append(segments[i]).Append('/');
            }

            if (segments.Count > 0)
            {
                builder.Append(GetScriptName(segments[segments.Count - 1])).Append('/');
            }

            return builder.Append(lineId).Append(".wav").ToString();
        }

        /// <summary>
        /// The output path of a line in <paramref name="format"/>: <see cref="GetOutputPath(string, string)"/> with the
        /// format's extension (<c>Voice/intro/greeting.opus</c>).
        /// </summary>
        /// <param name="scriptRelativePath">The script's relative path (<c>/</c> or <c>\</c>).</param>
        /// <param name="lineId">The line id.</param>
        /// <param name="format">The output format.</param>
        public static string GetOutputPath(string scriptRelativePath, string lineId, TtsAudioFormat format)
        {
            string wav = GetOutputPath(scriptRelativePath, lineId);
            return format == TtsAudioFormat.Wav ? wav : wav.Substring(0, wav.Length - 4) + TtsFinishingRules.GetExtension(format);
        }

        /// <summary>The catalog class path of a script: its folders and its name as identifiers; <c>Voice/npc/blacksmith.tts.json</c> → <c>[Voice, Npc, Blacksmith]</c>.</summary>
        /// <param name="scriptRelativePath">The script's relative path (<c>/</c> or <c>\</c>).</param>
        public static IReadOnlyList<string> GetClassPath(string scriptRelativePath)
        {
            var segments = SplitPath(scriptRelativePath);
            var classPath = new string[segments.Count];
            for (int i = 0; i < segments.Count; i++)
            {
                classPath[i] = ToIdentifier(i == segments.Count - 1 ? GetScriptName(segments[i]) : segments[i]);
            }

            return classPath;
        }

        private static List<string> SplitPath(string path)
        {
            if (path == null)
            {
                throw new ArgumentNullException(nameof(path));
            }

            if (TtsScriptPath.LeavesProject(path.Replace('\\', '/')))
            {
                throw new ArgumentException("The script path '" + path + "' leaves the project; check it with TtsScriptPath.Check first (PTTS1104).", nameof(path));
            }

            var segments = new List<string>();
            foreach (var segment in path.Split(PathSeparators))
            {
                if (segment.Length > 0 && segment != ".")
                {
                    segments.Add(segment);
                }
            }

            return segments;
        }
    }
}
