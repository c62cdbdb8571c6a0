using System.Collections.Concurrent;
using PixazoTts.Pipeline.RemoteCache;

namespace PixazoTts.Pipeline.Tests.TeamCache;

/// <summary>
/// An upload reads back the WAV it put before describing it. On a store whose writes of one object are not atomic
/// (s3rver), a racing writer can be halfway through replacing it: that read is a damaged object, the same thing a fetch
/// refuses. The store here tears exactly that read, so the outcome is certain rather than a race's.
/// </summary>
public sealed class TornReadBackTests
{
    [Fact]
    public async Task A_WAV_torn_by_another_writer_is_left_undescribed_and_the_remote_stays_open()
    {
        using var machine = new Machine("ci");
        string torn = await machine.AddGatewayEntryAsync("Written by two agents at once.");
        string fine = await machine.AddGatewayEntryAsync("Written by this agent alone.");
        var store = new TearingStore(RemoteCacheLayout.WavName(torn));
        var problems = new List<TtsDiagnostic>();
        var options = RemoteCacheOptions.TryCreate("https://cache.example/team", "ReadWrite", null, _ => null, problems)!;
        using var team = new PixazoTts.Pipeline.RemoteCache.TeamCache(store, options, machine.Cache);

        var uploads = await team.UploadAsync([torn, fine], CancellationToken.None);

        Assert.Empty(problems);
        Assert.Null(team.Failure);
        Assert.Equal(RemoteUploadOutcome.AlreadyPresent, uploads[0].Outcome);
        Assert.Contains("being stored", uploads[0].Reason);
        Assert.False(store.Has(RemoteCacheLayout.MetadataName(torn)));
        Assert.Equal(RemoteUploadOutcome.Uploaded, uploads[1].Outcome);
        Assert.True(store.Has(RemoteCacheLayout.MetadataName(fine)));
    }

    private sealed class TearingStore(string tornName) : ITtsRemoteStore
    {
        private readonly ConcurrentDictionary<string, byte[]> _objects = new(StringComparer.Ordinal);

        public string Description => "https://cache.example/team";

        public bool Has(string name) => _objects.ContainsKey(name);

        public Task<byte[]?> GetAsync(string name, long maxBytes, CancellationToken cancellationToken) =>
            name == tornName
                ? throw new RemoteStoreException("GET " + name + ": the object does not match its checksum", isTransient: true) { IsDamagedObject = true }
                : Task.FromResult(_objects.TryGetValue(name, out byte[]? bytes) ? bytes : null);

        public Task<bool> ExistsAsync(string name, CancellationToken cancellationToken) => Task.FromResult(_objects.ContainsKey(name));

        public Task<bool> PutIfAbsentAsync(string name, byte[] content, string contentType, CancellationToken cancellationToken) =>
            Task.FromResult(_objects.TryAdd(name, content));

        public void Dispose()
        {
        }
    }
}
