using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using PixazoTts.SourceGenerator.Emit;
using PixazoTts.SourceGenerator.Pipeline;

namespace PixazoTts.SourceGenerator
{
    /// <summary>
    /// Generates the typed <c>TtsAssets</c> catalog of a project's <c>TtsAsset</c> scripts and reports their mistakes
    /// as compiler diagnostics, with the same parser and naming rules as the build task.
    /// </summary>
    /// <remarks>
    /// Stages (each a small equatable model, so the IDE redoes only what an edit touches):
    /// scripts (the additional file + its item metadata) → parsed (Core's parser, per file) → catalog (the cross-file
    /// half of the naming validation, over paths only) → script class (per file: its own class from it) → naming (per
    /// file: its line names against its class) → file class (per file: resolved lines and keys) → one source per file;
    /// and file entries (per file: path and speakers) → catalog shape (scripts + folders) → the root source with
    /// <c>All</c>. A C# edit changes none of these inputs; a script edit re-parses, re-checks and re-emits that script
    /// only, at a cost that grows with that script's lines, not the project's.
    /// </remarks>
    [Generator(LanguageNames.CSharp)]
    public sealed class TtsCatalogGenerator : IIncrementalGenerator
    {
        private const string CatalogInputMetadata = "build_metadata.AdditionalFiles." + TtsCatalogInputs.ItemMetadataName;

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var project = context.AnalyzerConfigOptionsProvider
                .Combine(context.ParseOptionsProvider)
                .Select(static (pair, _) => ReadProject(pair.Left.GlobalOptions, pair.Right))
                .WithTrackingName(TrackingNames.Project);

            context.RegisterPostInitializationOutput(static post =>
            {
                post.AddEmbeddedAttributeDefinition();
            });

            context.RegisterSourceOutput(
                project.Select(static (p, _) => p.NullableAnnotations),
                static (output, nullable) => output.AddSource(CatalogSourceWriter.LineTypeHintName, SourceText.From(CatalogSourceWriter.WriteLineType(nullable), Encoding.UTF8)));

            var scripts = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => ReadScript(pair.Left, pair.Right.GetOptions(pair.Left)))
                .Where(static s => s is not null)
                .Select(static (s, _) => s!)
                .WithTrackingName(TrackingNames.Scripts);

            var parsed = scripts
                .Select(static (source, cancellationToken) => Parse(source, cancellationToken))
                .WithTrackingName(TrackingNames.Parsed);

