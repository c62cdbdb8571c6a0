using PixazoTts.Caching;
using Polly;
using Polly.Retry;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// The team cache in a build: the lookup order's middle step (local cache → remote → gateway or placeholder) and the
/// write-once upload of what the build synthesized. Every downloaded entry is verified
/// (<see cref="RemoteEntryVerifier"/>) and stored whole in the local cache before anyone uses it; anything else is a
/// miss and leaves nothing behind. Lookups and uploads run concurrently (bounded); 429 and 5xx are retried briefly;
/// the first failure of any other kind, or retries exhausted, is recorded once (<see cref="Failure"/>), cancels what is
/// in flight, and the remote is skipped for the rest of the build, as Gradle and ccache do.
/// </summary>
public sealed class TeamCache : IDisposable
{
    private readonly ITtsRemoteStore _store;
    private readonly TtsCache _local;
    private readonly RemoteCacheOptions _options;
    private readonly ResiliencePipeline _retry;
    private readonly CancellationTokenSource _circuit = new();
    private readonly object _failureLock = new();
    private RemoteCacheFailure? _failure;

    /// <summary>Creates the team cache over <paramref name="store"/>.</summary>
    /// <param name="store">The remote store (owned: disposed with this).</param>
    /// <param name="options">The settings.</param>
    /// <param name="local">The local cache that verified entries go into.</param>
    public TeamCache(ITtsRemoteStore store, RemoteCacheOptions options, TtsCache local)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _local = local ?? throw new ArgumentNullException(nameof(local));
        var limits = options.Limits;
        _retry = limits.MaxRetries <= 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder().AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<RemoteStoreException>(e => e.IsTransient),
                MaxRetryAttempts = limits.MaxRetries,
                Delay = limits.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
            }).Build();
    }

    /// <summary>The team cache for <paramref name="options"/>, with the store its URL names.</summary>
    /// <param name="options">The settings.</param>
    /// <param name="local">The local cache.</param>
    /// <exception cref="RemoteStoreException">The store cannot be set up.</exception>
    public static TeamCache Create(RemoteCacheOptions options, TtsCache local) => new(RemoteStoreFactory.Create(options), options, local);

    /// <summary>The remote as named in messages.</summary>
    public string Description => _store.Description;

    /// <summary>The settings.</summary>
    public RemoteCacheOptions Options => _options;

    /// <summary>The remote's first failure in this build, or null while it works.</summary>
    public RemoteCacheFailure? Failure
    {
        get
        {
            lock (_failureLock)
            {
                return _failure;
            }
        }
    }

    /// <summary>
    /// Looks <paramref name="keys"/> up in the remote; each verified entry is stored in the local cache.
    /// Results are in the order of <paramref name="keys"/>.
    /// </summary>
    /// <param name="keys">Keys the local cache does not have.</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    /// <exception cref="TtsCacheException">The local cache cannot be written (PTTS2006).</exception>
    public async Task<IReadOnlyList<RemoteFetch>> FetchAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);

        var results = new RemoteFetch[keys.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _options.Limits.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, keys.Count), options, async (index, ct) =>
            results[index] = await FetchOneAsync(keys[index], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    /// <summary>
    /// In <see cref="RemoteCacheMode.ReadWrite"/>: offers the local entries of <paramref name="keys"/> to the remote,
    /// write-once. Placeholder audio is never uploaded. In <see cref="RemoteCacheMode.Read"/>: does nothing.
    /// </summary>
    /// <param name="keys">Keys of entries this build synthesized (gateway audio).</param>
    /// <param name="cancellationToken">Cancels the build.</param>
    public async Task<IReadOnlyList<RemoteUpload>> UploadAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);

        if (_options.Mode != RemoteCacheMode.ReadWrite)
        {
            return [];
        }

        var results = new RemoteUpload[keys.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _options.Limits.MaxConcurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, keys.Count), options, async (index, ct) =>
            results[index] = await UploadOneAsync(keys[index], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _circuit.Dispose();
        _store.Dispose();
    }

    private async Task<RemoteFetch> FetchOneAsync(string key, CancellationToken cancellationToken)
    {
        var result = await GuardAsync(
            async ct =>
            {
                try
                {
                    return await DownloadAsync(key, ct).ConfigureAwait(false);
                }
                catch (RemoteStoreException exception) when (exception.IsDamagedObject)
                {
                    return new RemoteFetch(key, RemoteFetchOutcome.Refused, null, exception.Message);
                }
            },
            cancellationToken).ConfigureAwait(false);

        if (result is null)
        {
            return new RemoteFetch(key, RemoteFetchOutcome.Skipped, null, null);
        }

        if (result.Verified is not { } production)
        {
            return result;
        }

        // Whole-or-nothing, under the key's lock; Core checks key and WAV once more. Not cancellable by the remote's
        // circuit: the bytes are here and verified.
        var entry = await _local.GetOrAddAsync(key, _ => Task.FromResult(production), cancellationToken).ConfigureAwait(false);
        return new RemoteFetch(key, RemoteFetchOutcome.Downloaded, entry.WavPath, null);
    }

    private async Task<RemoteFetch> DownloadAsync(string key, CancellationToken cancellationToken)
    {
        var limits = _options.Limits;
        byte[]? json = await GetAsync(RemoteCacheLayout.MetadataName(key), limits.MaxMetadataBytes, cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return new RemoteFetch(key, RemoteFetchOutcome.Missing, null, null);
        }

        byte[]? wav = await GetAsync(RemoteCacheLayout.WavName(key), limits.MaxWavBytes, cancellationToken).ConfigureAwait(false);
        if (wav is null)
        {
            return new RemoteFetch(key, RemoteFetchOutcome.Missing, null, null);
        }

        var metadata = RemoteEntryVerifier.Verify(key, wav, json, _options.SigningKey, out string? reason);
        return metadata is null
            ? new RemoteFetch(key, RemoteFetchOutcome.Refused, null, reason)
            : new RemoteFetch(key, RemoteFetchOutcome.Downloaded, null, null)
            {
                // Core rebuilds the metadata from the request fields, the WAV and the provenance: the same entry, unsigned.
                // Reproducible: the remote still has it, so the local copy is not flushed to disk one file at a time.
                Verified = new TtsCacheProduction(
                    new TtsKeyedUtterance(metadata.Model, metadata.Utterance), wav, null, metadata.RequestId, metadata.CreatedAt, reproducible: true),
            };
    }

    private async Task<RemoteUpload> UploadOneAsync(string key, CancellationToken cancellationToken)
    {
        var metadata = _local.ReadMetadata(key);
        if (metadata is null)
        {
            return new RemoteUpload(key, RemoteUploadOutcome.NotShared, "the local entry has no readable metadata");
        }

        if (!string.Equals(metadata.Model, TtsModels.Gateway, StringComparison.Ordinal))
        {
            return new RemoteUpload(key, RemoteUploadOutcome.NotShared, "placeholder audio is never uploaded");
        }

        byte[] wav;
        try
        {
            wav = await File.ReadAllBytesAsync(_local.GetWavPath(key), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return new RemoteUpload(key, RemoteUploadOutcome.NotShared, "the local WAV cannot be read (" + exception.Message + ")");
        }

        byte[]? json = RemoteEntryVerifier.DescribeForUpload(key, wav, metadata, _options.SigningKey);
        if (json is null)
        {
            return new RemoteUpload(key, RemoteUploadOutcome.NotShared, "the local WAV does not match its metadata");
        }

        var result = await GuardAsync(
            async ct =>
            {
                string metadataName = RemoteCacheLayout.MetadataName(key);
                string wavName = RemoteCacheLayout.WavName(key);
                if (await Retry(c => _store.ExistsAsync(metadataName, c), ct).ConfigureAwait(false))
                {
                    return new RemoteUpload(key, RemoteUploadOutcome.AlreadyPresent, null);
                }

                await Retry(c => _store.PutIfAbsentAsync(wavName, wav, "audio/wav", c), ct).ConfigureAwait(false);

                // Whatever the PUT said, describe only the WAV that is there now: it may be a half-finished writer's
                // (then complete it only if it is the very same audio), or, on a server that ignores If-None-Match,
                // a racing writer's that replaced ours. Never describe someone else's bytes, never overwrite them.
                byte[]? there;
                try
                {
                    there = await GetAsync(wavName, _options.Limits.MaxWavBytes, ct).ConfigureAwait(false);
                }
                catch (RemoteStoreException exception) when (exception.IsDamagedObject)
                {
                    // Torn under our eyes: on a store whose writes of one object are not atomic, another writer is
                    // still replacing it. Like a fetch that meets it, leave it undescribed; the circuit stays closed.
                    return new RemoteUpload(key, RemoteUploadOutcome.AlreadyPresent, "another writer's WAV is being stored under this key; it was not described (" + exception.Message + ")");
                }

                if (there is null || !string.Equals(RemoteEntryVerifier.Sha256(there), metadata.Sha256, StringComparison.Ordinal))
                {
                    return new RemoteUpload(key, RemoteUploadOutcome.AlreadyPresent, "another WAV is already stored under this key; it was not overwritten");
                }

                bool written = await Retry(c => _store.PutIfAbsentAsync(metadataName, json, "application/json", c), ct).ConfigureAwait(false);
                return new RemoteUpload(key, written ? RemoteUploadOutcome.Uploaded : RemoteUploadOutcome.AlreadyPresent, null);
            },
            cancellationToken).ConfigureAwait(false);
        return result ?? new RemoteUpload(key, RemoteUploadOutcome.Skipped, null);
    }

    private Task<byte[]?> GetAsync(string name, long maxBytes, CancellationToken cancellationToken) =>
        Retry(c => _store.GetAsync(name, maxBytes, c), cancellationToken);

    private async Task<T> Retry<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken) =>
        await _retry.ExecuteAsync(async ct => await operation(ct).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// Runs one entry's remote work within its time budget. Returns null when the remote is (or just became) skipped;
    /// a failure trips the circuit. Cancellation of the build propagates.
    /// </summary>
    private async Task<T?> GuardAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
        where T : class
    {
        if (_circuit.IsCancellationRequested)
        {
            return null;
        }

        using var entry = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _circuit.Token);
        entry.CancelAfter(_options.Limits.EntryTimeout);
        try
        {
            return await work(entry.Token).ConfigureAwait(false);
        }
        catch (RemoteStoreException exception)
        {
            Trip(exception.Message);
            return null;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            if (!_circuit.IsCancellationRequested)
            {
                Trip(string.Create(
                    System.Globalization.CultureInfo.InvariantCulture,
                    $"one entry took longer than {_options.Limits.EntryTimeout.TotalSeconds:0.#} s"));
            }

            return null;
        }
    }

    private void Trip(string message)
    {
        lock (_failureLock)
        {
            _failure ??= new RemoteCacheFailure(_store.Description, message);
        }

        try
        {
            _circuit.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed after the build: nothing left to stop.
        }
    }
}
