using System.Text.Json;
using PixazoTts.Caching;
using PixazoTts.Tests.Shared;

namespace PixazoTts.Tests.Caching;

public sealed class TtsCacheTests : IDisposable
{
    private static readonly TtsUtterance Line = new("Hello, traveller!", voice: "Kore", prompt: "Warm", languageCode: "en-US");
    private static readonly string Key = Line.ComputeKey(TtsModels.Gateway);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pixazo-cache-tests-" + Guid.NewGuid().ToString("N"));
    private readonly TtsCache _cache;

    public TtsCacheTests() => _cache = new TtsCache(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static TtsCacheProduction Production(TtsUtterance line, int samples = 2400, string model = TtsModels.Gateway)
    {
        byte[] wav = TestWav.Create(samples);
        return new TtsCacheProduction(new TtsKeyedUtterance(model, line), wav, null, "gemini-flash-tts_req-1", new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero));
    }

    private string EntryDirectory => Path.Combine(_root, "v1", Key.Substring(0, 2));

    private string[] FilesInEntryDirectory() =>
        Directory.Exists(EntryDirectory) ? Directory.GetFiles(EntryDirectory).Select(f => Path.GetFileName(f)).ToArray() : Array.Empty<string>();

    [Fact]
    public void Layout_follows_the_contract()
    {
        Assert.Equal(Path.Combine(_root, "v1", Key.Substring(0, 2), Key + ".wav"), _cache.GetWavPath(Key));
        Assert.Equal(Path.Combine(_root, "v1", Key.Substring(0, 2), Key + ".json"), _cache.GetMetadataPath(Key));
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("ABCDEF")]
    public void Malformed_keys_are_refused(string key) => Assert.Throws<ArgumentException>(() => _cache.GetWavPath(key));

