using System.Collections.Generic;
using System.Text;
using PixazoTts.SourceGenerator.Pipeline;

namespace PixazoTts.SourceGenerator.Emit
{
    /// <summary>
    /// Writes the catalog's C#: one source per script (its class, nested in partial folder classes), one for the
    /// root class with <c>All</c> and the documented folder classes, and the <c>PixazoTts.TtsLine</c> type.
    /// </summary>
    /// <remarks>
    /// The code is C# 7.3 so any project can compile it; <c>#nullable</c> and <c>?</c> are written only where the
    /// project's language version has them. Every name is <c>global::</c>-qualified so a user's types never capture
    /// one. Members named like <see cref="object"/>'s (<c>Equals</c>, <c>ToString</c>...) get <c>new</c>, which the
    /// compiler would otherwise warn about (CS0108).
    /// </remarks>
    internal static class CatalogSourceWriter
    {
        public const string LineTypeHintName = "PixazoTts.TtsLine.g.cs";

        public const string RootHintName = "TtsAssets.g.cs";

        public const string CastHintName = "TtsAssets.Cast.g.cs";

        private const string GeneratedCode = "[global::System.CodeDom.Compiler.GeneratedCode(\"PixazoTts.SourceGenerator\", \"1.0.0\")]";

        private const string Embedded = "[global::Microsoft.CodeAnalysis.EmbeddedAttribute]";

        private static readonly HashSet<string> ObjectMemberNames = new HashSet<string>
        {
            "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
        };

