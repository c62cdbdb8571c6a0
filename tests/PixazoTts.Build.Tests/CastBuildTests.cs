using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests;

/// <summary>
/// Cast, lexicon and takes through real builds against the emulator: a change re-makes exactly the lines it touches
/// (the emulator counts the requests), a cache filled before these features is fully reused, and mistakes are errors
/// at their place.
/// </summary>
public sealed class CastBuildTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    private const string CastJson = """
        {
          "cast": {
            "smith": { "voice": "Algenib", "prompt": "Gruff, proud of his work", "language_code": "en-US" },
            "inn": { "voice": "Sulafat", "prompt": "Warm and chatty", "language_code": "en-US" }
          },
          "lexicon": { "Eldoria": "El-DOR-ee-ah" }
        }
        """;

    private const string Forge = """
        {
          "speaker": "smith",
          "lines": {
            "welcome": "Welcome to the finest forge in Eldoria.",
            "price": "Fifty gold. Take it or leave it."
          }
        }
        """;

    private const string Tavern = """
        {
          "speaker": "inn",
          "lines": {
            "room": "A room is five silver a night.",
            "rumor": "They say Eldoria's mines are glowing again.",
            "toast": { "text": "To the smith's good steel!", "speaker": "smith" }
          }
        }
        """;

    private ConsumerProject CastProject()
    {
        var project = NewProject(extraProjectContent: "  <ItemGroup><TtsCast Include=\"Voice/cast.json\" /></ItemGroup>");
        project.WriteFile("Voice/cast.json", CastJson);
        project.WriteFile("Voice/forge.tts.json", Forge);
        project.WriteFile("Voice/tavern.tts.json", Tavern);
        return project;
    }

    private IReadOnlyList<string> TextsRequestedSince(int count) => Emulator.Requests.Skip(count).Select(r => r.Text).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public async Task Casting_lexicon_and_take_changes_re_make_exactly_the_lines_they_touch()
    {
        var project = CastProject();

        var first = await project.BuildAsync(Environment);

        AssertSucceeded(first);
        Assert.Equal(5, Emulator.Stats.Generate);
        // The gateway receives the spoken text; the key hashes it with the character's settings.
        Assert.Contains(Emulator.Requests, r => r.Text == "Welcome to the finest forge in El-DOR-ee-ah." && r.Voice == "Algenib" && r.Prompt == "Gruff, proud of his work");
        Assert.Contains(Emulator.Requests, r => r.Text == "To the smith's good steel!" && r.Voice == "Algenib");
        Assert.DoesNotContain(Emulator.Requests, r => r.Text.Contains("Eldoria", StringComparison.Ordinal));
        Assert.True(File.Exists(CachedWav(Key("Welcome to the finest forge in El-DOR-ee-ah.", "Algenib", "en-US", "Gruff, proud of his work"))));

        // A change of casting: the smith speaks in two scripts; exactly his three lines are made again.
        int before = Emulator.Requests.Count;
        project.WriteFile("Voice/cast.json", CastJson.Replace("\"voice\": \"Algenib\"", "\"voice\": \"Gacrux\"", StringComparison.Ordinal));
        var recast = await project.BuildAsync(Environment);

        AssertSucceeded(recast);
        Assert.Equal(8, Emulator.Stats.Generate);
        Assert.Equal(
            ["Fifty gold. Take it or leave it.", "To the smith's good steel!", "Welcome to the finest forge in El-DOR-ee-ah."],
            TextsRequestedSince(before));
        Assert.All(Emulator.Requests.Skip(before), r => Assert.Equal("Gacrux", r.Voice));

        // A lexicon edit: exactly the two lines with the word.
        before = Emulator.Requests.Count;
        project.WriteFile("Voice/cast.json", CastJson.Replace("\"voice\": \"Algenib\"", "\"voice\": \"Gacrux\"", StringComparison.Ordinal).Replace("El-DOR-ee-ah", "El-DOOR-ia", StringComparison.Ordinal));
        var respelled = await project.BuildAsync(Environment);

        AssertSucceeded(respelled);
        Assert.Equal(10, Emulator.Stats.Generate);
        Assert.Equal(["They say El-DOOR-ia's mines are glowing again.", "Welcome to the finest forge in El-DOOR-ia."], TextsRequestedSince(before));

        // A take bump: exactly one line, under a key of its own; take 1's entry stays in the cache.
        before = Emulator.Requests.Count;
        project.WriteFile("Voice/tavern.tts.json", Tavern.Replace("\"room\": \"A room is five silver a night.\"", "\"room\": { \"text\": \"A room is five silver a night.\", \"take\": 2 }", StringComparison.Ordinal));
        var retake = await project.BuildAsync(Environment);

        AssertSucceeded(retake);
        Assert.Equal(11, Emulator.Stats.Generate);
        Assert.Equal(["A room is five silver a night."], TextsRequestedSince(before));
        string takeTwo = TtsCacheKey.Compute(TtsModels.Gateway, new TtsUtterance("A room is five silver a night.", "Sulafat", "Warm and chatty", "en-US", take: 2));
        Assert.Equal(File.ReadAllBytes(CachedWav(takeTwo)), File.ReadAllBytes(Path.Combine(project.BinDirectory, "Voice", "tavern", "room.wav")));
        Assert.True(File.Exists(CachedWav(Key("A room is five silver a night.", "Sulafat", "en-US", "Warm and chatty"))));
        Assert.Contains("\"take\": 2", File.ReadAllText(Path.ChangeExtension(CachedWav(takeTwo), ".json")), StringComparison.Ordinal);
        Assert.Equal(0, Emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task A_cache_filled_before_casts_lexicons_and_takes_is_fully_reused_after_moving_to_them()
    {
        // Before: each script repeats its character's settings, and the respelling is written into the text.
        var project = NewProject();
        project.WriteFile("Voice/forge.tts.json", """
            {
              "voice": "Algenib", "prompt": "Gruff, proud of his work", "language_code": "en-US",
              "lines": {
                "welcome": "Welcome to the finest forge in El-DOR-ee-ah.",
                "price": "Fifty gold. Take it or leave it."
              }
            }
            """);
        project.WriteFile("Voice/tavern.tts.json", """
            {
              "voice": "Sulafat", "prompt": "Warm and chatty", "language_code": "en-US",
              "lines": {
                "room": "A room is five silver a night.",
                "rumor": "They say El-DOR-ee-ah's mines are glowing again.",
                "toast": { "text": "To the smith's good steel!", "voice": "Algenib", "prompt": "Gruff, proud of his work" }
              }
            }
            """);
        AssertSucceeded(await project.BuildAsync(Environment));
        Assert.Equal(5, Emulator.Stats.Generate);
        var metadataBefore = Directory.EnumerateFiles(Path.Combine(CacheDirectory, "v1"), "*.json", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);

        // After: one cast, speakers, a lexicon and an explicit take 1: the same spoken lines, so nothing is requested.
        var moved = CastProject();
        moved.WriteFile("Voice/tavern.tts.json", Tavern.Replace("\"room\": \"A room is five silver a night.\"", "\"room\": { \"text\": \"A room is five silver a night.\", \"take\": 1 }", StringComparison.Ordinal));
        var after = await moved.BuildAsync(Environment);

        AssertSucceeded(after);
        Assert.Equal(5, Emulator.Stats.Generate);
        Assert.Contains("5 cache hits, 0 synthesized", after.Output, StringComparison.Ordinal);
        Assert.Equal(metadataBefore.Keys.Order(), Directory.EnumerateFiles(Path.Combine(CacheDirectory, "v1"), "*.json", SearchOption.AllDirectories).Order());
        Assert.All(metadataBefore, pair => Assert.Equal(pair.Value, File.ReadAllBytes(pair.Key)));
    }

    public static TheoryData<string, string, string> Mistakes => new()
    {
        { "PTTS1018", "{\n  \"speaker\": \"smiht\",\n  \"lines\": { \"a\": \"x\" }\n}\n", "\"smiht\"" },
        { "PTTS1019", "{\n  \"lines\": {\n    \"a\": { \"text\": \"x\", \"take\": 0 }\n  }\n}\n", "0 }" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task An_unknown_speaker_or_a_bad_take_is_an_error_at_its_place_and_nothing_is_requested(string code, string script, string marker)
    {
        var project = CastProject();
        project.WriteFile("Voice/broken.tts.json", script);

        var result = await project.BuildAsync(Environment);

        AssertFailed(result);
        Assert.Equal(0, Emulator.Stats.Generate);
        string[] lines = script.Split('\n');
        int expectedLine = Array.FindIndex(lines, l => l.Contains(marker, StringComparison.Ordinal)) + 1;
        int expectedColumn = lines[expectedLine - 1].IndexOf(marker, StringComparison.Ordinal) + 1;
        var error = Assert.Single(ConsumerProject.Diagnostics(result), d => d.Code == code);
        Assert.Equal("error", error.Severity);
        Assert.Equal(project.PathOf("Voice/broken.tts.json"), error.File);
        Assert.Equal((expectedLine, expectedColumn), (error.Line, error.Column));
        if (code == "PTTS1018")
        {
            Assert.Contains("did you mean 'smith'?", error.Message, StringComparison.Ordinal);
        }
    }
}
