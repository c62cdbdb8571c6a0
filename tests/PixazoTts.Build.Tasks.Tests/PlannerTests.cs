using PixazoTts.Audio;
using PixazoTts.Caching;
using PixazoTts.Build.Tasks.Tests.Infrastructure;

namespace PixazoTts.Build.Tasks.Tests;

/// <summary><see cref="TtsAudioPlanner"/> returns a plan as plain data: it reads the cache and changes nothing.</summary>
public sealed class PlannerTests : IDisposable
{
    private readonly TaskWorkspace _workspace = new();

    public void Dispose() => _workspace.Dispose();

    private static List<TtsDistinctLine> Lines(params string[] texts)
    {
        var script = new TtsAssetScript("/p/Voice/a.tts.json", "Voice/a.tts.json", TtsVoiceSettings.None, TtsScriptParser.Parse(
            "/p/Voice/a.tts.json", "{ \"lines\": { " + string.Join(", ", texts.Select((t, i) => $"\"l{i}\": \"{t}\"")) + " } }"));
        return [.. TtsDistinctLine.Group(TtsAssetLoader.Resolve([script], TtsVoiceSettings.None))];
    }

    private async Task StoreAsync(TtsKeyedUtterance target)
    {
        var cache = new TtsCache(_workspace.CacheDirectory);
        await cache.GetOrAddAsync(target.Key, _ => Task.FromResult(new TtsCacheProduction(target, PlaceholderVoice.Synthesize(target.Utterance), null, null, DateTimeOffset.UtcNow)), CancellationToken.None);
    }

    [Fact]
    public void Equal_utterances_in_different_lines_are_one_distinct_line()
    {
        var lines = Lines("Same words.", "Other words.", "Same words.");

        Assert.Equal(2, lines.Count);
        Assert.Equal(["l0", "l2"], lines[0].Occurrences.Select(o => o.Line.Id));
        Assert.Equal(new TtsUtterance("Same words.").ComputeKey(TtsModels.Gateway), lines[0].Gateway.Key);
    }

    [Fact]
    public async Task Real_audio_wins_wherever_it_is_cached_and_the_rest_follows_the_provider()
    {
        var lines = Lines("Real.", "Placeholder.", "Missing.");
        await StoreAsync(lines[0].Gateway);
        await StoreAsync(lines[1].Placeholder);
        var cache = new TtsCache(_workspace.CacheDirectory);

        var withoutKey = TtsAudioPlanner.Plan(lines, TtsProviderKind.Auto, hasApiKey: false, cache);
        var withKey = TtsAudioPlanner.Plan(lines, TtsProviderKind.Auto, hasApiKey: true, cache);
        var placeholderOnly = TtsAudioPlanner.Plan(lines, TtsProviderKind.Placeholder, hasApiKey: true, cache);

        Assert.Equal([TtsAudioSource.CachedGateway, TtsAudioSource.CachedPlaceholder, TtsAudioSource.Placeholder], withoutKey.Lines.Select(l => l.Source));
        Assert.Equal([TtsAudioSource.CachedGateway, TtsAudioSource.Gateway, TtsAudioSource.Gateway], withKey.Lines.Select(l => l.Source));
        Assert.Equal([TtsAudioSource.Placeholder, TtsAudioSource.CachedPlaceholder, TtsAudioSource.Placeholder], placeholderOnly.Lines.Select(l => l.Source));
        Assert.True(withKey.NeedsGateway);
        Assert.False(withoutKey.NeedsGateway);
        Assert.Equal(2, withoutKey.CacheHits);
        Assert.Equal([lines[2]], withoutKey.ToMake.Select(l => l.Line));
        Assert.Equal(_workspace.CacheFiles("*.wav").Order(), withoutKey.Lines.Where(l => !l.IsToMake).Select(l => l.CachedWavPath!).Order());
    }

    [Fact]
    public async Task Planning_changes_nothing_and_gives_the_same_plan_twice()
    {
        var lines = Lines("Real.", "Missing.");
        await StoreAsync(lines[0].Gateway);
        var cache = new TtsCache(_workspace.CacheDirectory);
        var before = _workspace.CacheFiles("*").Select(f => (f, File.GetLastWriteTimeUtc(f))).Order().ToList();

        var first = TtsAudioPlanner.Plan(lines, TtsProviderKind.Auto, hasApiKey: true, cache);
        var second = TtsAudioPlanner.Plan(lines, TtsProviderKind.Auto, hasApiKey: true, cache);

        Assert.Equal(first.Lines, second.Lines);
        Assert.Equal(before, _workspace.CacheFiles("*").Select(f => (f, File.GetLastWriteTimeUtc(f))).Order().ToList());
    }

    [Fact]
    public async Task A_corrupt_entry_is_a_PTTS2005_warning_in_the_plan_and_the_line_is_made_again()
    {
        var lines = Lines("Damaged.");
        await StoreAsync(lines[0].Gateway);
        string wav = Assert.Single(_workspace.CacheFiles("*.wav"));
        File.WriteAllBytes(wav, [1, 2, 3]);

        var plan = TtsAudioPlanner.Plan(lines, TtsProviderKind.Auto, hasApiKey: true, new TtsCache(_workspace.CacheDirectory));

        Assert.Equal("PTTS2005", Assert.Single(plan.Diagnostics).Code);
        Assert.Equal(TtsAudioSource.Gateway, Assert.Single(plan.ToMake).Source);
    }
}
