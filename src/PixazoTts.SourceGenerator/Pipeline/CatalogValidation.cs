using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// The outcome of Core's cross-file naming validation, as data: its diagnostics and, per script that may be
    /// generated, the ids of the lines that may be generated.
    /// </summary>
    internal sealed class CatalogValidation : IEquatable<CatalogValidation>
    {
        public CatalogValidation(EquatableArray<TtsDiagnostic> diagnostics, EquatableArray<AcceptedScript> accepted)
        {
            Diagnostics = diagnostics;
            Accepted = accepted;
        }

        public EquatableArray<TtsDiagnostic> Diagnostics { get; }

        public EquatableArray<AcceptedScript> Accepted { get; }

        public AcceptedScript? Find(string filePath)
        {
            foreach (var script in Accepted)
            {
                if (string.Equals(script.FilePath, filePath, StringComparison.Ordinal))
                {
                    return script;
                }
            }

            return null;
        }

        public bool Equals(CatalogValidation? other) =>
            other is not null && Diagnostics.Equals(other.Diagnostics) && Accepted.Equals(other.Accepted);

        public override bool Equals(object? obj) => Equals(obj as CatalogValidation);

        public override int GetHashCode() => unchecked((Diagnostics.GetHashCode() * 397) ^ Accepted.GetHashCode());
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
            other is not null && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal) && LineIds.Equals(other.LineIds);

        public override bool Equals(object? obj) => Equals(obj as AcceptedScript);

        public override int GetHashCode() => unchecked((FilePath.GetHashCode() * 397) ^ LineIds.GetHashCode());
    }
}
