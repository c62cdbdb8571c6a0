using PixazoTts.Audio;
using PixazoTts.Caching;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>
/// One end-to-end scenario: an emulator of its own on loopback, a cache of its own, a random API key, and helpers to
/// make consumer projects and check what they produced.
/// </summary>
[Collection(EndToEndGroup.Name)]
public abstract class EndToEndTest : IAsyncLifetime
{
    /// <summary>Two lines with file-level defaults, one with its own voice: the shape most tests use.</summary>
    protected const string IntroScript = """
        {
          "voice": "Kore",
          "language_code": "en-US",
          "prompt": "Warm, friendly narrator",
          "lines": {
            "greeting": "Hello, traveller!",
            "warning": { "text": "Stay back!", "voice": "Fenrir", "prompt": "Shout it, urgently" }
          }
        }
        """;

    private EmulatorHost? _emulator;

    protected EndToEndTest(PackageFeedFixture feed)
    {
        Feed = feed;
        WorkDirectory = feed.NewWorkDirectory(GetType().Name);
        CacheDirectory = Path.Combine(WorkDirectory, "cache");
    }

    protected PackageFeedFixture Feed { get; }

    protected string WorkDirectory { get; }

    protected string CacheDirectory { get; }

    /// <summary>A fresh random key per test: whatever the build prints, the key must not be in it.</summary>
    protected string ApiKey { get; } = "pk-e2e-" + Guid.NewGuid().ToString("N");

    protected EmulatorHost Emulator => _emulator ?? throw new InvalidOperationException("The emulator is not started.");

    protected BuildEnvironment Environment => new(CacheDirectory, Emulator.BaseUrl, ApiKey);

    /// <summary>Options for this test's emulator; fast jobs by default.</summary>
    protected virtual EmulatorOptions EmulatorOptions => new() { LatencyMs = 100 };

    public virtual async Task InitializeAsync() => _emulator = await EmulatorHost.StartAsync(EmulatorOptions);

    /// <summary>Replaces this test's emulator with one started with <paramref name="options"/> (fault injection).</summary>
    protected async Task UseEmulatorAsync(EmulatorOptions options)
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }

        _emulator = await EmulatorHost.StartAsync(options);
    }

    public virtual async Task DisposeAsync()
    {
        if (_emulator is not null)
        {
            await _emulator.DisposeAsync();
        }
    }

    protected ConsumerProject NewProject(string name = "Consumer", string outputType = "Library", string extraProjectContent = "") =>
        new(Feed, Path.Combine(WorkDirectory, name), name, outputType, extraProjectContent);

    protected static string Key(string text, string? voice, string? languageCode, string? prompt, string model = TtsModels.Gateway) =>
        TtsCacheKey.Compute(model, new TtsUtterance(text, voice: voice, prompt: prompt, languageCode: languageCode));

    protected string CachedWav(string key) => Path.Combine(CacheDirectory, "v1", key[..2], key + ".wav");

    /// <summary>Every cache entry's key (the WAV files under v1/).</summary>
    protected IReadOnlyList<string> CachedKeys() =>
        Directory.Exists(Path.Combine(CacheDirectory, "v1"))
            ? Directory.EnumerateFiles(Path.Combine(CacheDirectory, "v1"), "*.wav", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).Select(k => k!).Order().ToList()
            : [];

    protected static void AssertValidWav(string path)
    {
        Assert.True(File.Exists(path), "missing: " + path);
        Assert.True(WavFile.TryInspect(File.ReadAllBytes(path), out var info, out string? problem), path + ": " + problem);
        Assert.True(info!.Duration > TimeSpan.Zero, path + " is empty");
    }

    protected static void AssertSucceeded(DotNetResult result) => Assert.True(result.Succeeded, result.ToString());

    protected static void AssertFailed(DotNetResult result) => Assert.False(result.Succeeded, result.ToString());

    /// <summary>The task's summary line appears only when the synthesis target ran.</summary>
    protected static bool SynthesisRan(DotNetResult result) => result.Output.Contains("PixazoTts: ", StringComparison.Ordinal);
}
