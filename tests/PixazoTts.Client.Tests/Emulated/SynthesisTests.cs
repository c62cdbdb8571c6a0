using PixazoTts.Audio;
using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

/// <summary>The happy path against the emulator over loopback HTTP.</summary>
public class SynthesisTests
{
    [Fact]
    public async Task The_documentation_example_comes_back_as_a_valid_24kHz_mono_wav_with_its_metadata()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 100 });
        using var client = TestClients.Create(emulator.BaseUrl);

        var result = await client.SynthesizeAsync(TestClients.DocumentationExample);

        Assert.True(WavFile.TryInspect(result.Wav, out var info, out var problem), problem);
        Assert.Equal(24000, info!.SampleRate);
        Assert.Equal(24000, result.Audio.SampleRate);
        Assert.Equal(1, result.Audio.Channels);
        Assert.Equal(16, result.Audio.BitsPerSample);
        Assert.True(result.Audio.Duration > TimeSpan.Zero);
        Assert.StartsWith("gemini-flash-tts_", result.RequestId);
        Assert.Equal("gemini-flash-tts", result.ModelId);
        Assert.NotNull(result.CreatedAt);
        Assert.NotNull(result.CompletedAt);
        Assert.True(result.CompletedAt >= result.CreatedAt);
        Assert.Equal(1, result.Attempts);
        Assert.True(result.StatusChecks >= 1);

        var stats = emulator.Stats;
        Assert.Equal(1, stats.Generate);
        Assert.Equal(1, stats.Completed);
        Assert.Equal(result.StatusChecks, stats.Status);
        Assert.Equal(0.04m, stats.ChargedUsd);
        Assert.Equal(0, stats.KeyLeaks);
    }

    [Fact]
    public async Task Parallel_calls_share_one_client_and_teach_it_how_long_jobs_take()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 200 });
        using var client = TestClients.Create(emulator.BaseUrl);
        Assert.Null(client.ExpectedJobDuration);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => client.SynthesizeAsync(new TtsSynthesisRequest($"Line number {i}.", "Kore"))));

        Assert.Equal(8, results.Select(r => r.RequestId).Distinct().Count());
        Assert.All(results, r => Assert.Equal(24000, r.Audio.SampleRate));
        Assert.NotNull(client.ExpectedJobDuration);
        Assert.Equal(8, emulator.Stats.Completed);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task Longer_text_gives_longer_audio()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50 });
        using var client = TestClients.Create(emulator.BaseUrl);

        var shortLine = await client.SynthesizeAsync(new TtsSynthesisRequest("Hi."));
        var longLine = await client.SynthesizeAsync(new TtsSynthesisRequest("This is a much longer line of dialogue, with several clauses, that takes a while to say."));

        Assert.True(longLine.Audio.Duration > shortLine.Audio.Duration);
    }
}
