using System;

namespace PixazoTts.SourceGenerator.Pipeline
{
    /// <summary>A script after Core's parser: plain data with value equality (Core's result types are equatable).</summary>
    internal sealed class ParsedScript : IEquatable<ParsedScript>
    {
        public ParsedScript(string filePath, string relativePath, TtsVoiceSettings itemDefaults, TtsScriptParseResult result)
        {
            FilePath = filePath;
            RelativePath = relativePath;
            ItemDefaults = itemDefaults;
            Result = result;
        }

        public string FilePath { get; }

        public string RelativePath { get; }

        public TtsVoiceSettings ItemDefaults { get; }

        /// <summary>The item's <c>AudioFormat</c> metadata as written (the output extension follows it), or null.</summary>
        public string? ItemAudioFormat { get; set; }

        public TtsScriptParseResult Result { get; }

        public bool Equals(ParsedScript? other) =>
            ReferenceEquals(this, other) ||
            (other is not null
            && string.Equals(FilePath, other.FilePath, StringComparison.Ordinal)
            && string.Equals(RelativePath, other.RelativePath, StringComparison.Ordinal)
            && ItemDefaults.Equals(other.ItemDefaults)
            && string.Equals(ItemAudioFormat, other.ItemAudioFormat, StringComparison.Ordinal)
            && Result.Equals(other.Result));

        public override bool Equals(object? obj) => Equals(obj as ParsedScript);

        public override int GetHashCode() => unchecked((FilePath.GetHashCode() * 397) ^ Result.GetHashCode());
    }
}
