using System;
using System.Collections.Generic;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// The cross-file half of Core's naming validation, as data: it looks at paths only (PTTS1102-1103, and per class
    /// the nested classes other files put in it), so a script's text or lines never change it.
    /// </summary>
    internal sealed class CatalogClasses : IEquatable<CatalogClasses>
    {
        // Core's outcome, kept for its file-path index; equality is over the data below only.
        private readonly TtsCatalogClasses _analysis;

        public CatalogClasses(TtsCatalogClasses analysis)
        {
            _analysis = analysis;
            Diagnostics = new EquatableArray<TtsDiagnostic>(analysis.Diagnostics);
            Classes = new EquatableArray<TtsCatalogClass>(analysis.Classes);
        }

        public EquatableArray<TtsDiagnostic> Diagnostics { get; }

        /// <summary>The scripts that may become classes, in ordinal order of their relative paths.</summary>
        public EquatableArray<TtsCatalogClass> Classes { get; }

        /// <summary>The script's class, or null when the script is left out of the catalog.</summary>
        public TtsCatalogClass? Find(string filePath) => _analysis.Find(filePath);

        public bool Equals(CatalogClasses? other) =>
            other is not null && (ReferenceEquals(this, other) || (Diagnostics.Equals(other.Diagnostics) && Classes.Equals(other.Classes)));


        public override bool Equals(object? obj) => Equals(obj as CatalogClasses);

        public override int GetHashCode() => unchecked((Diagnostics.GetHashCode() * 397) ^ Classes.GetHashCode());
    }

    /// <summary>A parsed script with its class from <see cref="CatalogClasses"/> (null: the script is left out).</summary>
    internal sealed class ScriptClass : IEquatable<ScriptClass>
    {
        public ScriptClass(ParsedScript script, TtsCatalogClass? catalogClass)
        {
            Script = script;
            Class = catalogClass;
        }

        public ParsedScript Script { get; }

        public TtsCatalogClass? Class { get; }

        public bool Equals(ScriptClass? other) =>
            other is not null && (ReferenceEquals(this, other) || (Script.Equals(other.Script) && Equals(Class, other.Class)));


        public override bool Equals(object? obj) => Equals(obj as ScriptClass);

        public override int GetHashCode() => Script.GetHashCode();
    }

    /// <summary>
    /// One script after the per-script half of the naming validation: the lines that may become members, and the
    /// PTTS1101/PTTS1103 of the others. Computed from that script's lines and its class alone.
    /// </summary>
    internal sealed class NamedScript : IEquatable<NamedScript>
    {
        public NamedScript(ParsedScript script, AcceptedScript? accepted, EquatableArray<TtsDiagnostic> diagnostics)
        {
            Script = script;
            Accepted = accepted;
            Diagnostics = diagnostics;
        }

        public ParsedScript Script { get; }

        /// <summary>Null when the script is left out of the catalog.</summary>
        public AcceptedScript? Accepted { get; }

        public EquatableArray<TtsDiagnostic> Diagnostics { get; }

        public bool Equals(NamedScript? other) =>
            other is not null
            && (ReferenceEquals(this, other) || (Script.Equals(other.Script) && Equals(Accepted, other.Accepted) && Diagnostics.Equals(other.Diagnostics)));


        public override bool Equals(object? obj) => Equals(obj as NamedScript);

        public override int GetHashCode() => Script.GetHashCode();
    }

    /// <summary>A script the catalog may contain, with the ids of its lines that may become members.</summary>
    internal sealed class AcceptedScript : IEquatable<AcceptedScript>
    {
        public AcceptedScript(string filePath, EquatableArray<string> lineIds)
        {
            FilePath = filePath;
            LineIds = lineIds;
        }

        public string FilePath { get; }

        public EquatableArray<string> LineIds { get; }

        public bool Equals(AcceptedScript? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) && LineIds.Equals(other.LineIds)));

        public override bool Equals(object? obj) => Equals(obj as AcceptedScript);

        public override int GetHashCode() => unchecked((FilePath.GetHashCode() * 397) ^ LineIds.GetHashCode());
    }
}
