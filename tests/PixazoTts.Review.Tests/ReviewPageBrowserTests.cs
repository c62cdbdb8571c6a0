using System.Globalization;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PixazoTts.Pipeline.Review;
using PixazoTts.Review.Tests.Infrastructure;

namespace PixazoTts.Review.Tests;

/// <summary>
/// The review page as a person uses it: written by <see cref="ReviewPage.Write"/> from real placeholder-voice WAVs,
/// opened from disk (file://, no server) in headless chromium, listened to, filtered, searched and driven by keyboard.
/// </summary>
public sealed class ReviewPageBrowserTests : IClassFixture<Chromium>, IDisposable
{
    private readonly Chromium _chromium;
    private readonly TempDirectory _temp = new();

    public ReviewPageBrowserTests(Chromium chromium)
    {
        _chromium = chromium;
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Every_audio_element_loads_and_reports_the_duration_of_its_wav()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var result = ReviewPage.Write(lines, _temp.Combine("review"));
        var page = await _chromium.OpenAsync(result.IndexPath);

        Assert.Equal(lines.Count, await page.Locator("audio").CountAsync());
        await LoadEveryAudio(page);
        var reported = await page.EvaluateAsync<JsonElement>(
            "() => [...document.querySelectorAll('tr.line')].map(r => ({ id: r.dataset.id, script: r.dataset.script, src: r.querySelector('audio').getAttribute('src'), duration: r.querySelector('audio').duration, error: r.querySelector('audio').error && r.querySelector('audio').error.code, cell: r.querySelector('td.duration').textContent }))");

        Assert.Equal(lines.Count, reported.GetArrayLength());
        foreach (var element in reported.EnumerateArray())
        {
            var line = lines.Single(l => l.Id == element.GetProperty("id").GetString() && l.Script == element.GetProperty("script").GetString());
            Assert.Equal(JsonValueKind.Null, element.GetProperty("error").ValueKind);

            // The page plays its own copy, referenced relatively: DIR/audio/<key>.wav.
            Assert.Equal("audio/" + line.Key + ".wav", element.GetProperty("src").GetString());
            var expected = ReviewSamples.WavSeconds(line.AudioPath);
            var actual = element.GetProperty("duration").GetDouble();
            Assert.True(Math.Abs(actual - expected) <= 0.020, $"{line.Id}: the browser reports {actual:0.000} s, the WAV holds {expected:0.000} s");
            Assert.Equal(expected.ToString("0.00", CultureInfo.InvariantCulture) + " s", element.GetProperty("cell").GetString());
        }
    }

    [Fact]
    public async Task Filters_and_search_change_the_visible_rows()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var page = await _chromium.OpenAsync(ReviewPage.Write(lines, _temp.Combine("review")).IndexPath);
        var visible = page.Locator("tr.line:not([hidden])");
        Assert.Equal(lines.Count, await visible.CountAsync());

        await page.SelectOptionAsync("#filter-file", ReviewSamples.World);
        Assert.Equal(Ids(lines.Where(l => l.Script == ReviewSamples.World)), await VisibleIds(page));
        Assert.Equal("Showing 4 of 11 lines", await page.Locator("#count").TextContentAsync());

        await page.SelectOptionAsync("#filter-voice", "Puck");
        Assert.Equal(new[] { "greeting-ja", "greeting-zh" }, await VisibleIds(page));

        await page.SelectOptionAsync("#filter-kind", "placeholder");
        Assert.Equal(new[] { "greeting-zh" }, await VisibleIds(page));

        await page.SelectOptionAsync("#filter-file", "");
        await page.SelectOptionAsync("#filter-voice", "");
        Assert.Equal(Ids(lines.Where(l => l.IsPlaceholder)), await VisibleIds(page));

