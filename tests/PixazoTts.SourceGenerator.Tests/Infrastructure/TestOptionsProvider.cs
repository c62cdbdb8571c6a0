using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PixazoTts.SourceGenerator.Tests.Infrastructure;

/// <summary>The analyzer config the SDK writes from <c>CompilerVisibleProperty</c> and <c>CompilerVisibleItemMetadata</c>.</summary>
public sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> globalOptions) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(globalOptions);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        var values = new Dictionary<string, string>();
        if (textFile is ScriptFile script)
        {
            // What the targets put on each AdditionalFiles item made from a TtsAsset.
            values["build_metadata.AdditionalFiles.PixazoTtsAsset"] = script.IsTtsAsset ? "true" : string.Empty;
            values["build_metadata.AdditionalFiles.PixazoTtsRelativePath"] = script.IsTtsAsset ? script.RelativePath : string.Empty;
            values["build_metadata.AdditionalFiles.PixazoTtsVoice"] = script.Voice ?? string.Empty;
            values["build_metadata.AdditionalFiles.PixazoTtsPrompt"] = script.Prompt ?? string.Empty;
            values["build_metadata.AdditionalFiles.PixazoTtsLanguageCode"] = script.LanguageCode ?? string.Empty;
            values["build_metadata.AdditionalFiles.PixazoTtsCast"] = script.IsCast ? "true" : string.Empty;
        }

        return new Options(values);
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
