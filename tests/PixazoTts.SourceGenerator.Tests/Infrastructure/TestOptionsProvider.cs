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
            // What the targets (PrepareTtsCatalogInputs) put on each AdditionalFiles item made from a TtsAsset or TtsCast.
            if (script.IsTtsAsset)
            {
                values["build_metadata.AdditionalFiles." + TtsCatalogInputs.ItemMetadataName] = TtsCatalogInputs.EncodeScript(
                    script.RelativePath, new TtsVoiceSettings(script.Voice, script.Prompt, script.LanguageCode), script.AudioFormat);
            }
            else if (script.IsCast)
            {
                values["build_metadata.AdditionalFiles." + TtsCatalogInputs.ItemMetadataName] = TtsCatalogInputs.CastValue;
            }
        }

        return new Options(values);
    }

    private sealed class Options(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
