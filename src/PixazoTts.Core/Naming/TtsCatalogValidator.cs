using System;
using System.Collections.Generic;
using System.Linq;

namespace PixazoTts
{
    /// <summary>
    /// Finds every way two generated catalog names can clash (PTTS1101-1103) before C# would, so the task and the
    /// generator agree on what is valid and the generator never emits code that does not compile.
    /// </summary>
    /// <remarks>
    /// The catalog is <c>TtsAssets</c> (with the list <c>All</c>) holding one nested class per folder and per file.
    /// A folder class and a file class of the same name are one partial class (<c>npc.tts.json</c> beside
    /// <c>npc/</c>), which is fine; everything else that reuses a name in one scope is not:
    /// <list type="bullet">
    /// <item>two line ids of a file with one identifier (<c>price-high</c>, <c>price_high</c>), or with WAV names
    /// that differ only in case (<c>ab</c>, <c>AB</c>: one file on Windows and macOS) — PTTS1101 at the later line;</item>
    /// <item>two files with one class path (<c>a-b.tts.json</c>, <c>a_b.tts.json</c>, or paths that differ only in
    /// case) — PTTS1102 at the later file;</item>
    /// <item>a line named like its class (C# CS0542), a line named like a nested class of its merged class (CS0102),
    /// a class named like its enclosing class (<c>Voice/voice.tts.json</c>, CS0542), a top-level class named
    /// <c>TtsAssets</c> or <c>All</c> — PTTS1103.</item>
    /// </list>
    /// "Later" means: files in ordinal order of their relative paths, lines in file order.
    /// </remarks>
    public static class TtsCatalogValidator
    {
        private const string RootClass = "TtsAssets";
        private const string AllMember = "All";

        /// <summary>The naming diagnostics of a whole catalog.</summary>
        /// <param name="files">Every script of the project.</param>
        public static IReadOnlyList<TtsDiagnostic> Validate(IReadOnlyList<TtsCatalogFile> files) => Analyze(files).Diagnostics;

        /// <summary>The naming diagnostics of a whole catalog and the files and lines that may be generated.</summary>
        /// <param name="files">Every script of the project.</param>
        public static TtsCatalogValidationResult Analyze(IReadOnlyList<TtsCatalogFile> files)
        {
            if (files == null)
            {
                throw new ArgumentNullException(nameof(files));
            }

            var classes = AnalyzeClasses(files);
            var diagnostics = new List<TtsDiagnostic>(classes.Diagnostics);
            var byPath = new Dictionary<string, TtsCatalogFile>(StringComparer.Ordinal);
            foreach (var file in files)
            {
                if (!byPath.ContainsKey(file.FilePath))
                {
                    byPath.Add(file.FilePath, file);
                }
            }

            var result = new List<TtsCatalogFile>(classes.Classes.Count);
            foreach (var catalogClass in classes.Classes)
            {
                var file = byPath[catalogClass.FilePath];
                var lines = CheckLines(catalogClass, file.Lines, diagnostics);
                result.Add(lines.Count == file.Lines.Count ? file : new TtsCatalogFile(file.FilePath, file.RelativePath, lines));
            }

            return new TtsCatalogValidationResult(diagnostics, result);
        }

        /// <summary>
        /// The first half of <see cref="Analyze"/>, which looks at paths only: which files may become classes
        /// (PTTS1102-1103 at the others) and, per class, the nested classes other files make inside it. A line's
        /// check needs nothing else from other files, so an editor can check one script's lines against this
        /// without looking at any other script's lines (<see cref="CheckLines"/>).
        /// </summary>
        /// <param name="files">Every script of the project; their lines are not looked at.</param>
        public static TtsCatalogClasses AnalyzeClasses(IReadOnlyList<TtsCatalogFile> files)
        {
            if (files == null)
            {
                throw new ArgumentNullException(nameof(files));
            }

            var diagnostics = new List<TtsDiagnostic>();
            var sorted = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();

            // A class path that C# would refuse, or that an earlier file already makes, excludes the file.
            var accepted = new List<TtsCatalogFile>();
            var classOwners = new Dictionary<string, TtsCatalogFile>(StringComparer.OrdinalIgnoreCase);
            foreach (var file in sorted)
            {
                string className = QualifiedName(file.ClassPath, file.ClassPath.Count);
                string? classClash = DescribeClassClash(file.ClassPath);
                if (classClash != null)
                {
                    diagnostics.Add(new TtsDiagnostic(
                        TtsDiagnosticDescriptors.IdentifierClash, file.FilePath, TtsSourceSpan.FileStart, file.RelativePath, className, classClash));
                    continue;
                }

                if (classOwners.TryGetValue(className, out var owner))
                {
                    diagnostics.Add(new TtsDiagnostic(
                        TtsDiagnosticDescriptors.DuplicateClassPath, file.FilePath, TtsSourceSpan.FileStart, file.RelativePath, className, owner.RelativePath));
                    continue;
                }

                classOwners.Add(className, file);
                accepted.Add(file);
            }

            // The nested classes of every class, with the file that first makes each (for the message).
            var nestedClasses = new Dictionary<string, SortedDictionary<string, string>>(StringComparer.Ordinal);
            foreach (var file in accepted)
            {
                for (int depth = 0; depth < file.ClassPath.Count; depth++)
                {
                    string parent = QualifiedName(file.ClassPath, depth);
                    if (!nestedClasses.TryGetValue(parent, out var children))
                    {
                        children = new SortedDictionary<string, string>(StringComparer.Ordinal);
                        nestedClasses.Add(parent, children);
                    }

                    if (!children.ContainsKey(file.ClassPath[depth]))
                    {
                        children.Add(file.ClassPath[depth], file.RelativePath);
                    }
                }
            }

            var classes = new List<TtsCatalogClass>(accepted.Count);
            foreach (var file in accepted)
            {
                nestedClasses.TryGetValue(QualifiedName(file.ClassPath, file.ClassPath.Count), out var nested);
                classes.Add(new TtsCatalogClass(
                    file.FilePath,
                    file.RelativePath,
                    file.ClassPath,
                    nested == null ? (IReadOnlyList<KeyValuePair<string, string>>)Array.Empty<KeyValuePair<string, string>>() : nested.ToList()));
            }

            return new TtsCatalogClasses(diagnostics, classes);
        }