        // The default voice has its own entry.
        await page.SelectOptionAsync("#filter-kind", "");
        await page.SelectOptionAsync("#filter-voice", new SelectOptionValue { Label = "Default voice" });
        Assert.Equal(new[] { "sign" }, await VisibleIds(page));
        await page.SelectOptionAsync("#filter-voice", "");

        // Search: words anywhere in text, id or prompt, in any order; CJK and Arabic text too.
        await page.FillAsync("#search", "blade edge");
        Assert.Equal(new[] { "farewell" }, await VisibleIds(page));
        await page.FillAsync("#search", "新しい剣");
        Assert.Equal(new[] { "greeting-ja" }, await VisibleIds(page));
        await page.FillAsync("#search", "المسافر");
        Assert.Equal(new[] { "greeting-ar" }, await VisibleIds(page));
        await page.FillAsync("#search", "GRUFF");
        Assert.Equal(Ids(lines.Where(l => l.Prompt?.Contains("gruff", StringComparison.Ordinal) == true)), await VisibleIds(page));
        await page.FillAsync("#search", "no line says this");
        Assert.Empty(await VisibleIds(page));
        Assert.True(await page.Locator("#empty").IsVisibleAsync());

        await page.FillAsync("#search", "");
        Assert.Equal(lines.Count, await visible.CountAsync());
        Assert.False(await page.Locator("#empty").IsVisibleAsync());

