using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>
/// README: "design-time builds in the IDE never touch the network". A design-time build as the C# project system runs
/// it, with a gateway and a key configured: no request of any kind, nothing synthesized, nothing written to the cache.
/// </summary>
public sealed class DesignTimeBuildTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    /// <summary>
    /// The global properties the .NET project system sets for a design-time build (dotnet/project-system,
    /// docs/design-time-builds.md and its design-time global properties providers).
    /// </summary>
    private static readonly string[] DesignTimeProperties =
    [
        "-p:DesignTimeBuild=true",
        "-p:BuildingProject=false",
        "-p:BuildProjectReferences=false",
        "-p:SkipCompilerExecution=true",
        "-p:ProvideCommandLineArgs=true",
    ];

    /// <summary>
    /// The design-time targets of that document that the SDK itself defines, plus what the Visual Studio-only ones stand
    /// for: CompileDesignTime is Compile under the properties above (Microsoft.CSharp.DesignTime.targets), and
    /// CollectCopyToOutputDirectoryItemDesignTime collects the items copied to the output folder, which is where the
    /// package hooks its audio (GetCopyToOutputDirectoryItems), so the package's targets really take part.
    /// </summary>
    private const string DesignTimeTargets =
        "ResolveAssemblyReferencesDesignTime;ResolveProjectReferencesDesignTime;ResolveComReferencesDesignTime;"
        + "ResolvePackageDependenciesDesignTime;CollectResolvedSDKReferencesDesignTime;CollectSDKReferencesDesignTime;"
        + "CollectPackageReferences;CollectFrameworkReferences;CollectPackageDownloads;CollectCentralPackageVersions;"
        + "GenerateSupportedTargetFrameworkAlias;BuiltProjectOutputGroup;Compile;"
        + "_GetCopyToOutputDirectoryItemsFromThisProject;GetCopyToOutputDirectoryItems";

    [Fact]
    public async Task A_design_time_build_with_a_gateway_and_a_key_makes_no_request_and_synthesizes_nothing()
    {
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        AssertSucceeded(await project.RestoreAsync(Environment));

        var result = await project.MSBuildAsync(Environment, ["-restore:false", "-t:" + DesignTimeTargets, "-v:d", .. DesignTimeProperties]);

        AssertSucceeded(result);
        // The package's targets took part (the output-folder target ran), and its synthesis dependency was skipped.
        Assert.Contains("Target \"PixazoTtsAddAudioToOutput\" in ", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Target \"PixazoTtsSynthesize\" in ", result.Output, StringComparison.Ordinal);
        var stats = Emulator.Stats;
        Assert.Equal(0, stats.Generate + stats.Status + stats.Media);
        Assert.Empty(CachedKeys());
        Assert.False(Directory.Exists(project.ObjAudioDirectory) && Directory.EnumerateFiles(project.ObjAudioDirectory, "*.wav", SearchOption.AllDirectories).Any(), "the design-time build wrote audio to obj/");
        Assert.False(SynthesisRan(result), "the synthesis task ran in a design-time build");

        // What the IDE's compiler is given (the catalog and the script diagnostics live there): the script as an
        // additional file, and its settings as one encoded value in the generated .editorconfig.
        Assert.Matches(@"/additionalfile:\S*intro\.tts\.json", result.Output);
        string editorConfig = File.ReadAllText(Path.Combine(project.Directory, "obj", "Debug", "net10.0", project.Name + ".GeneratedMSBuildEditorConfig.editorconfig"));
        Assert.Matches(@"\[[^\]]*intro\.tts\.json\]\r?\nbuild_metadata\.AdditionalFiles\.PixazoTtsCatalogInput = script\.[A-Za-z0-9_.-]+\r?\n", editorConfig);
        Assert.Contains("build_property.PixazoTtsCatalogDefaults = ", editorConfig, StringComparison.Ordinal);

        // The same project, gateway and key in a real build do synthesize: the silence above is the design-time
        // build's doing, not a setting that was missing.
        AssertSucceeded(await project.BuildAsync(Environment));
        Assert.Equal(2, Emulator.Stats.Generate);
    }
}
