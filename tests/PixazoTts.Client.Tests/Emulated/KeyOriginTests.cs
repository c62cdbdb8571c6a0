using PixazoTts.Client.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Client.Tests.Emulated;

/// <summary>
/// The API key goes to the gateway's origin only: not to media on another origin, not through a
/// media redirect, not to a polling_url on another origin. The emulator counts every request that
/// carries the key where it must not go; a second loopback server counts what reaches it.
/// </summary>
public class KeyOriginTests
{
    [Theory]
    [InlineData(EmulatorHostileModes.ForeignMediaUrl)]
    [InlineData(EmulatorHostileModes.RedirectMedia)]
    [InlineData(EmulatorHostileModes.ForeignPollingUrl)]
    [InlineData(EmulatorHostileModes.ForeignMediaUrl | EmulatorHostileModes.RedirectMedia | EmulatorHostileModes.ForeignPollingUrl)]
    public async Task Another_origin_in_the_gateways_answers_never_receives_the_key(EmulatorHostileModes hostile)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = hostile });
        using var client = TestClients.Create(emulator.BaseUrl);

        var result = await client.SynthesizeAsync(TestClients.DocumentationExample);

        Assert.Equal(24000, result.Audio.SampleRate);
        Assert.True(emulator.Stats.Media >= 1);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Theory]
    [InlineData(ForeignOriginMode.Relay, 0)]
    [InlineData(ForeignOriginMode.Redirect, 4)]
    public async Task Media_through_a_chain_of_redirects_on_another_origin_is_fetched_without_the_key(ForeignOriginMode mode, int hops)
    {
        await using var cdn = await ForeignOriginServer.StartAsync(mode, hops);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, MediaBaseUrl = cdn.BaseUrl });
        cdn.Target = emulator.BaseUrl;
        using var client = TestClients.Create(emulator.BaseUrl);

        var result = await client.SynthesizeAsync(TestClients.DocumentationExample);

        Assert.Equal(24000, result.Audio.SampleRate);
        Assert.Equal(1 + hops, cdn.Requests);
        Assert.Equal(0, cdn.KeyLeaks);
        Assert.Equal(0, emulator.Stats.KeyLeaks);
    }

    [Fact]
    public async Task More_than_five_media_redirects_are_PTTS3010()
    {
        await using var cdn = await ForeignOriginServer.StartAsync(ForeignOriginMode.Redirect, hops: 5);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, MediaBaseUrl = cdn.BaseUrl });
        cdn.Target = emulator.BaseUrl;
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoUnsafeUrlException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3010", exception.Code);

        TestClients.AssertIsDocumented(exception);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(6, cdn.Requests);
        Assert.Equal(0, cdn.KeyLeaks);
        Assert.Equal(0, emulator.Stats.Media);
    }

    [Fact]
    public async Task A_media_redirect_to_a_file_url_is_PTTS3010()
    {
        await using var cdn = await ForeignOriginServer.StartAsync(ForeignOriginMode.RedirectToFile);
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, MediaBaseUrl = cdn.BaseUrl });
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoUnsafeUrlException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3010", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Contains("file:", exception.Message);
        Assert.Equal(1, cdn.Requests);
        Assert.Equal(0, cdn.KeyLeaks);
    }

    [Fact]
    public async Task A_file_media_url_is_PTTS3010_and_nothing_is_read()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, Hostile = EmulatorHostileModes.FileMediaUrl });
        using var client = TestClients.Create(emulator.BaseUrl);

        var exception = await Assert.ThrowsAsync<PixazoUnsafeUrlException>(() => client.SynthesizeAsync(TestClients.DocumentationExample));

        Assert.Equal("PTTS3010", exception.Code);

        TestClients.AssertIsDocumented(exception);
        Assert.Contains("file:", exception.Message);
        Assert.DoesNotContain("passwd", exception.Message);
        TestClients.AssertKeyFree(exception);
        Assert.Equal(0, emulator.Stats.Media);
    }
}
