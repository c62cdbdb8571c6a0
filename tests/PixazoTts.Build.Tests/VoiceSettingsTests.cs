using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tests;

/// <summary>
/// README, Configuration: the <c>TtsDefault*</c> properties and the <c>TtsAsset</c> metadata <c>Voice</c>,
/// <c>Prompt</c>, <c>LanguageCode</c> and <c>Link</c> in a real build, with the documented precedence (the line, the
/// file's top level, the item metadata, the project property, else left out of the request), checked by what the
/// gateway received.
/// </summary>
public sealed class VoiceSettingsTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task Lines_reach_the_gateway_with_the_line_file_item_and_project_settings_in_that_order_and_Link_places_the_output()
    {
        var project = NewProject(extraProjectContent: """
              <PropertyGroup>
                <TtsDefaultVoice>Charon</TtsDefaultVoice>
                <TtsDefaultLanguageCode>en-GB</TtsDefaultLanguageCode>
              </PropertyGroup>
              <ItemGroup>
                <TtsAsset Update="Voice/guards.tts.json" Voice="Orus" Prompt="Gruff and bored" LanguageCode="en-AU" />
                <TtsAsset Update="Voice/odd/place.tts.json" Link="Lines/renamed.tts.json" />
              </ItemGroup>
            """);
        project.WriteFile("Voice/plain.tts.json", """{ "lines": { "defaults": "Project defaults only." } }""");
        project.WriteFile("Voice/guards.tts.json", """
            {
              "prompt": "File prompt",
              "lines": {
                "halt": "Halt!",
                "own": { "text": "Line settings win.", "voice": "Puck", "language_code": "fr-FR" }
              }
            }
            """);
        project.WriteFile("Voice/odd/place.tts.json", """{ "lines": { "moved": "Linked here." } }""");
        project.WriteFile("Uses.cs", """
            namespace Consumer;

            internal static class Uses
            {
                // Link also names the catalog class: this compiles only if it does.
                public static string Moved => TtsAssets.Lines.Renamed.Moved.Path;
            }
            """);

        var result = await project.BuildAsync(Environment);

        AssertSucceeded(result);
        var expected = new[]
        {
            Request("Project defaults only.", "Charon", null, "en-GB"),
            Request("Halt!", "Orus", "File prompt", "en-AU"),
            Request("Line settings win.", "Puck", "File prompt", "fr-FR"),
            Request("Linked here.", "Charon", null, "en-GB"),
        };
        Assert.Equal(
            expected.OrderBy(r => r.Text, StringComparer.Ordinal),
            Emulator.Requests.Select(r => r with { RequestId = string.Empty }).OrderBy(r => r.Text, StringComparer.Ordinal));

        // The item metadata and properties are part of each line's key, and Link moves the script's output folder.
        AssertValidWav(CachedWav(Key("Halt!", "Orus", "en-AU", "File prompt")));
        string moved = Path.Combine(project.BinDirectory, "Lines", "renamed", "moved.wav");
        AssertValidWav(moved);
        Assert.Equal(File.ReadAllBytes(CachedWav(Key("Linked here.", "Charon", "en-GB", null))), File.ReadAllBytes(moved));
        Assert.False(Directory.Exists(Path.Combine(project.BinDirectory, "Voice", "odd")), "the linked script also landed at its own path");
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "guards", "own.wav"));
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "plain", "defaults.wav"));
    }

    private static EmulatorRequest Request(string text, string? voice, string? prompt, string? languageCode) =>
        new(string.Empty, text, voice, prompt, languageCode);
}
