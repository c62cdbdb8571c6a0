using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>
/// The packed generator (with its System.Text.Json closure) loads in the real compiler, and its catalog agrees with
/// the task: every <c>TtsAssets.All[i].Path</c> is a file in the output folder.
/// </summary>
public sealed class CatalogTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task Every_catalog_path_exists_in_the_output_folder_of_the_built_program_and_every_Key_is_its_audio_s()
    {
        // Prompts set in MSBuild with '#' and ';' (which the compiler's generated .editorconfig would read as a comment)
        // and an apostrophe (which breaks an MSBuild property function): the catalog must see them whole.
        var project = NewProject("Game", outputType: "Exe", extraProjectContent: """
              <PropertyGroup>
                <TtsDefaultPrompt>Stern; #2 in the 'keep'</TtsDefaultPrompt>
              </PropertyGroup>
              <ItemGroup>
                <TtsAsset Update="Voice/npc/blacksmith.tts.json" Prompt="Gruff; bored #1, it's late" />
              </ItemGroup>
            """);
        project.WriteFile("Voice/intro.tts.json", IntroScript);
        project.WriteFile("Voice/npc/blacksmith.tts.json", """{ "voice": "Algenib", "lines": { "price-high": "Fifty gold.", "hello": "Need something forged?" } }""");
        project.WriteFile("Voice/npc/guard.tts.json", """{ "voice": "Puck", "lines": { "halt": "Halt!" } }""");
        project.WriteFile("Program.cs", """
            using Game;

            int missing = 0;
            foreach (var line in TtsAssets.All)
            {
                bool found = File.Exists(Path.Combine(AppContext.BaseDirectory, line.Path));
                Console.WriteLine((found ? "FOUND " : "MISSING ") + line.Path + " " + line.Key);
                missing += found ? 0 : 1;
            }

            Console.WriteLine("TYPED " + TtsAssets.Voice.Npc.Blacksmith.PriceHigh.Path);
            Console.WriteLine("COUNT " + TtsAssets.All.Count);
            return missing;
            """);

        AssertSucceeded(await project.BuildAsync(Environment));
        var run = await DotNetCli.RunAsync(project.BinDirectory, ["exec", Path.Combine(project.BinDirectory, "Game.dll")], new Dictionary<string, string?>());

        AssertSucceeded(run);
        Assert.Contains("COUNT 5", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("MISSING", run.Output, StringComparison.Ordinal);
        Assert.Contains("TYPED Voice/npc/blacksmith/price-high.wav", run.Output, StringComparison.Ordinal);
        Assert.Contains("FOUND Voice/intro/greeting.wav " + Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator"), run.Output, StringComparison.Ordinal);

        // The keys the catalog computed are those of the audio the task made (the cache holds exactly that entry).
        string blacksmith = Key("Need something forged?", "Algenib", null, "Gruff; bored #1, it's late");
        string guard = Key("Halt!", "Puck", null, "Stern; #2 in the 'keep'");
        Assert.Contains("FOUND Voice/npc/blacksmith/hello.wav " + blacksmith, run.Output, StringComparison.Ordinal);
        Assert.Contains("FOUND Voice/npc/guard/halt.wav " + guard, run.Output, StringComparison.Ordinal);
        AssertValidWav(CachedWav(blacksmith));
        AssertValidWav(CachedWav(guard));
    }

    [Fact]
    public async Task Strict_projects_that_reference_each_other_and_both_use_the_package_build_cleanly()
    {
        // Warnings as errors, nullable, XML documentation: the generated code must add nothing to any of them, and
        // a library's catalog must not clash with the game's, even with InternalsVisibleTo and one namespace.
        const string Strict = """
              <PropertyGroup>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <GenerateDocumentationFile>true</GenerateDocumentationFile>
                <RootNamespace>Shared.Game</RootNamespace>
              </PropertyGroup>
            """;
        var library = NewProject("Lines", extraProjectContent: Strict + """
              <ItemGroup>
                <InternalsVisibleTo Include="Game" />
              </ItemGroup>
            """);
        library.WriteFile("Voice/ui.tts.json", """{ "voice": "Puck", "lines": { "click": "Click!", "back": "Going back." } }""");
        library.WriteFile("Menu.cs", """
            namespace Shared.Game;

            /// <summary>The library's own use of its catalog.</summary>
            public static class Menu
            {
                /// <summary>The click sound's WAV.</summary>
                public static string Click => TtsAssets.Voice.Ui.Click.Path;
            }
            """);
        var game = NewProject("Game", outputType: "Exe", extraProjectContent: Strict + $"""
              <ItemGroup>
                <ProjectReference Include="{library.ProjectFile}" />
              </ItemGroup>
            """);
        game.WriteFile("Voice/intro.tts.json", IntroScript);
        game.WriteFile("Program.cs", """
            using Shared.Game;

            Console.WriteLine("GAME " + TtsAssets.All.Count + " " + TtsAssets.Voice.Intro.Greeting.Path);
            Console.WriteLine("LIBRARY " + Menu.Click);
            Console.WriteLine("FILES " + File.Exists(Path.Combine(AppContext.BaseDirectory, Menu.Click)) + " " + File.Exists(Path.Combine(AppContext.BaseDirectory, TtsAssets.Voice.Intro.Greeting.Path)));
            """);

        var build = await game.BuildAsync(Environment);

        AssertSucceeded(build);
        Assert.DoesNotContain("warning CS", build.Output, StringComparison.Ordinal);
        var run = await DotNetCli.RunAsync(game.BinDirectory, ["exec", Path.Combine(game.BinDirectory, "Game.dll")], new Dictionary<string, string?>());
        AssertSucceeded(run);
        Assert.Contains("GAME 2 Voice/intro/greeting.wav", run.Output, StringComparison.Ordinal);
        Assert.Contains("LIBRARY Voice/ui/click.wav", run.Output, StringComparison.Ordinal);

        // The library's WAVs flow to the game's output folder like any content of a referenced project.
        Assert.Contains("FILES True True", run.Output, StringComparison.Ordinal);

        // Every file, also after a no-op build of both (the package copies a project's own bin/ itself and hands the SDK
        // its files only as what the project returns to referencing projects): a library file lost from the game's bin/
        // is back, and the game's own manifest, not the library's, is the one in its bin/.
        string libraryWavInGame = Path.Combine(game.BinDirectory, "Voice", "ui", "back.wav");
        File.Delete(libraryWavInGame);
        AssertSucceeded(await game.BuildAsync(Environment));
        AssertValidWav(libraryWavInGame);
        AssertValidWav(Path.Combine(library.BinDirectory, "Voice", "ui", "back.wav"));
        foreach (string wav in new[] { "Voice/ui/click.wav", "Voice/ui/back.wav", "Voice/intro/greeting.wav", "Voice/intro/warning.wav" })
        {
            AssertValidWav(Path.Combine(game.BinDirectory, wav));
        }

        Assert.Equal(File.ReadAllText(Path.Combine(game.ObjAudioDirectory, "pixazo-tts.manifest.json")), File.ReadAllText(Path.Combine(game.BinDirectory, "pixazo-tts.manifest.json")));

        // Publish of the game: every file of both projects, and one manifest, the game's (a manifest lists its own
        // project's lines; the library's never travels, so two manifests never collide at one path: NETSDK1152).
        var publish = await game.PublishAsync(Environment);
        AssertSucceeded(publish);
        foreach (string wav in new[] { "Voice/ui/click.wav", "Voice/ui/back.wav", "Voice/intro/greeting.wav", "Voice/intro/warning.wav" })
        {
            AssertValidWav(Path.Combine(game.PublishDirectory, wav));
        }

        Assert.Equal(File.ReadAllText(Path.Combine(game.ObjAudioDirectory, "pixazo-tts.manifest.json")), File.ReadAllText(Path.Combine(game.PublishDirectory, "pixazo-tts.manifest.json")));
    }

    [Fact]
    public async Task A_script_that_is_not_UTF8_is_PTTS1014_from_the_compiler_at_the_offending_byte()
    {
        var project = NewProject();
        project.WriteFile("Voice/ok.tts.json", IntroScript);
        Directory.CreateDirectory(project.PathOf("Voice"));
        byte[] latin1 = [.. "{\n  \"lines\": {\n    \"menu\": \"Caf"u8.ToArray(), 0xE9, .. "\"\n  }\n}\n"u8.ToArray()];
        File.WriteAllBytes(project.PathOf("Voice/latin1.tts.json"), latin1);

        var result = await project.BuildAsync(Environment);

        AssertFailed(result);
        Assert.DoesNotContain("   at ", result.Output, StringComparison.Ordinal);
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS1014");
        Assert.Equal(project.PathOf("Voice/latin1.tts.json"), error.File);
        Assert.Equal(3, error.Line);
        Assert.Equal(17, error.Column);
        // The compiler decoded the file (U+FFFD for the bad byte) and the generator reported it, before the task ran.
        Assert.Contains("U+FFFD", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, Emulator.Stats.Generate);
    }

    [Fact]
    public async Task TtsGenerateCatalog_false_loads_no_generator_and_the_task_reports_script_warnings_itself()
    {
        var project = NewProject("NoCatalog", outputType: "Exe", extraProjectContent: "<PropertyGroup><TtsGenerateCatalog>false</TtsGenerateCatalog><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles></PropertyGroup>");
        project.WriteFile("Program.cs", "System.Console.WriteLine(System.IO.File.Exists(System.IO.Path.Combine(System.AppContext.BaseDirectory, \"Voice/intro/greeting.wav\")));");
        project.WriteFile("Voice/intro.tts.json", IntroScript.Replace("\"Fenrir\"", "\"Fenrirr\"", StringComparison.Ordinal));

        var result = await project.BuildAsync(Environment, "-v:n");

        AssertSucceeded(result);
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "warning.wav"));

        // Not loaded at all: no analyzer from the package on the compiler's command line, nothing generated.
        var compilerCommand = Assert.Single(result.Output.Split('\n'), l => l.Contains("/analyzer:", StringComparison.Ordinal) && l.Contains("csc", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("pixazotts", compilerCommand, StringComparison.OrdinalIgnoreCase);
        string generated = Path.Combine(project.Directory, "obj", "Debug", "net10.0", "generated");
        Assert.False(Directory.Exists(generated) && Directory.EnumerateFiles(generated, "TtsAssets*", SearchOption.AllDirectories).Any(), "the catalog was generated");

        // The script warning is still reported, once, at its position: by the task, since no compiler does.
        var warning = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == "PTTS1011");
        Assert.Equal(project.PathOf("Voice/intro.tts.json"), warning.File);
        Assert.Equal(7, warning.Line);
    }
}
