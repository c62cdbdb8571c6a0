using System;
using Microsoft.CodeAnalysis;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>
    /// One <c>TtsAsset</c> additional file and the item metadata the targets gave it. The <see cref="AdditionalText"/>
    /// is compared by reference: the compiler keeps the same instance while the file is unchanged, so an edit to a C#
    /// file or to another script leaves this model, and everything computed from it, cached.
    /// </summary>
    internal sealed class ScriptSource : IEquatable<ScriptSource>
    {
        public ScriptSource(AdditionalText file, string relativePath, TtsVoiceSettings itemDefaults)
        {
            File = file;
            RelativePath = relativePath;
            ItemDefaults = itemDefaults;
        }

        public AdditionalText File { get; }

        public string RelativePath { get; }

        public TtsVoiceSettings ItemDefaults { get; }

        /// <summary>The item's <c>AudioFormat</c> metadata as written (the output extension follows it), or null.</summary>
        public string? ItemAudioFormat { get; set; }

        public bool Equals(ScriptSource? other) =>
            other is not null && (ReferenceEquals(this, other) || (ReferenceEquals(File, other.File)
            && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
            && ItemDefaults.Equals(other.ItemDefaults)
            && string.Equals(ItemAudioFormat, other.ItemAudioFormat, StringComparison.Ordinal)));

        public override bool Equals(object? obj) => Equals(obj as ScriptSource);

        public override int GetHashCode() => unchecked((File.Path.GetHashCode() * 397) ^ RelativePath.GetHashCode());
    }
}
