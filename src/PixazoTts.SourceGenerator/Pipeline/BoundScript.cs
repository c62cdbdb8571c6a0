using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// A script with its slice of the catalog validation and its binding to the cast. A cast edit that does not touch
    /// this script's speakers or lexicon words leaves it equal, so its lines are neither resolved nor hashed again.
    /// </summary>
    internal sealed class BoundScript : IEquatable<BoundScript>
    {
        public BoundScript(ParsedScript script, AcceptedScript? accepted, TtsScriptBinding? binding)
        {
            Script = script;
            Accepted = accepted;
            Binding = binding;
        }

        public ParsedScript Script { get; }

        public AcceptedScript? Accepted { get; }

        /// <summary>Null when the script could not be read as an object at all.</summary>
        public TtsScriptBinding? Binding { get; }

        public bool Equals(BoundScript? other) =>
            ReferenceEquals(this, other) || (other is not null && Script.Equals(other.Script) && Equals(Accepted, other.Accepted) && Equals(Binding, other.Binding));

        public override bool Equals(object? obj) => Equals(obj as BoundScript);

        public override int GetHashCode() => Script.GetHashCode();
    }
}
