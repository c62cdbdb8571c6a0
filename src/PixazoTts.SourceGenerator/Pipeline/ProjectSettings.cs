using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>The project-level inputs: the namespace of the catalog and the <c>TtsDefault*</c> properties.</summary>
    internal sealed class ProjectSettings : IEquatable<ProjectSettings>
    {
        public ProjectSettings(string rootNamespace, TtsVoiceSettings defaults, bool nullableAnnotations)
        {
            RootNamespace = rootNamespace;
            Defaults = defaults;
            NullableAnnotations = nullableAnnotations;
        }

        /// <summary>The catalog's namespace; empty for the global namespace.</summary>
        public string RootNamespace { get; }

        public TtsVoiceSettings Defaults { get; }

        /// <summary>
        /// False below C# 8 (a netstandard2.0 library's default is C# 7.3), where <c>#nullable</c> and <c>string?</c>
        /// would not compile.
        /// </summary>
        public bool NullableAnnotations { get; }

        /// <summary>The <c>TtsAudioFormat</c> property as written (the output extension follows it), or null.</summary>
        public string? AudioFormat { get; set; }

        public bool Equals(ProjectSettings? other) =>
            other is not null && (ReferenceEquals(this, other) || (string.Equals(RootNamespace, other.RootNamespace, StringComparison.Ordinal)
            && Defaults.Equals(other.Defaults)
            && NullableAnnotations == other.NullableAnnotations
            && string.Equals(AudioFormat, other.AudioFormat, StringComparison.Ordinal)));

        public override bool Equals(object? obj) => Equals(obj as ProjectSettings);

        public override int GetHashCode() => unchecked((RootNamespace.GetHashCode() * 397) ^ Defaults.GetHashCode());
    }
}
