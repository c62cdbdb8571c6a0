using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace PixazoTts.SourceGenerator.Tests;

/// <summary>
/// The values travel through the compiler's own analyzer-config parser, written the way the SDK's
/// GenerateMSBuildEditorConfig writes them: raw, a prompt is cut at '#' or ';' (why they are encoded); encoded, every
/// value arrives whole.
/// </summary>
public sealed class EditorConfigTransportTests
{
    private const string ScriptPath = "/project/Voice/intro.tts.json";

    [Theory]
    [InlineData("calm; slow #1 take", true)]
    [InlineData(" spaces at both ends ", true)]
    [InlineData("#", true)]
    [InlineData("it's = 'quoted' [x]", false)]
    public void The_compiler_reads_an_encoded_value_whole_where_it_would_cut_the_raw_one(string prompt, bool rawIsCut)
    {
        string encoded = TtsCatalogInputs.EncodeScript("Voice/intro.tts.json", new TtsVoiceSettings(null, prompt, null), null);
        string defaults = TtsCatalogInputs.EncodeDefaults(new TtsVoiceSettings("Kore", prompt, "en-GB"), "opus");

        var (global, file) = Read($"""
            is_global = true
            build_property.{TtsCatalogInputs.DefaultsPropertyName} = {defaults}
            build_property.RawPrompt = {prompt}

            [{ScriptPath}]
            build_metadata.AdditionalFiles.{TtsCatalogInputs.ItemMetadataName} = {encoded}
            build_metadata.AdditionalFiles.RawPrompt = {prompt}
            """);

        Assert.Equal(rawIsCut, prompt != global.GetValueOrDefault("build_property.rawprompt"));
        Assert.Equal(rawIsCut, prompt != file.GetValueOrDefault("build_metadata.additionalfiles.rawprompt"));

        Assert.True(TtsCatalogInputs.TryDecodeScript(file["build_metadata.additionalfiles." + TtsCatalogInputs.ItemMetadataName.ToLowerInvariant()], out _, out var item, out _));
        Assert.Equal(prompt, item.Prompt);
        Assert.True(TtsCatalogInputs.TryDecodeDefaults(global["build_property." + TtsCatalogInputs.DefaultsPropertyName.ToLowerInvariant()], out var project, out string? format));
        Assert.Equal(new TtsVoiceSettings("Kore", prompt, "en-GB"), project);
        Assert.Equal("opus", format);
    }

    private static (ImmutableDictionary<string, string> Global, ImmutableDictionary<string, string> File) Read(string text)
    {
        var config = AnalyzerConfig.Parse(text, "/project/obj/Game.GeneratedMSBuildEditorConfig.editorconfig");
        var set = AnalyzerConfigSet.Create(ImmutableArray.Create(config));
        return (set.GlobalConfigOptions.AnalyzerOptions, set.GetOptionsForSourcePath(ScriptPath).AnalyzerOptions);
    }
}
