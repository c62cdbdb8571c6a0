using System.Text;
using System.Text.Json.Nodes;
using PixazoTts.Pipeline.RemoteCache;
using PixazoTts.Pipeline.Tests.Servers;

namespace PixazoTts.Pipeline.Tests.TeamCache;

/// <summary>
/// The team cache's scenarios, run against each real store (nginx WebDAV, s3rver, Azurite) by a subclass: two
/// machines sharing one remote, read-only machines, write-once, tampering, signing, and a remote that is down, slow,
/// failing or refusing the credentials.
/// </summary>
public abstract class TeamCacheScenarios : IDisposable
{
    private readonly List<Machine> _machines = [];

    /// <summary>Short limits, so the failure scenarios finish quickly (the defaults are what builds use).</summary>
    protected static readonly RemoteCacheLimits QuickLimits = new()
    {
        ConnectTimeout = TimeSpan.FromSeconds(2),
        ResponseTimeout = TimeSpan.FromSeconds(1),
        EntryTimeout = TimeSpan.FromSeconds(3),
        RetryDelay = TimeSpan.FromMilliseconds(20),
    };

    protected abstract Task<RemoteSpace> NewSpaceAsync();

    /// <summary>
    /// False for a server that, written by two clients at once, can keep one client's bytes with the other's checksum
    /// (s3rver: it ignores If-None-Match and writes content and metadata separately). Such an object is refused, never
    /// used; with conditional writes (AWS S3, Azure) or atomic replacement (nginx) it cannot happen.
    /// </summary>
    protected virtual bool ConcurrentWritesOfOneObjectAreSafe => true;

    /// <summary>The space's options, but pointed at <paramref name="endpoint"/> (http://127.0.0.1:port) instead of the server.</summary>
    protected abstract RemoteCacheOptions PointedAt(RemoteSpace space, string endpoint, RemoteCacheLimits limits);

    /// <summary>The space's options with credentials the server refuses (401 or 403), and the wrong secret used.</summary>
    protected abstract (RemoteCacheOptions Options, string Secret) WithWrongCredentials(RemoteSpace space);

    protected Machine NewMachine(string name)
    {
        var machine = new Machine(name);
        _machines.Add(machine);
        return machine;
    }

