using System.Text;
using System.Text.Json;
using PixazoTts.Caching;
using PixazoTts.Tests.Shared;

namespace PixazoTts.Tests.Caching;

/// <summary>The journal of accepted gateway jobs (docs/contracts.md, "Job journal").</summary>
public sealed class TtsJobJournalTests : IDisposable
{
    private const string Gateway = "https://gateway.pixazo.ai";
    private static readonly TtsUtterance Line = new("Hello, traveller!", voice: "Kore", prompt: "Warm", languageCode: "en-US");
    private static readonly string Key = Line.ComputeKey(TtsModels.Gateway);
    private static readonly DateTimeOffset Accepted = new(2026, 4, 17, 8, 22, 25, 893, TimeSpan.Zero);

    private readonly string _root = Path.Combine(Path.GetTempPath(), "pixazo-journal-tests-" + Guid.NewGuid().ToString("N"));
    private readonly TtsCache _cache;

    public TtsJobJournalTests() => _cache = new TtsCache(_root);

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static TtsJobRecord Record(string requestId = "gemini-flash-tts_019d9ad1-1b2c-7000-8000-000000000001", DateTimeOffset? acceptedAt = null) =>
        new(Key, requestId, TtsModels.Gateway, Gateway, acceptedAt ?? Accepted);

    private string[] JournalFiles() =>
        Directory.Exists(_cache.Journal.Directory) ? Directory.GetFiles(_cache.Journal.Directory).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray() : [];

    private static TtsCacheProduction Production()
    {
        byte[] wav = TestWav.Create(2400);
        return new TtsCacheProduction(new TtsKeyedUtterance(TtsModels.Gateway, Line), wav, null, "gemini-flash-tts_req-1", Accepted);
    }