        /// <summary>
        /// The second half of <see cref="Analyze"/>, for one file: which of its lines may become members (PTTS1101 and
        /// PTTS1103 at the others). Costs only this file's lines.
        /// </summary>
        /// <param name="catalogClass">The file's class, from <see cref="AnalyzeClasses"/>.</param>
        /// <param name="lines">The file's valid lines, in file order.</param>
        /// <param name="diagnostics">Receives the diagnostics, in line order.</param>
        /// <returns>The lines that may be generated, in file order.</returns>
        public static IReadOnlyList<TtsScriptLine> CheckLines(TtsCatalogClass catalogClass, IReadOnlyList<TtsScriptLine> lines, ICollection<TtsDiagnostic> diagnostics)
        {
            if (catalogClass == null)
            {
                throw new ArgumentNullException(nameof(catalogClass));
            }

            if (lines == null)
            {
                throw new ArgumentNullException(nameof(lines));
            }

            if (diagnostics == null)
            {
                throw new ArgumentNullException(nameof(diagnostics));
            }

            var classPath = catalogClass.ClassPath;
            string className = QualifiedName(classPath, classPath.Count);
            string shortName = classPath[classPath.Count - 1];
            var byIdentifier = new Dictionary<string, string>(StringComparer.Ordinal);
            var byOutputName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            var result = new List<TtsScriptLine>(lines.Count);

            foreach (var line in lines)
            {
                string identifier = TtsNaming.ToIdentifier(line.Id);
                TtsDiagnostic? problem = null;
                if (string.Equals(identifier, shortName, StringComparison.Ordinal))
                {
                    problem = new TtsDiagnostic(
                        TtsDiagnosticDescriptors.IdentifierClash, catalogClass.FilePath, line.IdSpan, line.Id, identifier,
                        "its own class " + className + " (C# forbids a member named like its class)");
                }
                else if (catalogClass.FindNestedClass(identifier) is { } folderFile)
                {
                    problem = new TtsDiagnostic(
                        TtsDiagnosticDescriptors.IdentifierClash, catalogClass.FilePath, line.IdSpan, line.Id, identifier,
                        "the class " + className + "." + identifier + " made by '" + folderFile + "'");
                }
                else if (byIdentifier.TryGetValue(identifier, out var earlier))
                {
                    problem = new TtsDiagnostic(
                        TtsDiagnosticDescriptors.DuplicateIdentifier, catalogClass.FilePath, line.IdSpan, line.Id, earlier,
                        "both become the C# identifier '" + identifier + "'");
                }
                else if (byOutputName.TryGetValue(line.Id, out earlier))
                {
                    problem = new TtsDiagnostic(
                        TtsDiagnosticDescriptors.DuplicateIdentifier, catalogClass.FilePath, line.IdSpan, line.Id, earlier,
                        "their WAV file names differ only in letter case, which is one file on Windows and macOS");
                }

                if (problem != null)
                {
                    diagnostics.Add(problem);
                    continue;
                }

                byIdentifier.Add(identifier, line.Id);
                byOutputName.Add(line.Id, line.Id);
                result.Add(line);
            }

            return result;
        }

        /// <summary>Why a class path cannot compile, or null when it can.</summary>
        private static string? DescribeClassClash(IReadOnlyList<string> classPath)
        {
            if (classPath.Count == 0)
            {
                return "the catalog class " + RootClass + " itself (the path names no file)";
            }

            if (string.Equals(classPath[0], RootClass, StringComparison.Ordinal))
            {
                return "its enclosing class " + RootClass + " (C# forbids a nested class named like its class)";
            }

            if (string.Equals(classPath[0], AllMember, StringComparison.Ordinal))
            {
                return "the list " + RootClass + "." + AllMember + " of every line";
            }

            for (int i = 1; i < classPath.Count; i++)
            {
                if (string.Equals(classPath[i], classPath[i - 1], StringComparison.Ordinal))
                {
                    return "its enclosing class " + QualifiedName(classPath, i) + " (C# forbids a nested class named like its class)";
                }
            }

            return null;
        }

        private static string QualifiedName(IReadOnlyList<string> classPath, int count)
        {
            var parts = new string[count + 1];
            parts[0] = RootClass;
            for (int i = 0; i < count; i++)
            {
                parts[i + 1] = classPath[i];
            }

            return string.Join(".", parts);
        }
    }
}
