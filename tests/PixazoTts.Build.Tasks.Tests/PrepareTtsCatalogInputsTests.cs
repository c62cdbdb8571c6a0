using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using PixazoTts.Build.Tasks.Tests.Infrastructure;

namespace PixazoTts.Build.Tasks.Tests;

/// <summary>The generator's AdditionalFiles: one encoded value per script and cast file, the project's defaults in one property.</summary>
public sealed class PrepareTtsCatalogInputsTests
{
    private const string ProjectDirectory = "/project";

    [Fact]
    public void Every_script_and_cast_file_becomes_one_item_whose_value_holds_its_settings_whole()
    {
        var script = new TaskItem("/project/Voice/intro.tts.json");
        script.SetMetadata("Prompt", "calm; slow #1 take, it's late");
        script.SetMetadata("Voice", "Kore");
        script.SetMetadata("AudioFormat", "opus");
        script.SetMetadata("Loudness", "-16");
        // Outside the project: its Link names it, with '/' separators.
        var linked = new TaskItem("/elsewhere/shared.tts.json");
        linked.SetMetadata("Link", "Lines\\shared.tts.json");
        var cast = new TaskItem("Voice/cast.tts-cast.json");
        var engine = new FakeBuildEngine();
        var task = new PrepareTtsCatalogInputs
        {
            BuildEngine = engine,
            Scripts = [script, linked],
            Casts = [cast],
            ProjectDirectory = ProjectDirectory,
            DefaultPrompt = "# narrator; 'dry'",
            DefaultLanguageCode = "en-GB",
        };

        Assert.True(task.Execute());

        Assert.Equal(["/project/Voice/intro.tts.json", "/elsewhere/shared.tts.json", "Voice/cast.tts-cast.json"], task.CatalogFiles.Select(f => f.ItemSpec));
        Assert.All(task.CatalogFiles, f => Assert.Equal([TtsCatalogInputs.ItemMetadataName], f.MetadataNames.Cast<string>().Where(n => !IsWellKnown(n))));

        Assert.True(TtsCatalogInputs.TryDecodeScript(task.CatalogFiles[0].GetMetadata(TtsCatalogInputs.ItemMetadataName), out string path, out var item, out string? format));
        Assert.Equal(("Voice/intro.tts.json", new TtsVoiceSettings("Kore", "calm; slow #1 take, it's late", null), "opus"), (path, item, format));

        Assert.True(TtsCatalogInputs.TryDecodeScript(task.CatalogFiles[1].GetMetadata(TtsCatalogInputs.ItemMetadataName), out path, out item, out format));
        Assert.Equal(("Lines/shared.tts.json", TtsVoiceSettings.None, (string?)null), (path, item, format));

        Assert.True(TtsCatalogInputs.IsCast(task.CatalogFiles[2].GetMetadata(TtsCatalogInputs.ItemMetadataName)));

        Assert.True(TtsCatalogInputs.TryDecodeDefaults(task.ProjectDefaults, out var defaults, out format));
        Assert.Equal(new TtsVoiceSettings(null, "# narrator; 'dry'", "en-GB"), defaults);
        Assert.Null(format);
        Assert.Empty(engine.Warnings);
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void A_file_name_with_characters_MSBuild_escapes_keeps_its_exact_path()
    {
        // A TaskItem holds its include and metadata escaped, as MSBuild does: the file name "100%3B;a" must come out as
        // that text, neither unescaped a second time nor split at the ;.
        var odd = new TaskItem("/project/Voice/100%253B%3Ba.tts.json");
        var task = new PrepareTtsCatalogInputs { BuildEngine = new FakeBuildEngine(), Scripts = [odd], ProjectDirectory = ProjectDirectory };

        Assert.True(task.Execute());

        Assert.Equal("/project/Voice/100%3B;a.tts.json", Assert.Single(task.CatalogFiles).ItemSpec);
        Assert.True(TtsCatalogInputs.TryDecodeScript(task.CatalogFiles[0].GetMetadata(TtsCatalogInputs.ItemMetadataName), out string path, out _, out _));
        Assert.Equal("Voice/100%3B;a.tts.json", path);
    }

    private static bool IsWellKnown(string name) => name is "FullPath" or "RootDir" or "Filename" or "Extension" or "RelativeDir" or "Directory"
        or "RecursiveDir" or "Identity" or "ModifiedTime" or "CreatedTime" or "AccessedTime" or "DefiningProjectFullPath"
        or "DefiningProjectDirectory" or "DefiningProjectName" or "DefiningProjectExtension";
}