    [Fact]
    public async Task Round_trip_produces_once_then_hits()
    {
        int produced = 0;
        var first = await _cache.GetOrAddAsync(Key, _ => { produced++; return Task.FromResult(Production(Line)); }, CancellationToken.None);
        var second = await _cache.GetOrAddAsync(Key, _ => { produced++; return Task.FromResult(Production(Line)); }, CancellationToken.None);

        Assert.Equal(1, produced);
        Assert.True(first.WasProduced);
        Assert.False(second.WasProduced);
        Assert.False(first.WasCorrupt);
        Assert.Equal(_cache.GetWavPath(Key), first.WavPath);
        Assert.Equal(TestWav.Create(2400), File.ReadAllBytes(second.WavPath));
        Assert.True(_cache.Lookup(Key).Found);

        // Only the entry remains: no temporary file, and the lock file is gone after a successful commit.
        Assert.Equal(new[] { Key + ".json", Key + ".wav" }, FilesInEntryDirectory().OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Metadata_json_has_the_contract_members_and_reads_back()
    {
        await _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production(Line)), CancellationToken.None);

        using var json = JsonDocument.Parse(File.ReadAllBytes(_cache.GetMetadataPath(Key)));
        Assert.Equal(
            new[] { "model", "voice", "language_code", "prompt", "text", "request_id", "created_at", "byte_length", "sha256" },
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Hello, traveller!", json.RootElement.GetProperty("text").GetString());
        Assert.Equal(TestWav.Create(2400).Length, json.RootElement.GetProperty("byte_length").GetInt64());
        Assert.Equal(
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(TestWav.Create(2400))).ToLowerInvariant(),
            json.RootElement.GetProperty("sha256").GetString());

        var metadata = _cache.ReadMetadata(Key)!;
        Assert.Equal((TtsModels.Gateway, "Kore", "en-US", "Warm", "gemini-flash-tts_req-1"), (metadata.Model, metadata.Utterance.Voice, metadata.Utterance.LanguageCode, metadata.Utterance.Prompt, metadata.RequestId));
        Assert.Equal(Line, metadata.Utterance);
        Assert.Equal(new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero), metadata.CreatedAt);
        Assert.Equal(Key, metadata.ComputeKey());
    }

    [Fact]
    public async Task A_reproducible_production_is_stored_whole_like_any_other_and_paid_audio_is_not_reproducible()
    {
        // Reproducible entries (verified team-cache downloads) skip only the flush to disk: the entry is still written
        // whole (temporary file, then rename), found by the next lookup, and leaves no temporary file behind.
        var paid = Production(Line);
        Assert.False(paid.IsReproducible);
        var downloaded = new TtsCacheProduction(paid.Target, paid.Wav, null, "gemini-flash-tts_req-1", paid.Metadata.CreatedAt, reproducible: true);
        Assert.True(downloaded.IsReproducible);

        var entry = await _cache.GetOrAddAsync(Key, _ => Task.FromResult(downloaded), CancellationToken.None);

        Assert.True(entry.WasProduced);
        Assert.True(_cache.Lookup(Key).Found);
        Assert.Equal(paid.Wav, File.ReadAllBytes(entry.WavPath));
        Assert.Equal(paid.Metadata.Sha256, _cache.ReadMetadata(Key)!.Sha256);
        Assert.Equal(new[] { Key + ".json", Key + ".wav" }, FilesInEntryDirectory().OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Lookup_of_a_missing_entry_is_not_found_and_not_corrupt()
    {
        var lookup = _cache.Lookup(Key);
        Assert.False(lookup.Found);
        Assert.False(lookup.WasCorrupt);
        Assert.Equal(_cache.GetWavPath(Key), lookup.WavPath);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("empty")]
    public async Task Corrupt_entry_is_discarded_reported_and_made_again(string damage)
    {
        await _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production(Line)), CancellationToken.None);
        string wavPath = _cache.GetWavPath(Key);
        byte[] good = File.ReadAllBytes(wavPath);
        File.WriteAllBytes(wavPath, damage switch
        {
            "garbage" => "<html>502 Bad Gateway</html>"u8.ToArray(),
            "truncated" => good.AsSpan(0, good.Length / 2).ToArray(),
            _ => Array.Empty<byte>(),
        });

        var lookup = _cache.Lookup(Key);
        Assert.False(lookup.Found);
        Assert.True(lookup.WasCorrupt);
        Assert.False(string.IsNullOrEmpty(lookup.Problem));
        Assert.False(File.Exists(wavPath));
        Assert.False(File.Exists(_cache.GetMetadataPath(Key)));

        File.WriteAllBytes(wavPath, good.AsSpan(0, 50).ToArray());
        int produced = 0;
        var entry = await _cache.GetOrAddAsync(Key, _ => { produced++; return Task.FromResult(Production(Line)); }, CancellationToken.None);
        Assert.Equal(1, produced);
        Assert.True(entry.WasProduced);
        Assert.True(entry.WasCorrupt);
        Assert.Equal(good, File.ReadAllBytes(wavPath));
    }

    [Fact]
    public async Task Nothing_is_visible_while_producing_and_nothing_remains_after_a_failure()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var pending = _cache.GetOrAddAsync(Key, async _ =>
        {
            started.SetResult();
            await release.Task;
            throw new IOException("the gateway went away");
        }, CancellationToken.None);

        await started.Task;
        Assert.False(File.Exists(_cache.GetWavPath(Key)));
        Assert.False(_cache.Lookup(Key).Found);

        release.SetResult();
        await Assert.ThrowsAsync<IOException>(() => pending);
        Assert.False(File.Exists(_cache.GetWavPath(Key)));
        Assert.False(File.Exists(_cache.GetMetadataPath(Key)));
        Assert.DoesNotContain(FilesInEntryDirectory(), n => n.EndsWith(".tmp", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_for_another_key_or_not_a_wav_is_refused_and_not_cached()
    {
        var other = new TtsUtterance("Another text", voice: "Kore", prompt: "Warm", languageCode: "en-US");
        await Assert.ThrowsAsync<InvalidOperationException>(() => _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production(other)), CancellationToken.None));

        byte[] notWav = "not a wav at all, just text"u8.ToArray();
        await Assert.ThrowsAsync<InvalidDataException>(() => _cache.GetOrAddAsync(
            Key, _ => Task.FromResult(new TtsCacheProduction(new TtsKeyedUtterance(TtsModels.Gateway, Line), notWav, null, null, DateTimeOffset.UtcNow)), CancellationToken.None));

        Assert.False(File.Exists(_cache.GetWavPath(Key)));
    }

    [Fact]
    public void Production_metadata_describes_the_wav_it_was_made_from()
    {
        byte[] wav = TestWav.Create(10);
        var production = new TtsCacheProduction(new TtsKeyedUtterance(TtsModels.Gateway, Line), wav, null, null, DateTimeOffset.UtcNow);
        Assert.Equal(wav.LongLength, production.Metadata.ByteLength);
        Assert.Equal(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(wav)).ToLowerInvariant(), production.Metadata.Sha256);
        Assert.Equal(Key, production.Target.Key);
    }

    [Fact]
    public void Metadata_json_writes_created_at_as_plain_ISO_8601_and_the_text_unescaped()
    {
        var metadata = new TtsCacheMetadata(TtsModels.Gateway, new TtsUtterance("こんにちは + café"), null, new DateTimeOffset(2026, 4, 1, 12, 0, 0, TimeSpan.Zero), 44, new string('0', 64));
        string json = System.Text.Encoding.UTF8.GetString(TtsCacheMetadataJson.Serialize(metadata));
        Assert.Contains("\"created_at\": \"2026-04-01T12:00:00.0000000+00:00\"", json);
        Assert.Contains("\"text\": \"こんにちは + café\"", json);
        Assert.DoesNotContain("\\u", json);
    }

    [Fact]
    public async Task Many_concurrent_callers_for_one_key_produce_once()
    {
        int produced = 0;
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callers = Enumerable.Range(0, 32).Select(_ => Task.Run(() => _cache.GetOrAddAsync(Key, async __ =>
        {
            Interlocked.Increment(ref produced);
            await gate.Task;
            return Production(Line);
        }, CancellationToken.None))).ToArray();

        // Let the producer finish only once it has started, so the other callers really meet a held lock.
        while (Volatile.Read(ref produced) == 0)
        {
            await Task.Delay(5);
        }

        gate.SetResult();
        var entries = await Task.WhenAll(callers);

        Assert.Equal(1, produced);
        Assert.Single(entries, e => e.WasProduced);
        Assert.All(entries, e => Assert.Equal(_cache.GetWavPath(Key), e.WavPath));
    }

    [Fact]
    public async Task Waits_for_a_lock_held_by_another_process_then_rechecks_and_uses_its_entry()
    {
        Directory.CreateDirectory(EntryDirectory);
        string lockPath = Path.Combine(EntryDirectory, Key + ".lock");
        int produced = 0;
        Task<TtsCacheEntry> waiter;

        // This handle stands for another build process holding the key's lock (the same kind of handle it would take).
        using (var otherProcess = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            waiter = _cache.GetOrAddAsync(Key, _ => { Interlocked.Increment(ref produced); return Task.FromResult(Production(Line)); }, CancellationToken.None);
            await Task.Delay(300);
            Assert.False(waiter.IsCompleted);
            Assert.Equal(0, produced);

            // The other process commits its entry, then releases the lock.
            File.WriteAllBytes(_cache.GetWavPath(Key), TestWav.Create(2400));
        }

        var entry = await waiter;
        Assert.Equal(0, produced);
        Assert.False(entry.WasProduced);
        Assert.Equal(_cache.GetWavPath(Key), entry.WavPath);
    }

    [Fact]
    public async Task Waiting_for_the_lock_is_cancellable()
    {
        Directory.CreateDirectory(EntryDirectory);
        using var otherProcess = new FileStream(Path.Combine(EntryDirectory, Key + ".lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        using var cancellation = new CancellationTokenSource();
        int produced = 0;

        var waiter = _cache.GetOrAddAsync(Key, _ => { produced++; return Task.FromResult(Production(Line)); }, cancellation.Token);
        cancellation.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiter);
        Assert.Equal(0, produced);
    }

    [Fact]
    public async Task Temporary_files_of_a_killed_writer_are_deleted_by_the_next_lock_holder()
    {
        Directory.CreateDirectory(EntryDirectory);
        string staleWav = Path.Combine(EntryDirectory, Key + ".wav.0123456789abcdef.tmp");
        string staleJson = Path.Combine(EntryDirectory, Key + ".json.fedcba9876543210.tmp");
        string otherKey = string.Concat(Key.AsSpan(0, 2), new string('0', 62));
        string otherKeysTemp = Path.Combine(EntryDirectory, otherKey + ".wav.1.tmp");
        File.WriteAllBytes(staleWav, new byte[] { 1, 2, 3 });
        File.WriteAllBytes(staleJson, new byte[] { 4 });
        File.WriteAllBytes(otherKeysTemp, new byte[] { 5 });
        File.WriteAllBytes(Path.Combine(EntryDirectory, Key + ".lock"), Array.Empty<byte>()); // left by the killed process

        await _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production(Line)), CancellationToken.None);

        Assert.False(File.Exists(staleWav));
        Assert.False(File.Exists(staleJson));
        Assert.True(File.Exists(otherKeysTemp)); // another key's writer may still be at work
        Assert.True(_cache.Lookup(Key).Found);
    }

    [Fact]
    public async Task Lock_file_stays_after_a_failed_production()
    {
        await Assert.ThrowsAsync<TimeoutException>(() => _cache.GetOrAddAsync(Key, _ => throw new TimeoutException(), CancellationToken.None));
        Assert.Contains(Key + ".lock", FilesInEntryDirectory());

        await _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production(Line)), CancellationToken.None);
        Assert.DoesNotContain(Key + ".lock", FilesInEntryDirectory());
    }

    [Fact]
    public async Task Unwritable_root_is_a_cache_exception()
    {
        Directory.CreateDirectory(_root);
        string file = Path.Combine(_root, "a-file");
        File.WriteAllText(file, "x");
        var cache = new TtsCache(Path.Combine(file, "cache"));

        var exception = await Assert.ThrowsAsync<TtsCacheException>(() => cache.GetOrAddAsync(Key, _ => Task.FromResult(Production(Line)), CancellationToken.None));
        Assert.Equal("PTTS2006", exception.Code);
        Assert.StartsWith(file, exception.Directory, StringComparison.Ordinal);
    }

    [Fact]
    public void ResolveRoot_precedence()
    {
        var environment = new Dictionary<string, string?>
        {
            ["PIXAZO_TTS_CACHE"] = "/env/cache",
            ["XDG_CACHE_HOME"] = "/xdg",
            ["HOME"] = "/home/user",
            ["LOCALAPPDATA"] = "C:\\Users\\u\\AppData\\Local",
        };
        string? Get(string name) => environment.TryGetValue(name, out var value) ? value : null;

        Assert.Equal(Path.GetFullPath("/configured"), TtsCache.ResolveRoot("/configured", Get, isWindows: false));
        Assert.Equal(Path.GetFullPath("/env/cache"), TtsCache.ResolveRoot("", Get, isWindows: false));
        environment.Remove("PIXAZO_TTS_CACHE");
        Assert.Equal(Path.Combine("/xdg", "pixazo-tts"), TtsCache.ResolveRoot(null, Get, isWindows: false));
        Assert.Equal(Path.Combine("C:\\Users\\u\\AppData\\Local", "pixazo-tts"), TtsCache.ResolveRoot(null, Get, isWindows: true));
        environment["XDG_CACHE_HOME"] = "relative/is/ignored";
        Assert.Equal(Path.Combine("/home/user", ".cache", "pixazo-tts"), TtsCache.ResolveRoot(null, Get, isWindows: false));
        environment.Remove("HOME");
        Assert.Throws<TtsCacheException>(() => TtsCache.ResolveRoot(null, Get, isWindows: false));
    }
}