        /// <summary>
        /// <c>PixazoTts.TtsLine</c>: internal and marked embedded, so two projects that reference each other (even with
        /// InternalsVisibleTo) each have their own and never see the other's.
        /// </summary>
        public static string WriteLineType(bool nullable)
        {
            string q = nullable ? "?" : string.Empty;
            var w = new SourceBuilder();
            w.Header(nullable);
            w.Line("namespace PixazoTts");
            w.Open();
            w.Line("/// <summary>One voice line of a <c>.tts.json</c> script: what it says, how, and where its WAV file is.</summary>");
            w.Line(Embedded);
            w.Line(GeneratedCode);
            w.Line("internal sealed class TtsLine");
            w.Open();
            w.Line("/// <summary>Creates a line; the generated <c>TtsAssets</c> catalog makes one per line of every script.</summary>");
            w.Line("/// <param name=\"id\">The line's id in its script.</param>");
            w.Line("/// <param name=\"path\">The WAV's path relative to the output folder, <c>/</c>-separated.</param>");
            w.Line("/// <param name=\"text\">The text spoken.</param>");
            w.Line("/// <param name=\"voice\">The voice, or null for the gateway's default.</param>");
            w.Line("/// <param name=\"prompt\">The style prompt, or null.</param>");
            w.Line("/// <param name=\"languageCode\">The BCP-47 language hint, or null.</param>");
            w.Line("/// <param name=\"key\">The line's cache key with the gateway's model.</param>");
            w.Line("public TtsLine(string id, string path, string text, string" + q + " voice, string" + q + " prompt, string" + q + " languageCode, string key)");
            w.Line("    : this(id, path, text, voice, prompt, languageCode, key, null, text, 1)");
            w.Open();
            w.Close();
            w.Blank();
            w.Line("/// <summary>Creates a line with its speaker, spoken text and take; the generated <c>TtsAssets</c> catalog makes one per line of every script.</summary>");
            w.Line("/// <param name=\"id\">The line's id in its script.</param>");
            w.Line("/// <param name=\"path\">The WAV's path relative to the output folder, <c>/</c>-separated.</param>");
            w.Line("/// <param name=\"text\">The text as written.</param>");
            w.Line("/// <param name=\"voice\">The voice, or null for the gateway's default.</param>");
            w.Line("/// <param name=\"prompt\">The style prompt, or null.</param>");
            w.Line("/// <param name=\"languageCode\">The BCP-47 language hint, or null.</param>");
            w.Line("/// <param name=\"key\">The line's cache key with the gateway's model.</param>");
            w.Line("/// <param name=\"speaker\">The cast character who speaks the line, or null.</param>");
            w.Line("/// <param name=\"spokenText\">The text after the lexicon: what the voice is given.</param>");
            w.Line("/// <param name=\"take\">The take, 1 or more.</param>");
            w.Line("public TtsLine(string id, string path, string text, string" + q + " voice, string" + q + " prompt, string" + q + " languageCode, string key, string" + q + " speaker, string spokenText, int take)");
            w.Open();
            w.Line("Id = id;");
            w.Line("Path = path;");
            w.Line("Text = text;");
            w.Line("Voice = voice;");
            w.Line("Prompt = prompt;");
            w.Line("LanguageCode = languageCode;");
            w.Line("Key = key;");
            w.Line("Speaker = speaker;");
            w.Line("SpokenText = spokenText;");
            w.Line("Take = take;");
            w.Close();
            w.Blank();
            w.Line("/// <summary>The line's id in its script (<c>\"price-high\"</c>).</summary>");
            w.Line("public string Id { get; }");
            w.Blank();
            w.Line("/// <summary>The WAV's path relative to the output folder, <c>/</c>-separated (<c>\"Voice/npc/blacksmith/price-high.wav\"</c>).</summary>");
            w.Line("public string Path { get; }");
            w.Blank();
            w.Line("/// <summary>The text spoken, exactly as written (audio tags such as <c>[whispers]</c> included).</summary>");
            w.Line("public string Text { get; }");
            w.Blank();
            w.Line("/// <summary>The voice after defaults, or null when none is set (the gateway's default).</summary>");
            w.Line("public string" + q + " Voice { get; }");
            w.Blank();
            w.Line("/// <summary>The style prompt after defaults, or null.</summary>");
            w.Line("public string" + q + " Prompt { get; }");
            w.Blank();
            w.Line("/// <summary>The language code after defaults, or null.</summary>");
            w.Line("public string" + q + " LanguageCode { get; }");
            w.Blank();
            w.Line("/// <summary>The cache key (SHA-256, lowercase hex) of the line with the gateway's model, <c>gemini-flash-tts</c>.</summary>");
            w.Line("public string Key { get; }");
            w.Blank();
            w.Line("/// <summary>The cast character who speaks the line (the line's <c>speaker</c>, else its script's), or null where none.</summary>");
            w.Line("public string" + q + " Speaker { get; }");
            w.Blank();
            w.Line("/// <summary>The text after the pronunciation lexicon: what the voice is given and the key hashes (equal to <see cref=\"Text\"/> when no entry applies).</summary>");
            w.Line("public string SpokenText { get; }");
            w.Blank();
            w.Line("/// <summary>The take: 1 unless the script asks for another reading of the same words.</summary>");
            w.Line("public int Take { get; }");
            w.Blank();
            w.Line("/// <summary>The WAV's relative path.</summary>");
            w.Line("public override string ToString() => Path;");
            w.Close();
            w.Close();
            return w.ToString();
        }

        /// <summary>One script's class with a <c>TtsLine</c> field per line, inside its (undocumented) folder class parts.</summary>
        public static string WriteFileClass(CatalogFileClass file)
        {
            var w = new SourceBuilder();
            w.Header(file.NullableAnnotations);
            w.OpenNamespace(file.RootNamespace);
            w.Line("internal static partial class TtsAssets");
            w.Open();
            int depth = file.ClassPath.Count;
            for (int i = 0; i < depth - 1; i++)
            {
                w.Line(ClassDeclaration(file.ClassPath[i]));
                w.Open();
            }

            w.Line("/// <summary>The voice lines of <c>" + CSharpText.Documentation(file.RelativePath) + "</c>.</summary>");
            w.Line(ClassDeclaration(file.ClassPath[depth - 1]));
            w.Open();
            bool first = true;
            foreach (var line in file.Lines)
            {
                if (!first)
                {
                    w.Blank();
                }

                first = false;
                WriteLineMember(w, file, line);
            }

            w.Close();
            for (int i = 0; i < depth - 1; i++)
            {
                w.Close();
            }

            w.Close();
            w.CloseNamespace(file.RootNamespace);
            return w.ToString();
        }

