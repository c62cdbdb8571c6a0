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

            var diagnostics = new List<TtsDiagnostic>();
            var sorted = files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();

            // Pass 1: files. A class path that C# would refuse, or that an earlier file already makes, excludes the file.
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
            var nestedClasses = new Dictionary<string, Dictionary<string, TtsCatalogFile>>(StringComparer.Ordinal);
            foreach (var file in accepted)
            {
                for (int depth = 0; depth < file.ClassPath.Count; depth++)
                {
                    string parent = QualifiedName(file.ClassPath, depth);
                    if (!nestedClasses.TryGetValue(parent, out var children))
                    {
                        children = new Dictionary<string, TtsCatalogFile>(StringComparer.Ordinal);
                        nestedClasses.Add(parent, children);
                    }

                    if (!children.ContainsKey(file.ClassPath[depth]))
                    {
                        children.Add(file.ClassPath[depth], file);
                    }
                }
            }

            // Pass 2: lines of the accepted files.
            var result = new List<TtsCatalogFile>(accepted.Count);
            foreach (var file in accepted)
            {
                string className = QualifiedName(file.ClassPath, file.ClassPath.Count);
                string shortName = file.ClassPath[file.ClassPath.Count - 1];
                nestedClasses.TryGetValue(className, out var nested);
                var byIdentifier = new Dictionary<string, string>(StringComparer.Ordinal);
                var byOutputName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                var lines = new List<TtsScriptLine>(file.Lines.Count);

                foreach (var line in file.Lines)
                {
                    string identifier = TtsNaming.ToIdentifier(line.Id);
                    TtsDiagnostic? problem = null;
                    if (string.Equals(identifier, shortName, StringComparison.Ordinal))
                    {
                        problem = new TtsDiagnostic(
                            TtsDiagnosticDescriptors.IdentifierClash, file.FilePath, line.IdSpan, line.Id, identifier,
                            "its own class " + className + " (C# forbids a member named like its class)");
                    }
                    else if (nested != null && nested.TryGetValue(identifier, out var folderFile))
                    {
                        problem = new TtsDiagnostic(
                            TtsDiagnosticDescriptors.IdentifierClash, file.FilePath, line.IdSpan, line.Id, identifier,
                            "the class " + className + "." + identifier + " made by '" + folderFile.RelativePath + "'");
                    }
                    else if (byIdentifier.TryGetValue(identifier, out var earlier))
                    {
                        problem = new TtsDiagnostic(
                            TtsDiagnosticDescriptors.DuplicateIdentifier, file.FilePath, line.IdSpan, line.Id, earlier,
                            "both become the C# identifier '" + identifier + "'");
                    }
                    else if (byOutputName.TryGetValue(line.Id, out earlier))
                    {
                        problem = new TtsDiagnostic(
                            TtsDiagnosticDescriptors.DuplicateIdentifier, file.FilePath, line.IdSpan, line.Id, earlier,
                            "their WAV file names differ only in letter case, which is one file on Windows and macOS");
                    }

                    if (problem != null)
                    {
                        diagnostics.Add(problem);
                        continue;
                    }

                    byIdentifier.Add(identifier, line.Id);
                    byOutputName.Add(line.Id, line.Id);
                    lines.Add(line);
                }

                result.Add(lines.Count == file.Lines.Count ? file : new TtsCatalogFile(file.FilePath, file.RelativePath, lines));
            }

            return new TtsCatalogValidationResult(diagnostics, result);
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
