using PixazoTts.Pipeline.Review;
using PixazoTts.Review.Tests.Infrastructure;

namespace PixazoTts.Review.Tests;

/// <summary>
/// What <see cref="ReviewPage.Write"/> leaves in its folder: the page, the audio copied by key, the state that tells the
/// next review what is new or changed, and the clean-up that removes only audio it wrote itself.
/// </summary>
public sealed class ReviewPageWriteTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private string Cache => _temp.Combine("cache");

    private string Dir => _temp.Combine("review");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_first_review_counts_every_line_new_and_copies_each_audio_under_its_key()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), Cache);
        var result = ReviewPage.Write(lines, Dir);

        Assert.Equal(new ReviewPageResult(Path.Combine(Dir, "index.html"), 11, 11, 0), result);
        Assert.True(File.Exists(result.IndexPath));
        foreach (var line in lines)
        {
            Assert.Equal(File.ReadAllBytes(line.AudioPath), File.ReadAllBytes(Path.Combine(Dir, "audio", line.Key + ".wav")));
        }

        var data = PageData.Read(result.IndexPath);
        Assert.True(data.GetProperty("firstReview").GetBoolean());
        Assert.All(lines, l => Assert.Equal("new", PageData.Status(data, l.Id)));
        Assert.Equal(new[] { "index.html", "pixazo-tts.review-state.json" }, Directory.GetFiles(Dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(lines.Count, Directory.GetFiles(Path.Combine(Dir, "audio")).Length);
    }

    [Fact]
    public void The_page_carries_every_field_of_a_line()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), Cache);
        var data = PageData.Read(ReviewPage.Write(lines, Dir).IndexPath);
        var intro = lines.Single(l => l.Id == "intro");
        var line = PageData.Line(data, "intro");

        Assert.Equal(intro.Script, line.GetProperty("script").GetString());
        Assert.Equal(intro.Text, line.GetProperty("text").GetString());
        Assert.Equal("Charon", line.GetProperty("voice").GetString());
        Assert.Equal(intro.Prompt, line.GetProperty("prompt").GetString());
        Assert.Equal("en-US", line.GetProperty("language").GetString());
        Assert.Equal("en-US", line.GetProperty("lang").GetString());
        Assert.Equal(intro.Key, line.GetProperty("key").GetString());
        Assert.Equal("audio/" + intro.Key + ".wav", line.GetProperty("audio").GetString());
        Assert.False(line.GetProperty("placeholder").GetBoolean());
        Assert.Equal(0.0042m, line.GetProperty("costUsd").GetDecimal());
        Assert.Equal("$0.0042", line.GetProperty("costText").GetString());
        Assert.Equal(ReviewSamples.WavSeconds(intro.AudioPath), line.GetProperty("durationSeconds").GetDouble(), 6);
        Assert.Equal(ReviewAudio.PeakCount, line.GetProperty("peaks").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("problem").ValueKind);

        var summary = data.GetProperty("summary");
        Assert.Equal(11, summary.GetProperty("lines").GetInt32());
        Assert.Equal(5, summary.GetProperty("placeholder").GetInt32());
        Assert.Equal(6, summary.GetProperty("real").GetInt32());
        Assert.Equal("$0.0131", summary.GetProperty("costText").GetString());
        Assert.Equal(lines.Sum(l => ReviewSamples.WavSeconds(l.AudioPath)), summary.GetProperty("durationSeconds").GetDouble(), 6);

        // A line without voice or prompt: null in the data, the page shows the default voice.
        var sign = PageData.Line(data, "sign");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sign.GetProperty("voice").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, sign.GetProperty("prompt").ValueKind);
        Assert.Equal(ReviewSamples.HostileText, sign.GetProperty("text").GetString());
    }

    [Fact]
    public void The_same_lines_again_are_unchanged_and_their_audio_is_not_rewritten()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), Cache);
        ReviewPage.Write(lines, Dir);
        var copied = Path.Combine(Dir, "audio", lines[0].Key + ".wav");
        var stamp = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(copied, stamp);

        var result = ReviewPage.Write(lines, Dir);

        Assert.Equal((11, 0, 0), (result.Lines, result.New, result.Changed));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(copied));
        var data = PageData.Read(result.IndexPath);
        Assert.False(data.GetProperty("firstReview").GetBoolean());
        Assert.All(lines, l => Assert.Equal("unchanged", PageData.Status(data, l.Id)));
        Assert.Equal(0, data.GetProperty("removed").GetArrayLength());
    }

    [Fact]
    public void Changed_added_and_removed_lines_are_told_apart_and_unused_audio_goes()
    {
        var specs = ReviewSamples.Standard().ToList();
        var before = ReviewSamples.Make(specs, Cache);
        ReviewPage.Write(before, Dir);

        // Files the review did not write stay, even one named like its own audio.
        var stranger = Path.Combine(Dir, "audio", new string('a', 64) + ".wav");
        File.WriteAllText(stranger, "not ours");
        File.WriteAllText(Path.Combine(Dir, "notes.txt"), "listened up to greeting-ja");
        File.WriteAllText(Path.Combine(Dir, "audio", "mix.wav"), "not ours either");

        specs[0] = specs[0] with { Prompt = "A tired storyteller" };                  // changed: another prompt
        specs[1] = specs[1] with { Script = "Voice/narrator-v2.tts.json" };          // moved: new in the new file
        specs.RemoveAll(s => s.Id == "greeting-he");                                 // removed
        specs.Add(new ReviewSamples.Spec(ReviewSamples.World, "greeting-ko", "안녕하세요, 여행자님.", "Kore", null, "ko-KR"));
        var after = ReviewSamples.Make(specs, Cache);
        var result = ReviewPage.Write(after, Dir);

        Assert.Equal((11, 2, 1), (result.Lines, result.New, result.Changed));
        var data = PageData.Read(result.IndexPath);
        Assert.Equal("changed", PageData.Status(data, "intro"));
        Assert.Equal("new", PageData.Status(data, "descent"));
        Assert.Equal("new", PageData.Status(data, "greeting-ko"));
        Assert.Equal("unchanged", PageData.Status(data, "greeting-ar"));
        Assert.Equal(
            new[] { (ReviewSamples.Narrator, "descent"), (ReviewSamples.World, "greeting-he") },
            data.GetProperty("removed").EnumerateArray().Select(r => (r.GetProperty("script").GetString()!, r.GetProperty("id").GetString()!)));

        // The old intro and the Hebrew greeting are no longer used: removed. The moved line keeps its audio (same key).
        Assert.False(File.Exists(Path.Combine(Dir, "audio", before[0].Key + ".wav")));
        Assert.False(File.Exists(Path.Combine(Dir, "audio", before.Single(l => l.Id == "greeting-he").Key + ".wav")));
        Assert.True(File.Exists(Path.Combine(Dir, "audio", before[1].Key + ".wav")));
        Assert.All(after, l => Assert.True(File.Exists(Path.Combine(Dir, "audio", l.Key + ".wav"))));
        Assert.True(File.Exists(stranger));
        Assert.True(File.Exists(Path.Combine(Dir, "notes.txt")));
        Assert.True(File.Exists(Path.Combine(Dir, "audio", "mix.wav")));
        Assert.Equal(after.Count + 2, Directory.GetFiles(Path.Combine(Dir, "audio")).Length);
    }

    [Fact]
    public void Two_lines_with_one_key_share_one_audio_file()
    {
        var specs = new[]
        {
            new ReviewSamples.Spec("a.tts.json", "yes", "Yes.", "Kore"),
            new ReviewSamples.Spec("b.tts.json", "agree", "Yes.", "Kore"),
        };
        var lines = ReviewSamples.Make(specs, Cache);
        Assert.Equal(lines[0].Key, lines[1].Key);

        var data = PageData.Read(ReviewPage.Write(lines, Dir).IndexPath);
        Assert.Single(Directory.GetFiles(Path.Combine(Dir, "audio")));
        Assert.Equal(PageData.Line(data, "yes").GetProperty("audio").GetString(), PageData.Line(data, "agree").GetProperty("audio").GetString());

        // Dropping one of them keeps the file the other still uses; dropping both removes it.
        ReviewPage.Write(lines.Take(1).ToList(), Dir);
        Assert.Single(Directory.GetFiles(Path.Combine(Dir, "audio")));
        var result = ReviewPage.Write(Array.Empty<ReviewLine>(), Dir);
        Assert.Empty(Directory.GetFiles(Path.Combine(Dir, "audio")));
        Assert.Equal((0, 0, 0), (result.Lines, result.New, result.Changed));
    }

    [Fact]
    public void An_unreadable_state_file_makes_every_line_new_and_removes_nothing()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), Cache);
        ReviewPage.Write(lines, Dir);
        File.WriteAllText(Path.Combine(Dir, "pixazo-tts.review-state.json"), "{ not json");

        var result = ReviewPage.Write(lines.Skip(1).ToList(), Dir);

        Assert.Equal((10, 10, 0), (result.Lines, result.New, result.Changed));
        Assert.True(File.Exists(Path.Combine(Dir, "audio", lines[0].Key + ".wav")), "with no trustworthy state, no audio is removed");

        // The state is whole again: the next review compares with this one.
        Assert.Equal(0, ReviewPage.Write(lines.Skip(1).ToList(), Dir).New);
    }

    [Fact]
    public void A_state_file_naming_other_files_cannot_make_a_review_delete_them()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard().Take(2), Cache);
        ReviewPage.Write(lines, Dir);
        var outside = _temp.Combine("precious.wav");
        File.WriteAllText(outside, "keep");
        File.WriteAllText(Path.Combine(Dir, "keep.wav"), "keep");
        var lookalike = new string('b', 64);
        File.WriteAllText(Path.Combine(Dir, "audio", lookalike + ".wav.bak"), "keep");
        File.WriteAllText(
            Path.Combine(Dir, "pixazo-tts.review-state.json"),
            $$"""{ "format": 1, "lines": [], "audio": ["../precious.wav", "keep.wav", "audio/../../precious.wav", "/etc/hostname", "audio/{{lookalike}}.wav.bak", "audio/{{lookalike.ToUpperInvariant()}}.wav"] }""");

        ReviewPage.Write(lines, Dir);

        Assert.True(File.Exists(outside));
        Assert.True(File.Exists(Path.Combine(Dir, "keep.wav")));
        Assert.True(File.Exists(Path.Combine(Dir, "audio", lookalike + ".wav.bak")));
        Assert.True(File.Exists("/etc/hostname"));
    }

    [Fact]
    public void Malformed_lines_are_refused_before_anything_is_written()
    {
        var line = ReviewSamples.Make(ReviewSamples.Standard().Take(1), Cache)[0];

        AssertRefused(new[] { line, line with { Text = "Other words." } }, "is given twice");
        AssertRefused(new[] { line with { Key = line.Key.ToUpperInvariant() } }, "malformed key");
        AssertRefused(new[] { line with { Key = "../../escape" } }, "malformed key");
        AssertRefused(new[] { line with { AudioPath = "cache/x.wav" } }, "is not absolute");
        AssertRefused(new[] { line with { AudioPath = Path.Combine(Cache, "noextension") } }, "no plain extension");
        AssertRefused(new[] { line with { Text = null! } }, "lacks its script, id, text");

        // An audio file that cannot be read names the line.
        var missing = line with { AudioPath = Path.Combine(Cache, "gone.wav") };
        var error = Assert.Throws<IOException>(() => ReviewPage.Write(new[] { missing }, Dir));
        Assert.Contains("'intro' in 'Voice/narrator.tts.json'", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Dir, "index.html")));

        void AssertRefused(ReviewLine[] lines, string message)
        {
            var refused = Assert.Throws<ArgumentException>(() => ReviewPage.Write(lines, Dir));
            Assert.Contains(message, refused.Message, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Dir), "nothing is written for a refused line");
        }
    }

    [Fact]
    public void Audio_in_another_format_is_copied_with_its_extension_and_has_no_waveform()
    {
        Directory.CreateDirectory(Cache);
        var key = new string('c', 64);
        var opus = Path.Combine(Cache, key + ".opus");
        File.WriteAllBytes(opus, "OggS not a real stream"u8.ToArray());
        var broken = Path.Combine(Cache, "broken.wav");
        File.WriteAllBytes(broken, "RIFF"u8.ToArray());

        var data = PageData.Read(ReviewPage.Write(
            new[]
            {
                new ReviewLine("s.tts.json", "opus", "Hi.", null, null, null, key, opus, false, 0.001m),
                new ReviewLine("s.tts.json", "broken", "Hi!", null, null, "not a tag\"><x", new string('d', 64), broken, true, 0m),
            },
            Dir).IndexPath);

        Assert.True(File.Exists(Path.Combine(Dir, "audio", key + ".opus")));
        var line = PageData.Line(data, "opus");
        Assert.Equal("audio/" + key + ".opus", line.GetProperty("audio").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("durationSeconds").ValueKind);
        Assert.Equal(0, line.GetProperty("peaks").GetArrayLength());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, line.GetProperty("problem").ValueKind);

        var bad = PageData.Line(data, "broken");
        Assert.StartsWith("not a WAV file", bad.GetProperty("problem").GetString(), StringComparison.Ordinal);
        Assert.Equal("not a tag\"><x", bad.GetProperty("language").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, bad.GetProperty("lang").ValueKind);
    }
}
