using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

public class MediaLimitTests
{
    private const long OneMiB = 1024 * 1024;

    [Theory]
    [InlineData(EmulatorHostileModes.OversizeMedia)]
    [InlineData(EmulatorHostileModes.OversizeMediaChunked)]
    public async Task Media_larger_than_the_cap_is_PTTS3011_whether_announced_or_counted(EmulatorHostileModes hostile)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = hostile, OversizeMediaMiB = 4 });
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxDownloadBytes = OneMiB);

        var exception = await Assert.ThrowsAsync<PixazoMediaTooLargeException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3011", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(OneMiB, exception.LimitBytes);
        Assert.StartsWith("gemini-flash-tts_", exception.RequestId);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(1, emulator.Stats.Media);
    }

    [Fact]
    public async Task The_cap_is_counted_while_streaming_even_through_a_relay_without_a_length()
    {
        await using var cdn = await ForeignOriginServer.StartAsync(ForeignOriginMode.Relay);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, MediaBaseUrl = cdn.BaseUrl });
        cdn.Target = emulator.BaseUrl;
        using var client = TestClients.Create(emulator.BaseUrl, o => o.MaxDownloadBytes = 1000);

        var exception = await Assert.ThrowsAsync<PixazoMediaTooLargeException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3011", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Equal(1, cdn.Requests);
    }
}
