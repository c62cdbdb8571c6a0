using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PixazoTts.SourceGenerator.Pipeline;

namespace PixazoTts.SourceGenerator.Emit
{
    /// <summary>
    /// Writes the catalog's C#: one source per script (its class, nested in partial folder classes, and its lines as a
    /// table), one for the root class with <c>All</c>, the documented folder classes and the table reader, and the
    /// <c>PixazoTts.TtsLine</c> type.
    /// </summary>
    /// <remarks>
    /// Lines are data, because the compiler pays per expression it binds: a script's lines are one array of strings
    /// (one string per line, its values length-prefixed: <see cref="AppendTableRow"/>) that a private class turns into
    /// <c>TtsLine</c>s the first time the script's class is used, and each line's field is an index into it. That is
    /// one string literal and one element access per line, instead of a constructor call with ten arguments (and
    /// its overload resolution); the docs are one short line.
    /// </remarks>
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

        /// <summary>The private class of <c>TtsAssets</c> that reads the tables; a <c>_</c> inside keeps it apart from every catalog name.</summary>
        private const string TableReader = "Pixazo_Table";

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

        /// <summary>
        /// One script's class with a <c>TtsLine</c> field per line, inside its (undocumented) folder class parts, and the
        /// private class that holds the script's table.
        /// </summary>
        public static string WriteFileClass(CatalogFileClass file)
        {
            // About 250 characters per line (summary, field, assignment, table row) plus the texts themselves.
            int capacity = 1024;
            foreach (var line in file.Lines)
            {
                capacity += 250 + (2 * line.Text.Length) + line.Path.Length + line.Key.Length;
            }

            // Capped below the large-object heap's threshold (85,000 bytes): a longer source grows by chunks instead.
            var w = new SourceBuilder(System.Math.Min(capacity, 40_000));
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

            string table = file.TableClass;
            w.Line("/// <summary>The voice lines of <c>" + CSharpText.Documentation(file.RelativePath) + "</c>.</summary>");
            w.Line(ClassDeclaration(file.ClassPath[depth - 1]));
            w.Open();
            for (int index = 0; index < file.Lines.Count; index++)
            {
                if (index > 0)
                {
                    w.Blank();
                }

                var line = file.Lines[index];
                string modifiers = ObjectMemberNames.Contains(line.Identifier) ? "public static new readonly" : "public static readonly";
                AppendSummary(w.Begin().Append("/// <summary>"), line).Append("</summary>");
                w.End();
                w.Begin().Append(modifiers).Append(" global::PixazoTts.TtsLine ").Append(line.Identifier).Append(';');
                w.End();
            }

            // One static constructor rather than an initializer per field: the compiler binds a field initializer as a
            // unit of its own, and for 1,000 lines that cost a cold csc about 0.3 s more than these plain assignments
            // (docs/benchmarks.md). "lines" cannot name a field: line identifiers never start with a lower-case ASCII letter.
            if (file.Lines.Count > 0)
            {
                w.Blank();
                w.Line("static " + file.ClassPath[depth - 1] + "()");
                w.Open();
                w.Line("var lines = " + table + ".Lines;");
                for (int index = 0; index < file.Lines.Count; index++)
                {
                    w.Begin().Append(file.Lines[index].Identifier).Append(" = lines[").Append(index).Append("];");
                    w.End();
                }

                w.Close();
            }

            w.Close();
            for (int i = 0; i < depth - 1; i++)
            {
                w.Close();
            }

            w.Blank();
            w.Line("/// <summary>The lines of <c>" + CSharpText.Documentation(file.RelativePath) + "</c>, made from their table when the script's class is first used.</summary>");
            w.Line("private static class " + table);
            w.Open();
            w.Line("internal static readonly global::PixazoTts.TtsLine[] Lines = " + TableReader + ".Read(new string[]");
            w.Line("{");
            w.Indent++;
            var row = new StringBuilder(256);
            foreach (var line in file.Lines)
            {
                row.Clear();
                AppendTableRow(row, line);
                CSharpText.AppendLiteral(w.Begin(), row).Append(',');
                w.End();
            }

            w.Indent--;
            w.Line("});");
            w.Close();
            w.Close();
            w.CloseNamespace(file.RootNamespace);
            return w.ToString();
        }