        /// <summary>The root class: its documentation, <c>All</c>, and every folder class with its documentation.</summary>
        public static string WriteRoot(CatalogMemberList catalog)
        {
            var w = new SourceBuilder();
            w.Header(catalog.NullableAnnotations);
            w.OpenNamespace(catalog.RootNamespace);
            w.Line("/// <summary>");
            w.Line("/// The voice lines of this project's <c>TtsAsset</c> scripts: one nested class per folder and per script,");
            w.Line("/// one <see cref=\"global::PixazoTts.TtsLine\"/> per line. Generated by PixazoTts.Build from the <c>.tts.json</c> files.");
            w.Line("/// </summary>");
            w.Line(Embedded);
            w.Line(GeneratedCode);
            w.Line("internal static partial class TtsAssets");
            w.Open();
            w.Line("/// <summary>Every line of every script, scripts in path order, lines in file order.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::PixazoTts.TtsLine> All { get; } = global::System.Array.AsReadOnly(new global::PixazoTts.TtsLine[]");
            w.Line("{");
            w.Indent++;
            string root = string.IsNullOrEmpty(catalog.RootNamespace) ? "global::TtsAssets." : "global::" + catalog.RootNamespace + ".TtsAssets.";
            foreach (string member in catalog.Members)
            {
                w.Line(root + member + ",");
            }

            w.Indent--;
            w.Line("});");
            WriteFolders(w, catalog.Folders, 0, catalog.Folders.Count, 0);
            w.Close();
            w.CloseNamespace(catalog.RootNamespace);
            return w.ToString();
        }

        /// <summary><c>TtsAssets.Cast</c>: per character of the cast, the list of the lines it speaks.</summary>
        public static string WriteCast(CatalogCastList cast)
        {
            var w = new SourceBuilder();
            w.Header(cast.NullableAnnotations);
            w.OpenNamespace(cast.RootNamespace);
            w.Line("internal static partial class TtsAssets");
            w.Open();
            w.Line("/// <summary>The characters of the project's <c>TtsCast</c> files, each with the lines it speaks (scripts in path order, lines in file order).</summary>");
            w.Line(ClassDeclaration("Cast"));
            w.Open();
            string root = string.IsNullOrEmpty(cast.RootNamespace) ? "global::TtsAssets." : "global::" + cast.RootNamespace + ".TtsAssets.";
            bool first = true;
            foreach (var character in cast.Characters)
            {
                if (!first)
                {
                    w.Blank();
                }

                first = false;
                string modifiers = ObjectMemberNames.Contains(character.Identifier) ? "public static new " : "public static ";
                w.Line("/// <summary>The lines of <c>" + CSharpText.Documentation(character.Name) + "</c>.</summary>");
                w.Line(modifiers + "global::System.Collections.Generic.IReadOnlyList<global::PixazoTts.TtsLine> " + character.Identifier + " { get; } = global::System.Array.AsReadOnly(new global::PixazoTts.TtsLine[]");
                w.Line("{");
                w.Indent++;
                foreach (string member in character.Members)
                {
                    w.Line(root + member + ",");
                }

                w.Indent--;
                w.Line("});");
            }

            w.Close();
            w.Close();
            w.CloseNamespace(cast.RootNamespace);
            return w.ToString();
        }

        private static int WriteFolders(SourceBuilder w, EquatableArray<CatalogFolder> folders, int index, int end, int depth)
        {
            // Folders come parents first, in path order, so a folder's children directly follow it.
            bool first = true;
            while (index < end && folders[index].ClassPath.Count == depth + 1)
            {
                var folder = folders[index];
                if (depth == 0 || !first)
                {
                    w.Blank();
                }

                first = false;
                w.Line("/// <summary>The voice lines in the folder <c>" + CSharpText.Documentation(folder.RelativePath) + "</c>.</summary>");
                w.Line(ClassDeclaration(folder.ClassPath[depth]));
                w.Open();
                index = WriteFolders(w, folders, index + 1, end, depth + 1);
                w.Close();
            }

            return index;
        }

