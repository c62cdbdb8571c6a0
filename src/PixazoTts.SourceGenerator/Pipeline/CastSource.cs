using System;
using Microsoft.CodeAnalysis;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>One <c>TtsCast</c> additional file, compared by reference like <see cref="ScriptSource"/>.</summary>
    internal sealed class CastSource : IEquatable<CastSource>
    {
        public CastSource(AdditionalText file)
        {
            File = file;
        }

        public AdditionalText File { get; }

        public bool Equals(CastSource? other) => other is not null && (ReferenceEquals(this, other) || (ReferenceEquals(File, other.File)));

        public override bool Equals(object? obj) => Equals(obj as CastSource);

        public override int GetHashCode() => File.Path.GetHashCode();
    }
}