        // On a narrow screen the rows become cards: filtering still hides them.
        await page.SetViewportSizeAsync(600, 900);
        Assert.Equal(lines.Count, (await VisibleIds(page)).Length);
        await page.SelectOptionAsync("#filter-status", "changed");
        Assert.Empty(await VisibleIds(page));
        await page.SelectOptionAsync("#filter-status", "new");
        Assert.Equal(lines.Count, (await VisibleIds(page)).Length);
        await page.FillAsync("#search", "欢迎");
        Assert.Equal(new[] { "greeting-zh" }, await VisibleIds(page));
    }

    [Fact]
    public async Task J_and_k_move_the_selection_and_space_plays_the_selected_line()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var page = await _chromium.OpenAsync(ReviewPage.Write(lines, _temp.Combine("review")).IndexPath);
        await LoadEveryAudio(page);

        await page.Keyboard.PressAsync("j");
        Assert.Equal(lines[0].Id, await SelectedId(page));
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        Assert.Equal(lines[2].Id, await SelectedId(page));
        await page.Keyboard.PressAsync("k");
        Assert.Equal(lines[1].Id, await SelectedId(page));
        Assert.Equal(1, await page.Locator("tr.line.selected").CountAsync());

        await page.Keyboard.PressAsync(" ");
        await page.WaitForFunctionAsync("() => { const a = document.querySelector('tr.line.selected audio'); return !a.paused && a.currentTime > 0; }", null, new() { Timeout = 10_000 });
        Assert.Equal(1, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('audio')].filter(a => !a.paused).length"));
        Assert.Equal("Pause " + lines[1].Id, await page.Locator("tr.line.selected button").GetAttributeAsync("aria-label"));

        // Space again pauses; j then space plays the next line instead.
        await page.Keyboard.PressAsync(" ");
        await page.WaitForFunctionAsync("() => document.querySelector('tr.line.selected audio').paused");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync(" ");
        await page.WaitForFunctionAsync("() => !document.querySelector('tr.line.selected audio').paused");
        Assert.Equal(lines[2].Id, await SelectedId(page));
        Assert.Equal(1, await page.EvaluateAsync<int>("() => [...document.querySelectorAll('audio')].filter(a => !a.paused).length"));

        // j and k skip rows hidden by a filter, and typing in the search box moves nothing.
        await page.Keyboard.PressAsync(" ");
        await page.SelectOptionAsync("#filter-file", ReviewSamples.World);
        await page.Locator("#search").FocusAsync();
        await page.Keyboard.PressAsync("j");
        Assert.Equal("j", await page.InputValueAsync("#search"));
        await page.FillAsync("#search", "");
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        Assert.Equal("greeting-he", await SelectedId(page));
    }

    [Fact]
    public async Task Right_to_left_text_renders_right_to_left_and_cjk_text_carries_its_language()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var page = await _chromium.OpenAsync(ReviewPage.Write(lines, _temp.Combine("review")).IndexPath);

        foreach (var (id, lang, direction) in new[] { ("greeting-ar", "ar-EG", "rtl"), ("greeting-he", "he-IL", "rtl"), ("intro", "en-US", "ltr"), ("greeting-ja", "ja-JP", "ltr"), ("greeting-zh", "zh-CN", "ltr") })
        {
            var layout = await page.EvaluateAsync<JsonElement>(
                @"id => {
                    const text = document.querySelector(`tr.line[data-id='${id}'] .text`);
                    const cell = text.parentElement.getBoundingClientRect();
                    const box = text.getBoundingClientRect();
                    const range = document.createRange();
                    const node = text.firstChild;
                    range.setStart(node, 0); range.setEnd(node, 1);
                    const first = range.getBoundingClientRect();
                    range.setStart(node, node.length - 1); range.setEnd(node, node.length);
                    const last = range.getBoundingClientRect();
                    const inline = document.createRange(); inline.selectNodeContents(text);
                    const content = inline.getClientRects()[0];
                    return { dir: text.getAttribute('dir'), lang: text.getAttribute('lang'), direction: getComputedStyle(text).direction,
                             firstLeft: first.left, firstRight: first.right, lastLeft: last.left, lastRight: last.right,
                             contentLeft: content.left, contentRight: content.right, boxLeft: box.left, boxRight: box.right,
                             width: box.width, height: box.height, cellWidth: cell.width, text: text.textContent };
                }", id);

            Assert.Equal("auto", layout.GetProperty("dir").GetString());
            Assert.Equal(lang, layout.GetProperty("lang").GetString());
            Assert.Equal(direction, layout.GetProperty("direction").GetString());
            Assert.Equal(lines.Single(l => l.Id == id).Text, layout.GetProperty("text").GetString());
            Assert.True(layout.GetProperty("width").GetDouble() > 0 && layout.GetProperty("height").GetDouble() > 0, id + " has no size");

            double F(string name) => layout.GetProperty(name).GetDouble();
            if (direction == "rtl")
            {
                // The first character is at the right, the last at the left, and the line hugs the cell's right edge.
                Assert.True(F("firstLeft") > F("lastRight") - 1, $"{id}: the first character ({F("firstLeft")}) is not to the right of the last ({F("lastRight")})");
                Assert.True(F("boxRight") - F("contentRight") < 2, $"{id}: the text does not start at the right edge ({F("contentRight")} vs {F("boxRight")})");
                Assert.True(F("contentLeft") - F("boxLeft") > 2, $"{id}: the text is not right-aligned");
            }
            else
            {
                Assert.True(F("firstRight") < F("lastLeft") + 1, $"{id}: the first character is not to the left of the last");
                Assert.True(F("contentLeft") - F("boxLeft") < 2, $"{id}: the text does not start at the left edge");
            }
        }

        Assert.True(await page.Locator("tr.line[data-id='greeting-ja'] .text").EvaluateAsync<bool>("e => e.matches(':lang(ja)')"));
        Assert.True(await page.Locator("tr.line[data-id='greeting-zh'] .text").EvaluateAsync<bool>("e => e.matches(':lang(zh)')"));
    }

    [Fact]
    public async Task Text_that_looks_like_markup_shows_as_written_and_runs_nothing()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var page = await _chromium.OpenAsync(ReviewPage.Write(lines, _temp.Combine("review")).IndexPath);

        var text = page.Locator("tr.line[data-id='sign'] .text");
        Assert.Equal(ReviewSamples.HostileText, await text.TextContentAsync());
        Assert.Equal(0, await text.Locator("b").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__injected ?? null"));
        Assert.Equal(2, await page.Locator("script").CountAsync());
    }

    [Fact]
    public async Task A_second_review_marks_new_and_changed_lines_and_lists_removed_ones()
    {
        var cache = _temp.Combine("cache");
        var directory = _temp.Combine("review");
        var specs = ReviewSamples.Standard().ToList();
        var first = ReviewPage.Write(ReviewSamples.Make(specs, cache), directory);
        Assert.Equal((11, 11, 0), (first.Lines, first.New, first.Changed));

        var page = await _chromium.OpenAsync(first.IndexPath);
        Assert.True(await page.Locator("#first-review").IsVisibleAsync());
        Assert.Equal(11, await page.Locator("tr.line[data-status='new']").CountAsync());
        await page.CloseAsync();

        // The blacksmith's farewell gets new words, a tutorial line arrives, the Hebrew greeting goes.
        specs[5] = specs[5] with { Text = "Mind the edge on that blade. It bites." };
        specs.Add(new ReviewSamples.Spec("Voice/tutorial.tts.json", "jump", "Press space to jump.", "Puck"));
        specs.RemoveAll(s => s.Id == "greeting-he");
        var second = ReviewPage.Write(ReviewSamples.Make(specs, cache), directory);
        Assert.Equal((11, 1, 1), (second.Lines, second.New, second.Changed));

        page = await _chromium.OpenAsync(second.IndexPath);
        Assert.False(await page.Locator("#first-review").IsVisibleAsync());
        Assert.Equal(new[] { "jump" }, await page.Locator("tr.line[data-status='new']").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));
        Assert.Equal(new[] { "farewell" }, await page.Locator("tr.line[data-status='changed']").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.id)"));
        Assert.Equal("Changed", await page.Locator("tr.line[data-id='farewell'] .badge.changed").TextContentAsync());

        await page.SelectOptionAsync("#filter-status", "new-or-changed");
        Assert.Equal(new[] { "farewell", "jump" }, await VisibleIds(page));
        await page.SelectOptionAsync("#filter-status", "unchanged");
        Assert.Equal(9, (await VisibleIds(page)).Length);

        Assert.Equal("1", await page.Locator("dd[data-summary='new']").TextContentAsync());
        Assert.Equal("1", await page.Locator("dd[data-summary='changed']").TextContentAsync());
        Assert.Equal("1 line removed since the previous review", await page.Locator("#removed summary").TextContentAsync());
        Assert.Contains("greeting-he", await page.Locator("#removed li").TextContentAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_shows_costs_and_its_screenshot_is_saved()
    {
        // A second review, as the team sees it most days: a few lines new or changed since the last one.
        var cache = _temp.Combine("cache");
        var earlier = ReviewSamples.Standard().Where(s => s.Id is not "greeting-zh" and not "secret").ToList();
        earlier[earlier.FindIndex(s => s.Id == "farewell")] = earlier.Single(s => s.Id == "farewell") with { Text = "Mind the blade." };
        ReviewPage.Write(ReviewSamples.Make(earlier, cache), _temp.Combine("review"));
        // Lines the last review already had come from the cache now: they cost nothing.
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), cache)
            .Select(l => earlier.Any(s => s.Script == l.Script && s.Id == l.Id && s.Text == l.Text) ? l with { CostUsd = 0m } : l)
            .ToList();
        var result = ReviewPage.Write(lines, _temp.Combine("review"));
        Assert.Equal((11, 2, 1), (result.Lines, result.New, result.Changed));
        var page = await _chromium.OpenAsync(result.IndexPath, 1440, 1000);
        await LoadEveryAudio(page);

        Assert.Equal("$0.0018", await page.Locator("dd[data-summary='cost']").TextContentAsync());
        Assert.Equal("$0.0018", await page.Locator("tr.line[data-id='farewell'] td.cost").TextContentAsync());
        Assert.Equal("$0.00", await page.Locator("tr.line[data-id='intro'] td.cost").TextContentAsync());
        var total = lines.Sum(l => ReviewSamples.WavSeconds(l.AudioPath));
        Assert.Equal(
            string.Create(CultureInfo.InvariantCulture, $"{(int)(total / 60)}:{total % 60:00.0}"),
            await page.Locator("dd[data-summary='duration']").TextContentAsync());

        // A waveform is drawn from the samples: the canvas holds non-transparent pixels.
        await page.WaitForFunctionAsync(
            "() => { const c = document.querySelector(\"tr.line[data-id='intro'] canvas\"); return c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v > 0); }");

        // The screenshot in the docs shows a selected line part-way through playback.
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync("j");
        await page.EvaluateAsync("() => { const a = document.querySelector('tr.line.selected audio'); a.currentTime = a.duration * 0.45; }");
        await page.WaitForFunctionAsync("() => document.querySelector('tr.line.selected .time').textContent.startsWith('0:01')");
        var png = await page.ScreenshotAsync(new PageScreenshotOptions { FullPage = true });
        Assert.True(png.Length > 10_000);

        // PIXAZO_TTS_REVIEW_SCREENSHOT=<path> (docs/review.md) writes it where the docs take it from.
        var target = Environment.GetEnvironmentVariable("PIXAZO_TTS_REVIEW_SCREENSHOT");
        if (!string.IsNullOrEmpty(target))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            await File.WriteAllBytesAsync(target, png);
        }
    }

    [Fact]
    public async Task The_waveform_seeks_and_play_on_goes_to_the_next_visible_line()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var page = await _chromium.OpenAsync(ReviewPage.Write(lines, _temp.Combine("review")).IndexPath);
        await LoadEveryAudio(page);

        // A click three quarters along the waveform puts the playhead three quarters into the line.
        var canvas = page.Locator("tr.line[data-id='intro'] canvas");
        var box = (await canvas.BoundingBoxAsync())!;
        await canvas.ClickAsync(new LocatorClickOptions { Position = new Position { X = box.Width * 0.75f, Y = box.Height / 2 } });
        var fraction = await page.EvaluateAsync<double>("() => { const a = document.querySelector(\"tr.line[data-id='intro'] audio\"); return a.currentTime / a.duration; }");
        Assert.InRange(fraction, 0.72, 0.78);

        // A filter that hides the selected line clears the selection; with "play on", the end of a line starts the next
        // visible one.
        await page.CheckAsync("#play-next");
        await page.SelectOptionAsync("#filter-file", ReviewSamples.World);
        await page.Locator("tr.line[data-id='greeting-ar'] button").ClickAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector(\"tr.line[data-id='greeting-ar'] audio\").paused");
        await page.SelectOptionAsync("#filter-voice", "Puck");
        Assert.Null(await SelectedId(page)); // the selected line was filtered out
        await page.SelectOptionAsync("#filter-voice", "");
        await page.Locator("tr.line[data-id='greeting-he'] button").ClickAsync();
        await page.EvaluateAsync("() => { const a = document.querySelector(\"tr.line[data-id='greeting-he'] audio\"); a.currentTime = a.duration - 0.2; }");
        await page.WaitForFunctionAsync("() => !document.querySelector(\"tr.line[data-id='greeting-ja'] audio\").paused");
        Assert.Equal("greeting-ja", await SelectedId(page));
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector(\"tr.line[data-id='greeting-ar'] audio\").paused"));
    }

    [Fact]
    public async Task A_line_that_a_filter_or_the_search_hides_stops_playing_and_the_keys_follow_the_visible_rows()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var page = await _chromium.OpenAsync(ReviewPage.Write(lines, _temp.Combine("review")).IndexPath);
        await LoadEveryAudio(page);
        const string Playing = "() => [...document.querySelectorAll('tr.line')].filter(r => !r.querySelector('audio').paused).map(r => r.dataset.id)";

        // A playing line that the search hides stops at once, and shows as stopped.
        await page.SelectOptionAsync("#filter-file", ReviewSamples.World);
        await page.Locator("tr.line[data-id='greeting-ja'] button").ClickAsync();
        await page.WaitForFunctionAsync("() => { const a = document.querySelector(\"tr.line[data-id='greeting-ja'] audio\"); return !a.paused && a.currentTime > 0; }", null, new() { Timeout = 10_000 });
        await page.FillAsync("#search", "Kore");
        Assert.Equal(new[] { "greeting-ar", "greeting-he" }, await VisibleIds(page));
        Assert.Empty(await page.EvaluateAsync<string[]>(Playing));
        Assert.Equal("Play greeting-ja", await page.Locator("tr.line[data-id='greeting-ja'] button").GetAttributeAsync("aria-label"));
        Assert.Equal(0, await page.Locator("tr.line.playing").CountAsync());
        Assert.Null(await SelectedId(page));

        // k goes on from where the hidden line was (the visible line above it), and space plays that visible line only.
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync("k");
        Assert.Equal("greeting-he", await SelectedId(page));
        await page.Keyboard.PressAsync(" ");
        await page.WaitForFunctionAsync("() => !document.querySelector(\"tr.line[data-id='greeting-he'] audio\").paused", null, new() { Timeout = 10_000 });
        Assert.Equal(new[] { "greeting-he" }, await page.EvaluateAsync<string[]>(Playing));

        // A filter that hides it stops it too; with nothing visible, space plays nothing. (Escape in the search box
        // blurred it and, as a search field does, cleared it.)
        await page.SelectOptionAsync("#filter-voice", new SelectOptionValue { Label = "Default voice" });
        Assert.Empty(await VisibleIds(page));
        Assert.Empty(await page.EvaluateAsync<string[]>(Playing));
        await page.Keyboard.PressAsync("Escape");
        await page.Keyboard.PressAsync(" ");
        await page.Keyboard.PressAsync("j");
        await page.Keyboard.PressAsync(" ");
        await Task.Delay(300);
        Assert.Empty(await page.EvaluateAsync<string[]>(Playing));
        Assert.Null(await SelectedId(page));
    }

    [Fact]
    public async Task The_page_passes_the_axe_accessibility_rules()
    {
        var lines = ReviewSamples.Make(ReviewSamples.Standard(), _temp.Combine("cache"));
        var page = await _chromium.OpenAsync(ReviewPage.Write(lines, _temp.Combine("review")).IndexPath);
        await page.Keyboard.PressAsync("j");

        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = scheme });
            var result = await page.RunAxe();
            Assert.True(
                result.Violations.Length == 0,
                scheme + ": " + string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}")));
            Assert.True(result.Passes.Length > 10, "axe ran its rules");
        }
    }

    // A row's audio loads its metadata when the row comes near the screen: scroll through them all, as a person would.
    private static async Task LoadEveryAudio(IPage page)
    {
        foreach (var row in await page.Locator("tr.line:not([hidden])").AllAsync())
        {
            await row.ScrollIntoViewIfNeededAsync();
        }

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('tr.line:not([hidden]) audio')].every(a => a.readyState >= 1)");
    }

    private static string[] Ids(IEnumerable<ReviewLine> lines) => lines.Select(l => l.Id).ToArray();

    // The rows the browser actually lays out (not merely those without the hidden attribute).
    private static Task<string[]> VisibleIds(IPage page) =>
        page.Locator("tr.line").EvaluateAllAsync<string[]>("rows => rows.filter(r => r.getClientRects().length > 0 && r.getBoundingClientRect().height > 0).map(r => r.dataset.id)");

    // Evaluated rather than located: a locator would wait for a selected row to appear.
    private static Task<string?> SelectedId(IPage page) =>
        page.EvaluateAsync<string?>("() => document.querySelector('tr.line.selected')?.dataset.id ?? null");
}
