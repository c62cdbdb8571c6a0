using System.CommandLine;
using System.Globalization;
using PixazoTts.Caching;
using PixazoTts.Cli.CacheTools;
using PixazoTts.Cli.Input;
using PixazoTts.Cli.Output;
using PixazoTts.Cli.Running;

namespace PixazoTts.Cli.Commands;

/// <summary>
/// <c>cache stats | verify [--fix] | prune | push | pull</c>: the local cache (PIXAZO_TTS_CACHE, else the per-user
/// folder, as the build finds it) and the team cache (PIXAZO_TTS_REMOTE_CACHE, through the pipeline's TeamCache, with
/// its verification and write-once rules). Removal always takes the entry's lock, so a running build is never undercut.
/// </summary>
internal static class CacheCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("cache", "Inspect, check, prune and share the cache.");
        command.Subcommands.Add(Stats(console));
        command.Subcommands.Add(Verify(console));
        command.Subcommands.Add(Prune(console));
        command.Subcommands.Add(Push(console));
        command.Subcommands.Add(Pull(console));
        return command;
    }

    private static TtsBuildSettings? Settings(CliConsole console) =>
        LineSession.CreateSettings(new ScriptSelection([], [], new Dictionary<string, string>(), Directory.GetCurrentDirectory(), null), new CommonOptions(), console);

    private static Command Stats(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Write the figures as JSON on standard output." };
        var command = new Command("stats", "Size and entry counts of the local cache, by model.");
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            if (Settings(console) is not { } settings)
            {
                return ExitCodes.Failed;
            }

            var cache = new TtsCache(settings.CacheRoot);
            var items = CacheInventory.Enumerate(cache).ToList();
            var models = items.GroupBy(i => i.Model, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new { Model = g.Key, Entries = g.Count(), Bytes = g.Sum(i => i.Bytes) }).ToList();
            int journalled = Directory.Exists(cache.Journal.Directory) ? Directory.EnumerateFiles(cache.Journal.Directory, "*.json").Count() : 0;
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console, new { Root = cache.RootDirectory, Entries = items.Count, Bytes = items.Sum(i => i.Bytes), Models = models, JournalledJobs = journalled });
            }
            else
            {
                console.Line("Cache " + cache.RootDirectory);
                console.Table(["model", "entries", "size"],
                    models.Select(m => (IReadOnlyList<string>)[m.Model, m.Entries.ToString(CultureInfo.InvariantCulture), Sizes.Format(m.Bytes)]),
                    ["total", items.Count.ToString(CultureInfo.InvariantCulture), Sizes.Format(items.Sum(i => i.Bytes))],
                    new HashSet<int> { 1, 2 });
                if (journalled > 0)
                {
                    console.Line(journalled.ToString(CultureInfo.InvariantCulture) + " accepted gateway job(s) journalled, collected by the next build or sync.");
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Verify(CliConsole console)
    {
        var fix = new Option<bool>("--fix") { Description = "Remove every entry that fails (the next build or sync makes it again)." };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON on standard output." };
        var command = new Command("verify", "Check every entry: WAV length and SHA-256 against its metadata, the key, valid audio. Exit code 1 when bad entries remain.");
        command.Options.Add(fix);
        command.Options.Add(json);
        command.SetAction((parse, cancellationToken) =>
        {
            if (Settings(console) is not { } settings)
            {
                return Task.FromResult(ExitCodes.Failed);
            }

            var cache = new TtsCache(settings.CacheRoot);
            bool fixing = parse.GetValue(fix);
            int checkedCount = 0;
            var bad = new List<object>();
            int remaining = 0;
            foreach (var item in CacheInventory.Enumerate(cache))
            {
                cancellationToken.ThrowIfCancellationRequested();
                checkedCount++;
                if (CacheInventory.Check(item) is not { } problem)
                {
                    continue;
                }

                bool removed = fixing && cache.TryRemove(item.Key);
                remaining += removed ? 0 : 1;
                string outcome = removed ? "removed" : fixing ? "left in place: a build holds its lock; run verify again" : "run 'pixazo-tts cache verify --fix' to remove it";
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliCorruptCacheEntry, item.WavPath, null, item.Key, problem, outcome));
                bad.Add(new { item.Key, Problem = problem, Removed = removed });
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(console, new { Root = cache.RootDirectory, Checked = checkedCount, Bad = bad });
            }
            else
            {
                console.Line(string.Create(CultureInfo.InvariantCulture, $"{checkedCount} entries checked, {bad.Count} bad, {bad.Count - remaining} removed."));
            }

            return Task.FromResult(remaining > 0 ? ExitCodes.Failed : ExitCodes.Success);
        });
        return command;
    }

    private static Command Prune(CliConsole console)
    {
        var olderThan = new Option<string?>("--older-than") { Description = "Remove entries not used for this long: 30d, 12h, 90m, 2w.", HelpName = "AGE" };
        var maxSize = new Option<string?>("--max-size") { Description = "Remove the least recently used entries until the cache is at most this size: 500MB, 2GB.", HelpName = "SIZE" };
        var json = new Option<bool>("--json") { Description = "Write the result as JSON on standard output." };
        var command = new Command("prune", "Remove entries, least recently used first (last use: the later of the WAV's last write and last access).");
        command.Options.Add(olderThan);
        command.Options.Add(maxSize);
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            TimeSpan? age = null;
            long? size = null;
            if (parse.GetValue(olderThan) is { } rawAge)
            {
                if (!Sizes.TryParseAge(rawAge, out var parsedAge))
                {
                    console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliInvalidOption, null, null, "--older-than", rawAge, "an age such as 30d, 12h, 90m or 2w"));
                    return ExitCodes.Usage;
                }

                age = parsedAge;
            }

            if (parse.GetValue(maxSize) is { } rawSize)
            {
                if (!Sizes.TryParseSize(rawSize, out long parsedSize))
                {
                    console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliInvalidOption, null, null, "--max-size", rawSize, "a size such as 500MB, 2GB or 800KB"));
                    return ExitCodes.Usage;
                }

                size = parsedSize;
            }

            if (age is null && size is null)
            {
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliInvalidOption, null, null, "prune", "(nothing)", "--older-than AGE and/or --max-size SIZE"));
                return ExitCodes.Usage;
            }

            if (Settings(console) is not { } settings)
            {
                return ExitCodes.Failed;
            }

            var cache = new TtsCache(settings.CacheRoot);
            var items = CacheInventory.Enumerate(cache).OrderBy(i => i.LastUsedUtc).ThenBy(i => i.Key, StringComparer.Ordinal).ToList();
            long total = items.Sum(i => i.Bytes);
            var now = DateTime.UtcNow;
            var removed = new List<CacheItem>();
            foreach (var item in items)
            {
                bool tooOld = age is { } a && now - item.LastUsedUtc > a;
                bool tooBig = size is { } s && total > s;
                if ((tooOld || tooBig) && cache.TryRemove(item.Key))
                {
                    removed.Add(item);
                    total -= item.Bytes;
                }
            }

            if (parse.GetValue(json))
            {
                JsonOutput.Write(console, new { Root = cache.RootDirectory, Removed = removed.Count, FreedBytes = removed.Sum(i => i.Bytes), Entries = items.Count - removed.Count, Bytes = total });
            }
            else
            {
                console.Line(string.Create(CultureInfo.InvariantCulture,
                    $"{removed.Count} entries removed ({Sizes.Format(removed.Sum(i => i.Bytes))}); {items.Count - removed.Count} left ({Sizes.Format(total)})."));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Push(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Write the result as JSON on standard output." };
        var command = new Command("push", "Upload every gateway entry of the local cache to the team cache (PIXAZO_TTS_REMOTE_CACHE, mode readwrite; write-once, placeholder audio never).");
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (Settings(console) is not { } settings)
            {
                return ExitCodes.Failed;
            }

            if (settings.RemoteCache is not { Mode: RemoteCacheMode.ReadWrite } options)
            {
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliNoTeamCache, null, null,
                    "set PIXAZO_TTS_REMOTE_CACHE and PIXAZO_TTS_REMOTE_CACHE_MODE=readwrite (push writes to the team cache)"));
                return ExitCodes.Failed;
            }

            var cache = new TtsCache(settings.CacheRoot);
            var keys = CacheInventory.Enumerate(cache).Where(i => i.Model == TtsModels.Gateway && CacheInventory.Check(i) is null).Select(i => i.Key).ToList();
            using var team = Open(options, cache, console);
            if (team is null)
            {
                return ExitCodes.Failed;
            }

            var uploads = await team.UploadAsync(keys, cancellationToken).ConfigureAwait(false);
            var summary = new TeamCacheSummary();
            summary.Add(uploads);
            return Finish(console, team, summary, parse.GetValue(json), new { Remote = team.Description, Entries = keys.Count, Uploaded = summary.Uploaded, AlreadyPresent = summary.AlreadyPresent });
        });
        return command;
    }

    private static Command Pull(CliConsole console)
    {
        var shared = new SharedOptions();
        var json = new Option<bool>("--json") { Description = "Write the result as JSON on standard output." };
        var command = new Command("pull", "Download from the team cache every line of the scripts whose real audio the local cache lacks (verified before it is stored).");
        command.Arguments.Add(shared.Paths);
        command.Options.Add(json);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var selection = await ScriptSources.ResolveAsync(parse.GetValue(shared.Paths) ?? [], console, cancellationToken).ConfigureAwait(false);
            var session = selection is null ? null : LineSession.Open(selection, new CommonOptions(), console);
            if (session is null)
            {
                return ExitCodes.Failed;
            }

            if (session.Settings.RemoteCache is not { } options)
            {
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliNoTeamCache, null, null, "set PIXAZO_TTS_REMOTE_CACHE (or the project's TtsRemoteCache) to the team cache's URL"));
                return ExitCodes.Failed;
            }

            var keys = session.Lines.Select(l => l.Gateway.Key).Where(k => !session.Cache.Lookup(k).Found).ToList();
            using var team = Open(options, session.Cache, console);
            if (team is null)
            {
                return ExitCodes.Failed;
            }

            var fetches = await team.FetchAsync(keys, cancellationToken).ConfigureAwait(false);
            foreach (var refused in fetches.Where(f => f.Outcome == RemoteFetchOutcome.Refused))
            {
                var line = session.Lines.First(l => l.Gateway.Key == refused.Key).First;
                console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.RemoteCacheEntryRefused, line.Script.FullPath, line.Line.IdSpan, line.Line.Id, refused.Reason ?? "refused"));
            }

            var summary = new TeamCacheSummary();
            summary.Add(fetches);
            return Finish(console, team, summary, parse.GetValue(json), new
            {
                Remote = team.Description,
                DistinctLines = session.Lines.Count,
                AlreadyLocal = session.Lines.Count - keys.Count,
                Downloaded = summary.Downloaded,
                Refused = summary.Refused,
                Missing = keys.Count - summary.Downloaded - summary.Refused,
            });
        });
        return command;
    }

    private static TeamCache? Open(RemoteCacheOptions options, TtsCache cache, CliConsole console)
    {
        try
        {
            return TeamCache.Create(options, cache);
        }
        catch (RemoteStoreException exception)
        {
            console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.RemoteCacheRequired, null, null, options.Location.Description, exception.Message));
            return null;
        }
    }

    private static int Finish(CliConsole console, TeamCache team, TeamCacheSummary summary, bool json, object result)
    {
        if (team.Failure is { } failure)
        {
            console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.RemoteCacheRequired, null, null, failure.Remote, failure.Message));
        }

        if (json)
        {
            JsonOutput.Write(console, result);
        }
        else
        {
            console.Line("Team cache " + team.Description + ": " + summary.Describe(team.Failure));
        }

        return team.Failure is null ? ExitCodes.Success : ExitCodes.Failed;
    }
}