        private static void WriteLineMember(SourceBuilder w, CatalogFileClass file, CatalogLine line)
        {
            w.Line("/// <summary>");
            w.Line("/// <para>“" + CSharpText.Documentation(line.Text) + "”</para>");
            if (!string.Equals(line.Text, line.Utterance.Text, System.StringComparison.Ordinal))
            {
                w.Line("/// <para>Spoken: “" + CSharpText.Documentation(line.Utterance.Text) + "”</para>");
            }

            w.Line("/// <para>" + (line.Speaker is null ? string.Empty : "Speaker: <c>" + CSharpText.Documentation(line.Speaker) + "</c> · ") +
                "Voice: " + Described(line.Utterance.Voice) + " · Prompt: " + Described(line.Utterance.Prompt) + " · Language: " + Described(line.Utterance.LanguageCode) +
                (line.Utterance.Take > 1 ? " · Take " + line.Utterance.Take.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + "</para>");
            w.Line("/// <para>Line <c>" + CSharpText.Documentation(line.Id) + "</c> of <c>" + CSharpText.Documentation(file.RelativePath) + "</c> → <c>" + CSharpText.Documentation(line.Path) + "</c></para>");
            w.Line("/// </summary>");
            string modifiers = ObjectMemberNames.Contains(line.Identifier) ? "public static new readonly" : "public static readonly";
            w.Line(modifiers + " global::PixazoTts.TtsLine " + line.Identifier + " = new global::PixazoTts.TtsLine(");
            w.Indent++;
            w.Line(CSharpText.Literal(line.Id) + ",");
            w.Line(CSharpText.Literal(line.Path) + ",");
            w.Line(CSharpText.Literal(line.Text) + ",");
            w.Line(CSharpText.Literal(line.Utterance.Voice) + ",");
            w.Line(CSharpText.Literal(line.Utterance.Prompt) + ",");
            w.Line(CSharpText.Literal(line.Utterance.LanguageCode) + ",");
            if (line.Speaker is null && line.Utterance.Take == 1 && string.Equals(line.Text, line.Utterance.Text, System.StringComparison.Ordinal))
            {
                // A line without cast, lexicon or take: the shorter constructor (no speaker, spoken text = text, take 1).
                w.Line(CSharpText.Literal(line.Key) + ");");
            }
            else
            {
                w.Line(CSharpText.Literal(line.Key) + ",");
                w.Line(CSharpText.Literal(line.Speaker) + ",");
                w.Line(CSharpText.Literal(line.Utterance.Text) + ",");
                w.Line(line.Utterance.Take.ToString(System.Globalization.CultureInfo.InvariantCulture) + ");");
            }
            w.Indent--;
        }

        private static string Described(string? value) =>
            value is null ? "<i>default</i>" : "<c>" + CSharpText.Documentation(value) + "</c>";

        private static string ClassDeclaration(string name) =>
            (ObjectMemberNames.Contains(name) ? "public static new partial class " : "public static partial class ") + name;

        /// <summary>Indented lines with braces; small on purpose (the sources are a few hundred lines at most).</summary>
        private sealed class SourceBuilder
        {
            private readonly StringBuilder _text = new StringBuilder();

            public int Indent { get; set; }

            public void Header(bool nullable)
            {
                Line("// <auto-generated/>");
                Line("// Generated by PixazoTts.Build from the project's .tts.json scripts. Edit the scripts, not this file.");
                if (nullable)
                {
                    Line("#nullable enable");
                }

                Blank();
            }

            public void OpenNamespace(string name)
            {
                if (name.Length > 0)
                {
                    Line("namespace " + name);
                    Open();
                }
            }

            public void CloseNamespace(string name)
            {
                if (name.Length > 0)
                {
                    Close();
                }
            }

            public void Open()
            {
                Line("{");
                Indent++;
            }

            public void Close()
            {
                Indent--;
                Line("}");
            }

            public void Blank() => _text.Append('\n');

            public void Line(string text) => _text.Append(' ', Indent * 4).Append(text).Append('\n');

            public override string ToString() => _text.ToString();
        }
    }
}
