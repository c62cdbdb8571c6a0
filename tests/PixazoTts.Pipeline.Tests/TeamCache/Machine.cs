using PixazoTts.Audio;
using PixazoTts.Caching;
using PixazoTts.Pipeline.RemoteCache;

namespace PixazoTts.Pipeline.Tests.TeamCache;

/// <summary>One "machine" in a scenario: a local cache folder of its own.</summary>
public sealed class Machine : IDisposable
{
    public Machine(string name)
    {
        Root = Path.Combine(Path.GetTempPath(), "pixazotts-machine-" + name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Cache = new TtsCache(Root);
    }

    public string Root { get; }

    public TtsCache Cache { get; }

    /// <summary>
    /// Puts a line's audio in this machine's cache as the gateway would (model <c>gemini-flash-tts</c>), with the
    /// placeholder voice's deterministic audio (what the emulator returns). <paramref name="take"/> varies the audio
    /// for the same key, as two real syntheses of one line differ.
    /// </summary>
    public async Task<string> AddGatewayEntryAsync(string text, string? voice = "Kore", int take = 0, string model = TtsModels.Gateway)
    {
        // Another prompt gives other audio; the key is the same because the metadata names the line without it.
        byte[] wav = PlaceholderVoice.Synthesize(new TtsUtterance(text, voice, take == 0 ? null : "take " + take, "en-US"));
        var production = TestEntries.Produce(wav, model, text, voice, "en-US", "req-" + Guid.NewGuid().ToString("N")[..8]);
        string key = TestEntries.Key(model, text, voice, "en-US");
        await Cache.GetOrAddAsync(key, _ => Task.FromResult(production), CancellationToken.None);
        return key;
    }

    /// <summary>Other valid 24 kHz audio for <paramref name="text"/>, of another length: what a forger would upload.</summary>
    public static byte[] OtherAudio(string text) => PlaceholderVoice.Synthesize(new TtsUtterance(text + " and then some more words", "Puck", "forged", "en-US"));

    public byte[] Wav(string key) => File.ReadAllBytes(Cache.GetWavPath(key));

    public bool Has(string key) => Cache.Lookup(key).Found;

    public PixazoTts.Pipeline.RemoteCache.TeamCache Connect(RemoteCacheOptions options) => PixazoTts.Pipeline.RemoteCache.TeamCache.Create(options, Cache);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
            // Nothing was written.
        }
    }
}

/// <summary>The one place the tests build cache keys and cache entries with Core's types.</summary>
public static class TestEntries
{
    public static string Key(string model, string text, string? voice, string? languageCode) =>
        TtsCacheKey.Compute(model, new TtsUtterance(text, voice, null, languageCode));

    public static TtsCacheProduction Produce(byte[] wav, string model, string text, string? voice, string? languageCode, string? requestId) =>
        new(new TtsKeyedUtterance(model, new TtsUtterance(text, voice, null, languageCode)), wav, null, requestId, DateTimeOffset.UtcNow);
}