    public void Dispose()
    {
        foreach (var machine in _machines)
        {
            machine.Dispose();
        }

        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task Two_machines_share_one_remote_and_the_second_gets_every_line_verified()
    {
        var space = await NewSpaceAsync();
        var ci = NewMachine("ci");
        var developer = NewMachine("dev");
        var keys = new List<string>();
        for (int i = 0; i < 6; i++)
        {
            keys.Add(await ci.AddGatewayEntryAsync("Line number " + i + ", spoken by the narrator."));
        }

        using (var team = ci.Connect(space.Options(RemoteCacheMode.ReadWrite)))
        {
            var uploads = await team.UploadAsync(keys, CancellationToken.None);
            Assert.Null(team.Failure);
            Assert.All(uploads, u => Assert.Equal(RemoteUploadOutcome.Uploaded, u.Outcome));
        }

        Assert.Equal(keys.Count * 2, (await space.ListAsync()).Count);
        string unknown = TestEntries.Key(TtsModels.Gateway, "Never synthesized by anyone", "Kore", "en-US");
        using (var team = developer.Connect(space.Options(RemoteCacheMode.Read)))
        {
            var fetches = await team.FetchAsync([.. keys, unknown], CancellationToken.None);
            Assert.Null(team.Failure);
            Assert.All(fetches.Take(keys.Count), f => Assert.Equal(RemoteFetchOutcome.Downloaded, f.Outcome));
            Assert.Equal(RemoteFetchOutcome.Missing, fetches[^1].Outcome);
        }

        foreach (string key in keys)
        {
            Assert.True(developer.Has(key));
            Assert.Equal(ci.Wav(key), developer.Wav(key));
            Assert.Equal(key, developer.Cache.ReadMetadata(key)!.ComputeKey());
        }

        Assert.False(developer.Has(unknown));
    }

    [Fact]
    public async Task Read_mode_never_writes()
    {
        var space = await NewSpaceAsync();
        var developer = NewMachine("dev");
        string key = await developer.AddGatewayEntryAsync("Only on this laptop.");
        using var team = developer.Connect(space.Options(RemoteCacheMode.Read));

        Assert.Empty(await team.UploadAsync([key], CancellationToken.None));
        var fetch = Assert.Single(await team.FetchAsync([TestEntries.Key(TtsModels.Gateway, "Not there", "Kore", "en-US")], CancellationToken.None));

        Assert.Equal(RemoteFetchOutcome.Missing, fetch.Outcome);
        Assert.Empty(await space.ListAsync());
    }

    [Fact]
    public async Task A_second_writer_never_overwrites_and_everyone_hears_the_first_take()
    {
        var space = await NewSpaceAsync();
        var first = NewMachine("ci-1");
        var second = NewMachine("ci-2");
        string key = await first.AddGatewayEntryAsync("The same line, synthesized twice.", take: 1);
        Assert.Equal(key, await second.AddGatewayEntryAsync("The same line, synthesized twice.", take: 2));
        Assert.NotEqual(first.Wav(key), second.Wav(key));

        using (var team = first.Connect(space.Options(RemoteCacheMode.ReadWrite)))
        {
            Assert.Equal(RemoteUploadOutcome.Uploaded, Assert.Single(await team.UploadAsync([key], CancellationToken.None)).Outcome);
        }

        using (var team = second.Connect(space.Options(RemoteCacheMode.ReadWrite)))
        {
            Assert.Equal(RemoteUploadOutcome.AlreadyPresent, Assert.Single(await team.UploadAsync([key], CancellationToken.None)).Outcome);
            Assert.Null(team.Failure);
        }

        Assert.Equal(first.Wav(key), await space.ReadRawAsync(RemoteCacheLayout.WavName(key)));
        var third = NewMachine("dev");
        using (var team = third.Connect(space.Options(RemoteCacheMode.Read)))
        {
            Assert.Equal(RemoteFetchOutcome.Downloaded, Assert.Single(await team.FetchAsync([key], CancellationToken.None)).Outcome);
        }

        Assert.Equal(first.Wav(key), third.Wav(key));
    }

    [Fact]
    public async Task Tampered_entries_are_refused_and_nothing_is_stored_locally()
    {
        var space = await NewSpaceAsync();
        var ci = NewMachine("ci");
        string flipped = await ci.AddGatewayEntryAsync("Bytes flipped in transit.");
        string replaced = await ci.AddGatewayEntryAsync("Audio swapped for other audio.");
        string misfiled = await ci.AddGatewayEntryAsync("Filed under another line's key.");
        string other = await ci.AddGatewayEntryAsync("The line whose entry is copied.");
        using (var team = ci.Connect(space.Options(RemoteCacheMode.ReadWrite)))
        {
            await team.UploadAsync([flipped, replaced, other], CancellationToken.None);
        }

        byte[] wav = (await space.ReadRawAsync(RemoteCacheLayout.WavName(flipped)))!;
        wav[^10] ^= 0x55;
        await space.WriteRawAsync(RemoteCacheLayout.WavName(flipped), wav);

        // A different valid WAV of exactly the same length: only the hash can tell.
        byte[] original = (await space.ReadRawAsync(RemoteCacheLayout.WavName(replaced)))!;
        byte[] impostor = (byte[])original.Clone();
        for (int i = 44; i < impostor.Length; i += 2)
        {
            impostor[i] = (byte)(255 - impostor[i]);
        }

        await space.WriteRawAsync(RemoteCacheLayout.WavName(replaced), impostor);
        await space.WriteRawAsync(RemoteCacheLayout.WavName(misfiled), (await space.ReadRawAsync(RemoteCacheLayout.WavName(other)))!);
        await space.WriteRawAsync(RemoteCacheLayout.MetadataName(misfiled), (await space.ReadRawAsync(RemoteCacheLayout.MetadataName(other)))!);

        var developer = NewMachine("dev");
        using var reader = developer.Connect(space.Options(RemoteCacheMode.Read));
        var fetches = await reader.FetchAsync([flipped, replaced, misfiled], CancellationToken.None);

        Assert.Null(reader.Failure);
        Assert.All(fetches, f => Assert.Equal(RemoteFetchOutcome.Refused, f.Outcome));
        Assert.Contains("SHA-256", fetches[0].Reason);
        Assert.Contains("SHA-256", fetches[1].Reason);
        Assert.Contains("another line", fetches[2].Reason);
        Assert.False(developer.Has(flipped));
        Assert.False(developer.Has(replaced));
        Assert.False(developer.Has(misfiled));
        Assert.False(Directory.Exists(Path.Combine(developer.Root, "v1")) && Directory.EnumerateFiles(Path.Combine(developer.Root, "v1"), "*.wav", SearchOption.AllDirectories).Any());
    }

    [Fact]
    public async Task Signed_entries_are_accepted_only_with_the_same_key_and_a_rewritten_entry_is_refused()
    {
        var space = await NewSpaceAsync();
        string signingKey = "sk-" + Guid.NewGuid().ToString("N");
        var ci = NewMachine("ci");
        string key = await ci.AddGatewayEntryAsync("Signed by CI.");
        string forged = await ci.AddGatewayEntryAsync("Rewritten by someone with storage access only.");
        using (var team = ci.Connect(space.Options(RemoteCacheMode.ReadWrite, signingKey)))
        {
            await team.UploadAsync([key, forged], CancellationToken.None);
        }

        var json = JsonNode.Parse(await space.ReadRawAsync(RemoteCacheLayout.MetadataName(key)))!;
        string sha = json["sha256"]!.GetValue<string>();
        Assert.Equal(RemoteEntrySignature.Compute(signingKey, key, sha), json["signature"]!.GetValue<string>());
        Assert.DoesNotContain(signingKey, Encoding.UTF8.GetString((await space.ReadRawAsync(RemoteCacheLayout.MetadataName(key)))!));

        // Consistent but unsigned-by-us: different audio with metadata whose length and hash match it.
        byte[] impostor = Machine.OtherAudio("Rewritten by someone with storage access only.");
        var forgedJson = JsonNode.Parse(await space.ReadRawAsync(RemoteCacheLayout.MetadataName(forged)))!;
        forgedJson["byte_length"] = impostor.Length;
        forgedJson["sha256"] = RemoteEntryVerifier.Sha256(impostor);
        await space.WriteRawAsync(RemoteCacheLayout.WavName(forged), impostor);
        await space.WriteRawAsync(RemoteCacheLayout.MetadataName(forged), Encoding.UTF8.GetBytes(forgedJson.ToJsonString()));

        var sameKey = NewMachine("dev-same");
        using (var team = sameKey.Connect(space.Options(RemoteCacheMode.Read, signingKey)))
        {
            var fetches = await team.FetchAsync([key, forged], CancellationToken.None);
            Assert.Equal(RemoteFetchOutcome.Downloaded, fetches[0].Outcome);
            Assert.Equal(RemoteFetchOutcome.Refused, fetches[1].Outcome);
            Assert.Contains("signature does not match", fetches[1].Reason);
        }

        var otherKey = NewMachine("dev-other");
        using (var team = otherKey.Connect(space.Options(RemoteCacheMode.Read, "another-key")))
        {
            Assert.Equal(RemoteFetchOutcome.Refused, Assert.Single(await team.FetchAsync([key], CancellationToken.None)).Outcome);
        }

        var noKey = NewMachine("dev-none");
        using (var team = noKey.Connect(space.Options(RemoteCacheMode.Read)))
        {
            // Without a key nothing is required: the forged entry is self-consistent and is taken (what signing prevents).
            var fetches = await team.FetchAsync([key, forged], CancellationToken.None);
            Assert.All(fetches, f => Assert.Equal(RemoteFetchOutcome.Downloaded, f.Outcome));
        }

        Assert.False(otherKey.Has(key));
    }

    [Fact]
    public async Task Unsigned_entries_are_refused_when_a_signing_key_is_set()
    {
        var space = await NewSpaceAsync();
        var ci = NewMachine("ci");
        string key = await ci.AddGatewayEntryAsync("Uploaded without a signing key.");
        using (var team = ci.Connect(space.Options(RemoteCacheMode.ReadWrite)))
        {
            await team.UploadAsync([key], CancellationToken.None);
        }

        var developer = NewMachine("dev");
        using var reader = developer.Connect(space.Options(RemoteCacheMode.Read, "sk-required"));
        var fetch = Assert.Single(await reader.FetchAsync([key], CancellationToken.None));
        Assert.Equal(RemoteFetchOutcome.Refused, fetch.Outcome);
        Assert.Contains("not signed", fetch.Reason);
        Assert.False(developer.Has(key));
    }

    [Fact]
    public async Task Placeholder_audio_is_never_uploaded()
    {
        var space = await NewSpaceAsync();
        var machine = NewMachine("offline");
        string key = await machine.AddGatewayEntryAsync("Made offline.", model: TtsModels.Placeholder);
        using var team = machine.Connect(space.Options(RemoteCacheMode.ReadWrite));

        var upload = Assert.Single(await team.UploadAsync([key], CancellationToken.None));
        Assert.Equal(RemoteUploadOutcome.NotShared, upload.Outcome);
        Assert.Empty(await space.ListAsync());
    }

    [Fact]
    public async Task A_remote_that_is_down_fails_once_and_is_skipped_for_the_rest()
    {
        var space = await NewSpaceAsync();
        var machine = NewMachine("dev");
        int closedPort = LoopbackPort.Free();
        var keys = Enumerable.Range(0, 40).Select(i => TestEntries.Key(TtsModels.Gateway, "line " + i, "Kore", "en-US")).ToList();
        using var team = machine.Connect(PointedAt(space, $"http://127.0.0.1:{closedPort}", QuickLimits));

        var fetches = await team.FetchAsync(keys, CancellationToken.None);

        Assert.NotNull(team.Failure);
        Assert.DoesNotContain(fetches, f => f.Outcome is RemoteFetchOutcome.Downloaded or RemoteFetchOutcome.Refused);
        Assert.Contains(fetches, f => f.Outcome == RemoteFetchOutcome.Skipped);
        AssertNoSecret(space, team.Failure!.Message);
    }

    [Fact]
    public async Task A_remote_that_does_not_answer_times_out_and_is_skipped()
    {
        var space = await NewSpaceAsync();
        var machine = NewMachine("dev");
        using var silent = new SilentServer();
        var keys = Enumerable.Range(0, 40).Select(i => TestEntries.Key(TtsModels.Gateway, "slow " + i, "Kore", "en-US")).ToList();
        using var team = machine.Connect(PointedAt(space, $"http://127.0.0.1:{silent.Port}", QuickLimits));

        var fetches = await team.FetchAsync(keys, CancellationToken.None);

        Assert.True(team.Failure is not null, string.Join("; ", fetches.Select(f => f.Outcome)));
        Assert.Contains(fetches, f => f.Outcome == RemoteFetchOutcome.Skipped);
        Assert.True(silent.Accepted <= QuickLimits.MaxConcurrency + 1, $"{silent.Accepted} connections: the remote was not skipped after the first failure");
    }

    [Fact]
    public async Task A_remote_answering_500_is_retried_briefly_then_skipped()
    {
        var space = await NewSpaceAsync();
        var machine = NewMachine("dev");
        using var failing = new FixedAnswerServer(500);
        var keys = Enumerable.Range(0, 40).Select(i => TestEntries.Key(TtsModels.Gateway, "five hundred " + i, "Kore", "en-US")).ToList();
        using var team = machine.Connect(PointedAt(space, failing.Url, QuickLimits));

        var fetches = await team.FetchAsync(keys, CancellationToken.None);

        Assert.NotNull(team.Failure);
        Assert.Contains("500", team.Failure!.Message);
        Assert.Contains(fetches, f => f.Outcome == RemoteFetchOutcome.Skipped);

        // Each lookup in flight tries 1 + MaxRetries times at most; the rest are never sent.
        Assert.InRange(failing.Requests, QuickLimits.MaxRetries + 1, QuickLimits.MaxConcurrency * (QuickLimits.MaxRetries + 1));
    }

    [Fact]
    public async Task Refused_credentials_fail_without_retrying_and_without_naming_the_secret()
    {
        var space = await NewSpaceAsync();
        var machine = NewMachine("dev");
        var (options, secret) = WithWrongCredentials(space);
        var keys = Enumerable.Range(0, 20).Select(i => TestEntries.Key(TtsModels.Gateway, "unauthorized " + i, "Kore", "en-US")).ToList();
        using var team = machine.Connect(options.WithLimits(QuickLimits));

        var fetches = await team.FetchAsync(keys, CancellationToken.None);

        Assert.NotNull(team.Failure);
        Assert.Matches("40[13]", team.Failure!.Message);
        Assert.DoesNotContain(secret, team.Failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, options.ToString(), StringComparison.Ordinal);
        Assert.Contains(fetches, f => f.Outcome == RemoteFetchOutcome.Skipped);
    }

    [Fact]
    public async Task Four_writers_and_four_readers_at_once_leave_only_entries_that_verify()
    {
        var space = await NewSpaceAsync();
        var writers = Enumerable.Range(0, 4).Select(i => NewMachine("ci-" + i)).ToList();
        var texts = Enumerable.Range(0, 12).Select(i => "Shared line " + i).ToList();
        var keys = new List<string>();
        foreach (var writer in writers)
        {
            keys = [];
            foreach (string text in texts)
            {
                // The emulator's audio is deterministic: four CI agents synthesizing one line get the same WAV with
                // different request ids, as with a gateway that is deterministic for a request.
                keys.Add(await writer.AddGatewayEntryAsync(text));
            }
        }

        var readers = Enumerable.Range(0, 4).Select(i => NewMachine("dev-" + i)).ToList();
        var work = new List<Task>();
        var uploads = new List<IReadOnlyList<RemoteUpload>>();
        // Four requests in flight per build, 32 at once in all, and patient timeouts: this is about what concurrent
        // writers leave behind, not about timeouts, and a single-threaded emulator on a busy shared 2-core machine
        // can take seconds to answer.
        var limits = new RemoteCacheLimits { MaxConcurrency = 4, ResponseTimeout = TimeSpan.FromSeconds(60), EntryTimeout = TimeSpan.FromSeconds(120) };
        var teams = writers.Select(w => w.Connect(space.Options(RemoteCacheMode.ReadWrite, limits: limits)))
            .Concat(readers.Select(r => r.Connect(space.Options(RemoteCacheMode.Read, limits: limits)))).ToList();
        try
        {
            foreach (var team in teams.Take(4))
            {
                work.Add(Task.Run(async () =>
                {
                    var result = await team.UploadAsync(keys, CancellationToken.None);
                    lock (uploads)
                    {
                        uploads.Add(result);
                    }
                }));
            }

            foreach (var team in teams.Skip(4))
            {
                work.Add(Task.Run(() => team.FetchAsync(keys, CancellationToken.None)));
            }

            await Task.WhenAll(work);
            Assert.All(teams, t => Assert.Null(t.Failure));
        }
        finally
        {
            teams.ForEach(t => t.Dispose());
        }

        Assert.All(uploads.SelectMany(u => u), u => Assert.Contains(u.Outcome, new[] { RemoteUploadOutcome.Uploaded, RemoteUploadOutcome.AlreadyPresent }));
        foreach (string key in keys)
        {
            Assert.Contains(uploads, u => u.Any(x => x.Key == key && x.Outcome == RemoteUploadOutcome.Uploaded));
        }

        // Every reader got either the verified entry or a miss (it was not there yet); a fresh machine gets all.
        foreach (var reader in readers)
        {
            foreach (string key in keys.Where(reader.Has))
            {
                Assert.Equal(writers[0].Wav(key), reader.Wav(key));
            }
        }

        var late = NewMachine("late");
        using var lateTeam = late.Connect(space.Options(RemoteCacheMode.Read));
        var lateFetches = await lateTeam.FetchAsync(keys, CancellationToken.None);
        Assert.Null(lateTeam.Failure);
        var expected = ConcurrentWritesOfOneObjectAreSafe ? new[] { RemoteFetchOutcome.Downloaded } : [RemoteFetchOutcome.Downloaded, RemoteFetchOutcome.Refused];
        Assert.True(lateFetches.All(f => expected.Contains(f.Outcome)), string.Join("; ", lateFetches.Select(f => f.Outcome + " " + f.Reason)));
        foreach (string key in keys.Where(late.Has))
        {
            Assert.Equal(writers[0].Wav(key), late.Wav(key));
        }
    }

    protected static void AssertNoSecret(RemoteSpace space, string text)
    {
        foreach (string secret in space.Secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }
}
