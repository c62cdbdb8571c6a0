using PixazoTts.Build.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tests;

/// <summary>README: "A property that is set wins over its environment variable" (PixazoBaseUrl, TtsCacheDirectory, PixazoApiKey).</summary>
public sealed class SettingsPrecedenceTests(PackageFeedFixture feed) : EndToEndTest(feed)
{
    [Fact]
    public async Task PixazoBaseUrl_TtsCacheDirectory_and_PixazoApiKey_properties_win_over_their_environment_variables()
    {
        // Two gateways that accept only the property's key: the environment points at the decoy, with another key, and
        // at another cache. Whichever setting lost to its environment variable shows: requests at the decoy, a PTTS3001
        // for the environment's key, or entries in the environment's cache.
        const string PropertyKey = "pk-property-key";
        await UseEmulatorAsync(new EmulatorOptions { LatencyMs = 100, ApiKey = PropertyKey });
        await using var decoy = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 100, ApiKey = PropertyKey });
        string propertyCache = Path.Combine(WorkDirectory, "property-cache");
        var environment = new BuildEnvironment(CacheDirectory, decoy.BaseUrl, ApiKey);
        var project = NewProject();
        project.WriteFile("Voice/intro.tts.json", IntroScript);

        var result = await project.BuildAsync(
            environment,
            "-p:PixazoBaseUrl=" + Emulator.BaseUrl.ToString().TrimEnd('/'),
            "-p:TtsCacheDirectory=" + propertyCache,
            "-p:PixazoApiKey=" + PropertyKey);

        AssertSucceeded(result);
        Assert.Equal(0, decoy.Stats.Generate);
        Assert.Equal(2, Emulator.Stats.Accepted);
        Assert.Equal(0, ConsumerProject.CountCode(result, "PTTS3001"));
        Assert.Empty(CachedKeys());
        string entry = Key("Hello, traveller!", "Kore", "en-US", "Warm, friendly narrator");
        Assert.True(File.Exists(Path.Combine(propertyCache, "v1", entry[..2], entry + ".wav")), "no entry in the TtsCacheDirectory cache");
        AssertValidWav(Path.Combine(project.BinDirectory, "Voice", "intro", "greeting.wav"));
    }
}