            context.RegisterSourceOutput(
                parsed.Select(static (p, _) => new EquatableArray<TtsDiagnostic>(p.Result.Diagnostics)),
                static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            // The naming check in two halves, so typing in one script costs that script's lines only. The cross-file half
            // looks at paths alone (which scripts may become classes, what each class holds besides its lines): a text
            // edit, even one that adds a line, leaves its input equal, and it does not run.
            var scriptPaths = parsed
                .Select(static (p, _) => new ScriptPath(p.FilePath, p.RelativePath, p.Result.Script is not null));

            var catalog = scriptPaths
                .Collect()
                .Select(static (all, _) => AnalyzeClasses(all))
                .WithTrackingName(TrackingNames.Catalog);

            context.RegisterSourceOutput(
                catalog.Select(static (c, _) => c.Diagnostics),
                static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            // Each script takes its own class from it: a script added elsewhere re-runs this cheap look-up for every
            // script, but leaves equal the classes it does not touch, so their lines are not checked again.
            var scriptClasses = parsed
                .Combine(catalog)
                .Select(static (pair, _) => new ScriptClass(pair.Left, pair.Right.Find(pair.Left.FilePath)))
                .WithTrackingName(TrackingNames.ScriptClass);

            // The per-script half: this script's line names against its class (PTTS1101, PTTS1103 at lines).
            var named = scriptClasses
                .Select(static (s, _) => CheckNames(s))
                .WithTrackingName(TrackingNames.Naming);

            context.RegisterSourceOutput(
                named.Select(static (n, _) => n.Diagnostics),
                static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            // The cast files, parsed each, then put together (the task takes them in the same path order).
            var castFiles = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => IsCast(pair.Right.GetOptions(pair.Left)) ? new CastSource(pair.Left) : null)
                .Where(static c => c is not null)
                .Select(static (c, cancellationToken) => ParseCast(c!, cancellationToken))
                .WithTrackingName(TrackingNames.CastFiles);

            context.RegisterSourceOutput(
                castFiles.Select(static (c, _) => new EquatableArray<TtsDiagnostic>(c.Diagnostics)),
                static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            var cast = castFiles
                .Collect()
                .Select(static (files, _) => TtsCast.Merge(files))
                .WithTrackingName(TrackingNames.Cast);

            context.RegisterSourceOutput(
                cast.Select(static (c, _) => new EquatableArray<TtsDiagnostic>(c.Diagnostics)),
                static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            // Each script keeps only its own slice of the validation: a change in another script's names (a line
            // added there) leaves this pair equal, so this script's lines are not resolved and hashed again.
            var accepted = named
                .Select(static (n, _) => new Pair<ParsedScript, AcceptedScript?>(n.Script, n.Accepted))
                .WithTrackingName(TrackingNames.Accepted);

            // Each script bound to the cast: a cast edit re-binds every script (cheap: names and lexicon words), but
            // leaves equal the scripts it does not touch, so only the touched ones are resolved, hashed and re-emitted.
            var bound = accepted
                .Combine(cast)
                .Select(static (pair, _) => new BoundScript(
                    pair.Left.Left,
                    pair.Left.Right,
                    pair.Left.Left.Result.Script is { } script ? TtsCastBinder.Bind(pair.Left.Left.FilePath, script, pair.Right) : null))
                .WithTrackingName(TrackingNames.Bound);

            context.RegisterSourceOutput(
                bound.Select(static (b, _) => new EquatableArray<TtsDiagnostic>(b.Binding?.Diagnostics ?? Array.Empty<TtsDiagnostic>())),
                static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            context.RegisterSourceOutput(
                bound
                    .Select(static (b, _) => new EquatableArray<string>(b.Binding?.UsedCastWords ?? Array.Empty<string>()))
                    .CollectArray()
                    .Combine(cast)
                    .Select(static (pair, _) => new EquatableArray<TtsDiagnostic>(
                        TtsCastBinder.FindUnusedCastEntries(pair.Right, pair.Left.Select(w => (IReadOnlyList<string>)w.ToArray())))),
                static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            var fileClasses = bound
                .Combine(project)
                .Select(static (pair, _) => BuildFileClass(pair.Left.Script, pair.Left.Accepted, pair.Left.Binding, pair.Right))
                .WithTrackingName(TrackingNames.FileClass);

            context.RegisterSourceOutput(fileClasses, static (output, file) =>
            {
                if (file is not null)
                {
                    output.AddSource(file.HintName, SourceText.From(CatalogSourceWriter.WriteFileClass(file), Encoding.UTF8));
                }
            });

            // What the root class and the cast list need of each script: its path, class path and speakers. Editing a
            // line's text leaves it equal, so neither is built again.
            var fileEntries = fileClasses
                .Select(static (f, _) => f is null ? null : new CatalogFileEntry(f.RelativePath, f.ClassPath, SpeakersOf(f)))
                .WithTrackingName(TrackingNames.FileEntry);

            // Every script's entry (null where it became no class): what the root class and the cast list are made of.
            var generatedFiles = fileEntries.CollectArray();

            var shape = generatedFiles
                .Combine(project)
                .Select(static (pair, _) => BuildShape(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.AllList);

            context.RegisterSourceOutput(shape, static (output, list) =>
            {
                if (list is not null)
                {
                    output.AddSource(CatalogSourceWriter.RootHintName, SourceText.From(CatalogSourceWriter.WriteRoot(list), Encoding.UTF8));
                }
            });

            // A script named like the cast list (Cast.tts.json, Cast/...) is PTTS1028, and then no list is emitted:
            // two classes TtsAssets.Cast would be a C# error inside generated code.
            var castClashes = scriptPaths
                .CollectArray()
                .Combine(cast)
                .Select(static (pair, _) => new EquatableArray<TtsDiagnostic>(
                    TtsCastBinder.FindCastClassClashes(pair.Right, pair.Left.Where(s => s.Parsed).Select(s => (s.FilePath, s.RelativePath)))));

            context.RegisterSourceOutput(castClashes, static (output, diagnostics) => DiagnosticReporter.Report(output, diagnostics));

            var castList = generatedFiles
                .CombinePair(cast
                    .Combine(castClashes)
                    .Select(static (pair, _) => pair.Left.FileCount == 0 || pair.Right.Count > 0
                        ? (EquatableArray<string>?)null
                        : new EquatableArray<string>(pair.Left.Characters.Select(ch => ch.Name))))
                .Combine(project)
                .Select(static (pair, _) => BuildCastList(pair.Left.Left, pair.Left.Right, pair.Right))
                .WithTrackingName(TrackingNames.CastList);

            context.RegisterSourceOutput(castList, static (output, list) =>
            {
                if (list is not null)
                {
                    output.AddSource(CatalogSourceWriter.CastHintName, SourceText.From(CatalogSourceWriter.WriteCast(list), Encoding.UTF8));
                }
            });
        }

        private static bool IsCast(AnalyzerConfigOptions options) =>
            TtsCatalogInputs.IsCast(Read(options, CatalogInputMetadata));

        private static TtsCastFile ParseCast(CastSource source, CancellationToken cancellationToken)
        {
            var text = source.File.GetText(cancellationToken);
            if (text is null)
            {
                return TtsCastParser.Parse(source.File.Path, Array.Empty<byte>());
            }

            if (text.Encoding is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
            {
                // As for scripts: restore the file's bytes so PTTS1014 is at the byte the task reports.
                byte[] preamble = encoding.GetPreamble();
                byte[] content = encoding.GetBytes(text.ToString());
                byte[] bytes = new byte[preamble.Length + content.Length];
                Buffer.BlockCopy(preamble, 0, bytes, 0, preamble.Length);
                Buffer.BlockCopy(content, 0, bytes, preamble.Length, content.Length);
                return TtsCastParser.Parse(source.File.Path, bytes);
            }

            return TtsCastParser.Parse(source.File.Path, text.ToString());
        }

        private static CatalogCastList? BuildCastList(EquatableArray<CatalogFileEntry?> files, EquatableArray<string>? characters, ProjectSettings project)
        {
            if (characters is not { } names)
            {
                return null;
            }

            var members = names.ToDictionary(n => n, _ => new List<string>(), StringComparer.Ordinal);
            foreach (var file in files.Where(f => f is not null).Select(f => f!).OrderBy(f => f.RelativePath, StringComparer.Ordinal))
            {
                string table = file.TableClass + ".Lines[";
                foreach (var line in file.Speakers)
                {
                    if (members.TryGetValue(line.Speaker, out var list))
                    {
                        list.Add(table + line.Index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]");
                    }
                }
            }

            return new CatalogCastList(
                project.RootNamespace,
                project.NullableAnnotations,
                new EquatableArray<CatalogCharacter>(names.Select(n => new CatalogCharacter(n, TtsNaming.ToIdentifier(n), new EquatableArray<string>(members[n])))));
        }

        private static EquatableArray<CatalogSpeakerLine> SpeakersOf(CatalogFileClass file)
        {
            var speakers = new List<CatalogSpeakerLine>();
            for (int i = 0; i < file.Lines.Count; i++)
            {
                if (file.Lines[i].Speaker is { } speaker)
                {
                    speakers.Add(new CatalogSpeakerLine(i, speaker));
                }
            }

            return speakers.Count == 0 ? EquatableArray<CatalogSpeakerLine>.Empty : new EquatableArray<CatalogSpeakerLine>(speakers);
        }

        private static ProjectSettings ReadProject(AnalyzerConfigOptions options, ParseOptions parseOptions)
        {
            string rootNamespace = NamespaceOf(Read(options, "build_property.RootNamespace"));
            TtsCatalogInputs.TryDecodeDefaults(Read(options, "build_property." + TtsCatalogInputs.DefaultsPropertyName), out var defaults, out string? audioFormat);
            bool nullable = parseOptions is CSharpParseOptions csharp && csharp.LanguageVersion >= LanguageVersion.CSharp8;
            return new ProjectSettings(rootNamespace, defaults, nullable) { AudioFormat = audioFormat };
        }

        private static ScriptSource? ReadScript(AdditionalText file, AnalyzerConfigOptions options)
        {
            // Only the targets' items carry the value (other AdditionalFiles, and anything damaged, are not scripts).
            if (!TtsCatalogInputs.TryDecodeScript(Read(options, CatalogInputMetadata), out string relativePath, out var itemDefaults, out string? audioFormat))
            {
                return null;
            }

            return new ScriptSource(file, relativePath.Replace('\\', '/'), itemDefaults) { ItemAudioFormat = audioFormat };
        }

        private static ParsedScript Parse(ScriptSource source, CancellationToken cancellationToken)
        {
            // The task refuses a script whose path leaves the project before reading it; so does the catalog.
            if (TtsScriptPath.Check(source.File.Path, source.RelativePath) is { } outside)
            {
                return new ParsedScript(source.File.Path, source.RelativePath, source.ItemDefaults, new TtsScriptParseResult(null, new[] { outside }))
                {
                    ItemAudioFormat = source.ItemAudioFormat,
                };
            }

            var text = source.File.GetText(cancellationToken);
            TtsScriptParseResult result;
            if (text is null)
            {
                // The compiler could not read the file: the task reports the same file as PTTS2008 with the IO error.
                result = TtsScriptParser.Parse(source.File.Path, Array.Empty<byte>());
            }
            else if (text.Encoding is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
            {
                // The compiler decodes a file that is not valid UTF-8 with a fallback code page (or a UTF-16/32 BOM
                // chose another encoding). Re-encoding restores the file's bytes, and Core reports PTTS1014 at the
                // same byte as the task, which reads the file from disk.
                byte[] preamble = encoding.GetPreamble();
                byte[] content = encoding.GetBytes(text.ToString());
                byte[] bytes = new byte[preamble.Length + content.Length];
                Buffer.BlockCopy(preamble, 0, bytes, 0, preamble.Length);
                Buffer.BlockCopy(content, 0, bytes, preamble.Length, content.Length);
                result = TtsScriptParser.Parse(source.File.Path, bytes);
            }
            else
            {
                result = TtsScriptParser.Parse(source.File.Path, text.ToString());
            }

            return new ParsedScript(source.File.Path, source.RelativePath, source.ItemDefaults, result) { ItemAudioFormat = source.ItemAudioFormat };
        }

        private static CatalogClasses AnalyzeClasses(ImmutableArray<ScriptPath> scripts)
        {
            // Exactly the files the task validates (every script that could be read, errors or not), so both report
            // the same PTTS1101-1103. Only paths matter here: the lines are checked per script (CheckNames).
            var files = scripts
                .Where(s => s.Parsed)
                .Select(s => new TtsCatalogFile(s.FilePath, s.RelativePath, Array.Empty<TtsScriptLine>()))
                .ToList();
            var classes = TtsCatalogValidator.AnalyzeClasses(files);
            return new CatalogClasses(classes);
        }

        private static NamedScript CheckNames(ScriptClass script)
        {
            // A script with errors keeps its valid lines (Core returns only those): while a line is being typed, the
            // rest of its class stays in the IDE instead of breaking every use of it.
            if (script.Class is null || script.Script.Result.Script is null)
            {
                return new NamedScript(script.Script, null, EquatableArray<TtsDiagnostic>.Empty);
            }

            var diagnostics = new List<TtsDiagnostic>();
            var lines = TtsCatalogValidator.CheckLines(script.Class, script.Script.Result.Script.Lines, diagnostics);
            return new NamedScript(
                script.Script,
                new AcceptedScript(script.Script.FilePath, new EquatableArray<string>(lines.Select(l => l.Id))),
                diagnostics.Count == 0 ? EquatableArray<TtsDiagnostic>.Empty : new EquatableArray<TtsDiagnostic>(diagnostics));
        }

        private static CatalogFileClass? BuildFileClass(ParsedScript script, AcceptedScript? accepted, TtsScriptBinding? binding, ProjectSettings project)
        {
            if (accepted is null || script.Result.Script is null)
            {
                return null;
            }

            var ids = new HashSet<string>(accepted.LineIds, StringComparer.Ordinal);
            var format = TtsFinishingRules.ResolveFormat(script.Result.Script.Finishing.Format, script.ItemAudioFormat, project.AudioFormat);
            var lines = new List<CatalogLine>(ids.Count);
            for (int i = 0; i < script.Result.Script.Lines.Count; i++)
            {
                var line = script.Result.Script.Lines[i];
                if (!ids.Contains(line.Id))
                {
                    continue;
                }

                var lineBinding = binding?.Lines[i] ?? TtsLineBinding.Unbound(line);
                var resolved = TtsLineResolver.Resolve(script.Result.Script, line, lineBinding, script.ItemDefaults, project.Defaults);
                lines.Add(new CatalogLine(
                    TtsNaming.ToIdentifier(line.Id),
                    line.Id,
                    TtsNaming.GetOutputPath(script.RelativePath, line.Id, format),
                    line.Text,
                    lineBinding.Speaker,
                    resolved.Utterance,
                    resolved.Utterance.ComputeKey(TtsModels.Gateway)));
            }

            return new CatalogFileClass(
                project.RootNamespace,
                project.NullableAnnotations,
                script.RelativePath,
                new EquatableArray<string>(TtsNaming.GetClassPath(script.RelativePath)),
                new EquatableArray<CatalogLine>(lines));
        }

        private static CatalogMemberList? BuildShape(EquatableArray<CatalogFileEntry?> files, ProjectSettings project)
        {
            if (files.Count == 0)
            {
                return null;
            }

            var generated = files.Where(f => f is not null).Select(f => f!).OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
            var folders = new SortedDictionary<string, CatalogFolder>(StringComparer.Ordinal);
            foreach (var file in generated)
            {
                string[] segments = file.RelativePath.Split('/');
                for (int depth = 1; depth < file.ClassPath.Count; depth++)
                {
                    var path = new EquatableArray<string>(file.ClassPath.Take(depth));
                    string key = string.Join(".", path);
                    if (!folders.ContainsKey(key))
                    {
                        folders.Add(key, new CatalogFolder(path, string.Join("/", segments.Take(depth)) + "/"));
                    }
                }
            }

            // Sorted by class path with '.' ordering before letters, so parents come right before their children.
            var ordered = folders.Values.OrderBy(f => f.ClassPath, ClassPathComparer.Instance).ToList();

            // The speakers are the cast list's business: leaving them out keeps the root equal when they change.
            var entries = generated.Select(f => f.Speakers.Count == 0 ? f : new CatalogFileEntry(f.RelativePath, f.ClassPath, EquatableArray<CatalogSpeakerLine>.Empty));
            return new CatalogMemberList(project.RootNamespace, project.NullableAnnotations, new EquatableArray<CatalogFileEntry>(entries), new EquatableArray<CatalogFolder>(ordered));
        }

        private static string? Read(AnalyzerConfigOptions options, string name) =>
            options.TryGetValue(name, out string? value) && !string.IsNullOrWhiteSpace(value) ? value : null;

        private static string NamespaceOf(string? rootNamespace)
        {
            if (rootNamespace is null)
            {
                return string.Empty;
            }

            // RootNamespace is normally a valid namespace already; a hand-set odd one must not break the build.
            var parts = rootNamespace.Split('.').Select(p => SyntaxFacts.IsValidIdentifier(p) && SyntaxFacts.GetKeywordKind(p) == SyntaxKind.None ? p : TtsNaming.ToIdentifier(p));
            return string.Join(".", parts);
        }

        /// <summary>Orders class paths segment by segment, so every folder directly precedes its subfolders.</summary>
        private sealed class ClassPathComparer : IComparer<EquatableArray<string>>
        {
            public static readonly ClassPathComparer Instance = new ClassPathComparer();

            public int Compare(EquatableArray<string> x, EquatableArray<string> y)
            {
                for (int i = 0; i < Math.Min(x.Count, y.Count); i++)
                {
                    int order = string.CompareOrdinal(x[i], y[i]);
                    if (order != 0)
                    {
                        return order;
                    }
                }

                return x.Count.CompareTo(y.Count);
            }
        }
    }
}