    [Fact]
    public void A_record_lives_at_v1_journal_key_json_and_holds_exactly_the_contract_members()
    {
        _cache.Journal.Record(Record());

        string path = Path.Combine(_root, "v1", "journal", Key + ".json");
        Assert.Equal(path, _cache.Journal.GetPath(Key));
        Assert.Equal([Key + ".json"], JournalFiles());
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        Assert.Equal(["format", "key", "request_id", "model", "gateway", "accepted_at"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("pixazo-tts-job/1", json.RootElement.GetProperty("format").GetString());
        Assert.Equal(Key, json.RootElement.GetProperty("key").GetString());
        Assert.Equal("gemini-flash-tts_019d9ad1-1b2c-7000-8000-000000000001", json.RootElement.GetProperty("request_id").GetString());
        Assert.Equal("gemini-flash-tts", json.RootElement.GetProperty("model").GetString());
        Assert.Equal(Gateway, json.RootElement.GetProperty("gateway").GetString());
        Assert.Equal("2026-04-17T08:22:25.893Z", json.RootElement.GetProperty("accepted_at").GetString());
    }

    [Fact]
    public void A_record_reads_back_and_a_newer_one_replaces_it_whole()
    {
        _cache.Journal.Record(Record());
        _cache.Journal.Record(Record("gemini-flash-tts_second", Accepted.AddMinutes(1)));

        var read = _cache.Journal.Read(Key)!;
        Assert.Equal((Key, "gemini-flash-tts_second", TtsModels.Gateway, Gateway, Accepted.AddMinutes(1)), (read.Key, read.RequestId, read.Model, read.Gateway, read.AcceptedAt));
        Assert.Equal([Key + ".json"], JournalFiles());
    }

    [Fact]
    public void No_record_reads_as_null_and_removing_it_is_harmless()
    {
        Assert.Null(_cache.Journal.Read(Key));
        _cache.Journal.Remove(Key);
        Assert.False(Directory.Exists(_cache.Journal.Directory));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"format\":\"pixazo-tts-job/1\"")]
    [InlineData("{\"format\":\"pixazo-tts-job/2\",\"key\":\"KEY\",\"request_id\":\"r\",\"model\":\"gemini-flash-tts\",\"gateway\":\"https://gateway.pixazo.ai\",\"accepted_at\":\"2026-04-17T08:22:25.893Z\"}")]
    [InlineData("{\"format\":\"pixazo-tts-job/1\",\"key\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"request_id\":\"r\",\"model\":\"gemini-flash-tts\",\"gateway\":\"https://gateway.pixazo.ai\",\"accepted_at\":\"2026-04-17T08:22:25.893Z\"}")]
    [InlineData("{\"format\":\"pixazo-tts-job/1\",\"key\":\"KEY\",\"request_id\":\"with space\",\"model\":\"gemini-flash-tts\",\"gateway\":\"https://gateway.pixazo.ai\",\"accepted_at\":\"2026-04-17T08:22:25.893Z\"}")]
    [InlineData("{\"format\":\"pixazo-tts-job/1\",\"key\":\"KEY\",\"request_id\":\"r\",\"model\":\"gemini-flash-tts\",\"gateway\":\"https://gateway.pixazo.ai\",\"accepted_at\":\"yesterday\"}")]
    [InlineData("{\"format\":\"pixazo-tts-job/1\",\"key\":\"KEY\",\"request_id\":\"r\",\"gateway\":\"https://gateway.pixazo.ai\",\"accepted_at\":\"2026-04-17T08:22:25.893Z\"}")]
    public void A_record_that_is_not_a_complete_record_of_its_key_reads_as_null(string content)
    {
        Directory.CreateDirectory(_cache.Journal.Directory);
        File.WriteAllText(_cache.Journal.GetPath(Key), content.Replace("KEY", Key, StringComparison.Ordinal));

        Assert.Null(_cache.Journal.Read(Key));
    }

    [Fact]
    public void The_same_record_written_by_hand_reads_back()
    {
        Directory.CreateDirectory(_cache.Journal.Directory);
        File.WriteAllText(_cache.Journal.GetPath(Key), $$"""{"format":"pixazo-tts-job/1","key":"{{Key}}","request_id":"r-1","model":"gemini-flash-tts","gateway":"http://127.0.0.1:5080","accepted_at":"2026-04-17T08:22:25.893Z"}""");

        var read = _cache.Journal.Read(Key)!;
        Assert.Equal(("r-1", "http://127.0.0.1:5080", Accepted), (read.RequestId, read.Gateway, read.AcceptedAt));
    }

    [Theory]
    [InlineData("https://gateway.pixazo.ai", "https://gateway.pixazo.ai")]
    [InlineData("https://gateway.pixazo.ai/some/base/?q=1#f", "https://gateway.pixazo.ai")]
    [InlineData("https://user:secret@Gateway.Pixazo.AI:8443/", "https://gateway.pixazo.ai:8443")]
    [InlineData("http://127.0.0.1:5080/", "http://127.0.0.1:5080")]
    public void The_gateway_is_recorded_as_its_origin_without_user_info_path_or_query(string baseUrl, string origin)
    {
        Assert.Equal(origin, TtsJobJournal.OriginOf(new Uri(baseUrl)));
    }

    [Fact]
    public void A_record_is_resumable_by_the_same_model_and_gateway_within_24_hours_only()
    {
        var record = Record();

        Assert.Equal(TimeSpan.FromHours(24), TtsJobJournal.ResumeLimit);
        Assert.Null(record.WhyNotResumable(TtsModels.Gateway, Gateway, Accepted.AddHours(23.9)));
        Assert.Null(record.WhyNotResumable(TtsModels.Gateway, "HTTPS://GATEWAY.PIXAZO.AI", Accepted));
        Assert.Null(record.WhyNotResumable(TtsModels.Gateway, Gateway, Accepted.AddMinutes(-5))); // a clock set back
        Assert.Contains("longer than the 24 hours", record.WhyNotResumable(TtsModels.Gateway, Gateway, Accepted.AddHours(24.1)), StringComparison.Ordinal);
        Assert.Contains("another gateway", record.WhyNotResumable(TtsModels.Gateway, "http://127.0.0.1:5080", Accepted), StringComparison.Ordinal);
        Assert.Contains("model", record.WhyNotResumable(TtsModels.Placeholder, Gateway, Accepted), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("with space")]
    [InlineData("line\nbreak")]
    [InlineData("ünïcode")]
    public void A_request_id_that_could_not_be_used_safely_is_refused(string requestId)
    {
        Assert.Throws<ArgumentException>(() => Record(requestId));
    }

    [Fact]
    public void Malformed_keys_are_refused() => Assert.Throws<ArgumentException>(() => _cache.Journal.GetPath("../../etc/passwd"));

    [Fact]
    public async Task Storing_the_entry_removes_its_record_and_leaves_no_temporary_file()
    {
        _cache.Journal.Record(Record());
        var otherLine = new TtsUtterance("Another line", voice: "Kore");
        string otherKey = otherLine.ComputeKey(TtsModels.Gateway);
        _cache.Journal.Record(new TtsJobRecord(otherKey, "gemini-flash-tts_other", TtsModels.Gateway, Gateway, Accepted));

        await _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production()), CancellationToken.None);

        Assert.Null(_cache.Journal.Read(Key));
        Assert.Equal([otherKey + ".json"], JournalFiles());
    }