        /// <summary>
        /// One line's values in one string, in the constructor's order: <c>id</c>, <c>path</c>, <c>text</c>, <c>voice</c>,
        /// <c>prompt</c>, <c>languageCode</c>, <c>key</c>, <c>speaker</c>, <c>spokenText</c>, each as its length in
        /// UTF-16 units, <c>:</c> and the value, or <c>~</c> for null, or (spoken text only) <c>=</c> for "the same as the
        /// text"; then the take in decimal. Lengths, not separators, because a text may hold any character.
        /// </summary>
        private static StringBuilder AppendTableRow(StringBuilder row, CatalogLine line)
        {
            Field(row, line.Id);
            Field(row, line.Path);
            Field(row, line.Text);
            Field(row, line.Utterance.Voice);
            Field(row, line.Utterance.Prompt);
            Field(row, line.Utterance.LanguageCode);
            Field(row, line.Key);
            Field(row, line.Speaker);
            if (string.Equals(line.Utterance.Text, line.Text, System.StringComparison.Ordinal))
            {
                row.Append('=');
            }
            else
            {
                Field(row, line.Utterance.Text);
            }

            return row.Append(line.Utterance.Take.ToString(CultureInfo.InvariantCulture));
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
            w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::PixazoTts.TtsLine> All { get; } = " + TableReader + ".Join(new global::PixazoTts.TtsLine[][]");
            w.Line("{");
            w.Indent++;
            foreach (var file in catalog.Files)
            {
                w.Line(file.TableClass + ".Lines,");
            }

            w.Indent--;
            w.Line("});");
            WriteFolders(w, catalog.Folders, 0, catalog.Folders.Count, 0);
            w.Blank();
            WriteTableReader(w, catalog.NullableAnnotations);
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
                    w.Line(member + ",");
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

        /// <summary>
        /// The reader of the scripts' tables (<see cref="AppendTableRow"/>), and <c>All</c>'s join. A class of its own with no
        /// static state: the tables call it while they are being made, and a class with static fields there could start
        /// its own initialization in the middle of theirs.
        /// </summary>
        private static void WriteTableReader(SourceBuilder w, bool nullable)
        {
            string q = nullable ? "?" : string.Empty;
            w.Line("/// <summary>Reads the scripts' tables: per line its values, each as <c>length:value</c>, <c>~</c> for null or <c>=</c> for the text, then the take.</summary>");
            w.Line("private static class " + TableReader);
            w.Open();
            w.Line("internal static global::PixazoTts.TtsLine[] Read(string[] rows)");
            w.Open();
            w.Line("var lines = new global::PixazoTts.TtsLine[rows.Length];");
            w.Line("for (int i = 0; i < rows.Length; i++)");
            w.Open();
            w.Line("string row = rows[i];");
            w.Line("int at = 0;");
            w.Line("string id = Text(row, ref at);");
            w.Line("string path = Text(row, ref at);");
            w.Line("string text = Text(row, ref at);");
            w.Line("string" + q + " voice = Optional(row, ref at);");
            w.Line("string" + q + " prompt = Optional(row, ref at);");
            w.Line("string" + q + " languageCode = Optional(row, ref at);");
            w.Line("string key = Text(row, ref at);");
            w.Line("string" + q + " speaker = Optional(row, ref at);");
            w.Line("string spokenText = text;");
            w.Line("if (row[at] == '=')");
            w.Open();
            w.Line("at++;");
            w.Close();
            w.Line("else");
            w.Open();
            w.Line("spokenText = Text(row, ref at);");
            w.Close();
            w.Blank();
            w.Line("lines[i] = new global::PixazoTts.TtsLine(id, path, text, voice, prompt, languageCode, key, speaker, spokenText, Number(row, ref at, row.Length));");
            w.Close();
            w.Blank();
            w.Line("return lines;");
            w.Close();
            w.Blank();
            w.Line("internal static global::System.Collections.Generic.IReadOnlyList<global::PixazoTts.TtsLine> Join(global::PixazoTts.TtsLine[][] tables)");
            w.Open();
            w.Line("int count = 0;");
            w.Line("foreach (var table in tables)");
            w.Open();
            w.Line("count += table.Length;");
            w.Close();
            w.Blank();
            w.Line("var all = new global::PixazoTts.TtsLine[count];");
            w.Line("int next = 0;");
            w.Line("foreach (var table in tables)");
            w.Open();
            w.Line("global::System.Array.Copy(table, 0, all, next, table.Length);");
            w.Line("next += table.Length;");
            w.Close();
            w.Blank();
            w.Line("return global::System.Array.AsReadOnly(all);");
            w.Close();
            w.Blank();
            w.Line("private static string" + q + " Optional(string row, ref int at)");
            w.Open();
            w.Line("if (row[at] == '~')");
            w.Open();
            w.Line("at++;");
            w.Line("return null;");
            w.Close();
            w.Blank();
            w.Line("return Text(row, ref at);");
            w.Close();
            w.Blank();
            w.Line("private static string Text(string row, ref int at)");
            w.Open();
            w.Line("int length = Number(row, ref at, row.IndexOf(':', at));");
            w.Line("string value = row.Substring(at + 1, length);");
            w.Line("at += 1 + length;");
            w.Line("return value;");
            w.Close();
            w.Blank();
            w.Line("private static int Number(string row, ref int at, int end)");
            w.Open();
            w.Line("int value = 0;");
            w.Line("for (; at < end; at++)");
            w.Open();
            w.Line("value = (value * 10) + (row[at] - '0');");
            w.Close();
            w.Blank();
            w.Line("return value;");
            w.Close();
            w.Close();
        }

        /// <summary>
        /// A line's one-line documentation, what a hover shows: the text as written, the voice, the prompt and language
        /// where set, the speaker and take where set, and the audio's path. Plain text in one element: cheap to parse.
        /// </summary>
        private static StringBuilder AppendSummary(StringBuilder summary, CatalogLine line)
        {
            summary.Append('“').Append(CSharpText.Documentation(line.Text)).Append("” — ");
            summary.Append(line.Utterance.Voice is null ? "default voice" : CSharpText.Documentation(line.Utterance.Voice));
            if (line.Utterance.Prompt is not null)
            {
                summary.Append(", prompt “").Append(CSharpText.Documentation(line.Utterance.Prompt)).Append('”');
            }

            if (line.Utterance.LanguageCode is not null)
            {
                summary.Append(", ").Append(CSharpText.Documentation(line.Utterance.LanguageCode));
            }

            if (line.Speaker is not null)
            {
                summary.Append(", spoken by ").Append(CSharpText.Documentation(line.Speaker));
            }

            if (line.Utterance.Take > 1)
            {
                summary.Append(", take ").Append(line.Utterance.Take.ToString(CultureInfo.InvariantCulture));
            }

            return summary.Append(" → ").Append(CSharpText.Documentation(line.Path));
        }

        private static void Field(StringBuilder row, string? value)
        {
            if (value is null)
            {
                row.Append('~');
            }
            else
            {
                row.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value);
            }
        }

        private static string ClassDeclaration(string name) =>
            (ObjectMemberNames.Contains(name) ? "public static new partial class " : "public static partial class ") + name;

        /// <summary>Indented lines with braces; small on purpose (the sources are a few hundred lines at most).</summary>
        private sealed class SourceBuilder
        {
            private readonly StringBuilder _text;

            /// <param name="capacity">Roughly the characters to come: one buffer, never regrown and copied per line.</param>
            public SourceBuilder(int capacity = 4096)
            {
                _text = new StringBuilder(capacity);
            }

            public int Indent { get; set; }

            public void Header(bool nullable)
            {
                Line("// <auto-generated/>");
                Line("// Generated by PixazoTts.Build from the project's .tts.json scripts. Edit the scripts, not this file.");
                if (nullable)
                {
                    // Annotations only, as the SDK's own generators do: the API says what may be null, while the
                    // compiler skips the nullable flow analysis of the catalog's bodies, a fifth of what compiling
                    // 1,000 lines costs (twice over when analyzers ask for the bodies' operations). The generator's
                    // tests compile every catalog with the warnings on, so the code stays null-safe.
                    Line("#nullable enable annotations");
                    Line("#nullable disable warnings");
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

            /// <summary>Starts an indented line and hands the text over, so a long line is appended piece by piece.</summary>
            public StringBuilder Begin() => _text.Append(' ', Indent * 4);

            /// <summary>Ends the line <see cref="Begin"/> started.</summary>
            public void End() => _text.Append('\n');

            public override string ToString() => _text.ToString();
        }
    }
}
