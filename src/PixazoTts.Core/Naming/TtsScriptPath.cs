using System;

namespace PixazoTts
{
    /// <summary>
    /// The rule for a script's relative path (its <c>Link</c>, else its path relative to the project): it names the
    /// script's output folder and catalog class, so it must stay inside the project. The task and the generator both
    /// check it here before anything is named from the path, so the IDE never offers a class that the build refuses.
    /// </summary>
    public static class TtsScriptPath
    {
        /// <summary>
        /// Null when <paramref name="relativePath"/> is usable; otherwise PTTS1104 at <paramref name="filePath"/>: the
        /// path is empty, absolute (<c>/x</c>, <c>C:/x</c>, <c>\\server\x</c>) or has a <c>..</c> segment (MSBuild
        /// makes such a relative path for a file outside the project folder).
        /// </summary>
        /// <param name="filePath">The script's full path (where the diagnostic points).</param>
        /// <param name="relativePath">The relative path, <c>/</c> or <c>\</c> separated.</param>
        public static TtsDiagnostic? Check(string filePath, string relativePath)
        {
            if (relativePath == null)
            {
                throw new ArgumentNullException(nameof(relativePath));
            }

            string normalized = relativePath.Replace('\\', '/');
            if (!LeavesProject(normalized))
            {
                return null;
            }

            int slash = normalized.LastIndexOf('/');
            string fileName = slash >= 0 ? normalized.Substring(slash + 1) : normalized;
            string suggestion = "Voice/" + (fileName.Length == 0 || fileName == ".." ? "script.tts.json" : fileName);
            return new TtsDiagnostic(TtsDiagnosticDescriptors.ScriptOutsideProject, filePath, null, relativePath, suggestion);
        }

        /// <summary>True for a path that does not name a file inside the project folder.</summary>
        /// <param name="normalized">A <c>/</c>-separated path.</param>
        internal static bool LeavesProject(string normalized)
        {
            if (normalized.Trim().Length == 0 || normalized[0] == '/' || (normalized.Length >= 2 && normalized[1] == ':'))
            {
                return true;
            }

            foreach (string segment in normalized.Split('/'))
            {
                if (segment == "..")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