    [Fact]
    public async Task A_failed_production_keeps_the_record_for_the_next_build()
    {
        await Assert.ThrowsAsync<IOException>(() => _cache.GetOrAddAsync(Key, _ =>
        {
            _cache.Journal.Record(Record());
            throw new IOException("the build was stopped");
        }, CancellationToken.None));

        Assert.Equal("gemini-flash-tts_019d9ad1-1b2c-7000-8000-000000000001", _cache.Journal.Read(Key)!.RequestId);
    }

    [Fact]
    public async Task A_record_left_beside_an_entry_is_removed_by_the_next_holder_of_the_lock()
    {
        await _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production()), CancellationToken.None);
        _cache.Journal.Record(Record()); // as if a build died between storing the entry and removing its record

        // A second build whose first look missed the entry (it was being renamed into place) waits for the lock, then
        // finds the entry on its re-check: that path removes the stray record.
        string aside = _cache.GetWavPath(Key) + ".aside";
        Task<TtsCacheEntry> waiting;
        using (var held = _cache.TryAcquireLock(Key)!)
        {
            File.Move(_cache.GetWavPath(Key), aside);
            waiting = _cache.GetOrAddAsync(Key, _ => throw new InvalidOperationException("must not produce"), CancellationToken.None);
            Assert.False(waiting.IsCompleted);
            File.Move(aside, _cache.GetWavPath(Key));
        }

        Assert.False((await waiting.WaitAsync(TimeSpan.FromSeconds(10))).WasProduced);
        Assert.Null(_cache.Journal.Read(Key));
    }

    [Fact]
    public async Task Temporary_files_of_a_killed_journal_writer_are_swept_by_the_next_holder_of_the_lock()
    {
        Directory.CreateDirectory(_cache.Journal.Directory);
        string stale = _cache.Journal.GetPath(Key) + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(stale, "{\"format\":\"pixa");
        string otherStale = Path.Combine(_cache.Journal.Directory, new string('a', 64) + ".json.0123.tmp");
        File.WriteAllText(otherStale, "{");

        await _cache.GetOrAddAsync(Key, _ => Task.FromResult(Production()), CancellationToken.None);

        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(otherStale)); // another key's writer may still be at work: only its own lock holder sweeps it
    }

    [Fact]
    public void A_record_never_holds_anything_but_its_six_members()
    {
        byte[] bytes = TtsJobJournal.Serialize(Record());
        string text = Encoding.UTF8.GetString(bytes);

        // The API key never reaches the journal: nothing in the record's type can carry it.
        Assert.Equal(
            ["AcceptedAt", "Gateway", "Key", "Model", "RequestId"],
            typeof(TtsJobRecord).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(6, JsonDocument.Parse(text).RootElement.EnumerateObject().Count());
    }
}
