using PixazoTts.Emulator;
using PixazoTts.Pipeline.Tests.Servers;

namespace PixazoTts.Benchmarks.Scenarios;

/// <summary>
/// 6. The team cache (docs/team-cache.md), nginx WebDAV on loopback:
/// 6a. a fresh machine (empty local cache) building 1,000 lines that the remote has, against the same clean build with
/// a warm local cache and no remote (target ≤ 1.5×, and no gateway request);
/// 6b. a remote that accepts connections and never answers, against no remote at all, both synthesizing every line
/// (fresh local cache, emulator at 100 ms): the build may take at most 10 s longer.
/// </summary>
internal static class TeamCacheScenario
{
    public static async Task RunAsync(Workspace workspace, ScenarioSettings settings, ScenarioRunner.Report report)
    {
        var nginx = new NginxDavServer();
        await nginx.InitializeAsync();
        try
        {
            await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 100 });
            string remote = nginx.Url("open") + "bench";
            string apiKey = "bench-" + Guid.NewGuid().ToString("N");
            string ciCache = Path.Combine(workspace.Root, "team-ci-cache");
            int lines = settings.Quick ? 200 : 1000;
            string project = workspace.CreateProject("TeamCache", lines, 50, withPackage: true, tag: "team line");
            Dictionary<string, string?> Environment(string cache, string? remoteUrl, string mode = "read")
            {
                var variables = new Dictionary<string, string?>
                {
                    ["PIXAZO_TTS_CACHE"] = cache,
                    ["PIXAZO_BASE_URL"] = emulator.BaseUrl.ToString().TrimEnd('/'),
                    ["PIXAZO_API_KEY"] = apiKey,
                };
                if (remoteUrl is not null)
                {
                    variables["PIXAZO_TTS_REMOTE_CACHE"] = remoteUrl;
                    variables["PIXAZO_TTS_REMOTE_CACHE_MODE"] = mode;
                }

                return variables;
            }

            // CI fills the remote (and its own local cache, the warm side of 6a).
            var ci = (await Measured.RunAsync(project, Environment(ciCache, remote, "readwrite"), false, [.. ScenarioRunner.Build(project), "-p:TtsMaxConcurrency=16"])).EnsureSucceeded("CI build");
            if (!ci.Output.Contains($"{lines} uploaded", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("the CI build did not upload every line:\n" + ci.Output);
            }

            int requests = emulator.Stats.Accepted;
            int copy = 0;
            var (fresh, warm) = await ScenarioRunner.AlternateAsync(
                settings.Repetitions,
                () =>
                {
                    string dir = workspace.FreshCopy(project, "TeamFresh" + copy++);
                    return Measured.RunAsync(dir, Environment(Path.Combine(workspace.Root, "team-fresh-" + copy), remote), false, ScenarioRunner.Build(dir));
                },
                () =>
                {
                    string dir = workspace.FreshCopy(project, "TeamWarm" + copy++);
                    return Measured.RunAsync(dir, Environment(ciCache, null), false, ScenarioRunner.Build(dir));
                });
            if (fresh.Any(m => !m.Output.Contains($"{lines} from the remote", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException("a fresh-machine build did not take every line from the remote:\n" + fresh.First().Output);
            }

            report.Line(string.Empty);
            report.Line("| team cache (nginx WebDAV on loopback) | with | against | figure | target | |");
            report.Line("| --- | ---: | ---: | ---: | ---: | --- |");
            report.Ratio($"6a. fresh machine (empty local cache), clean build of {lines:N0} lines the remote has, vs the same clean build with a warm local cache and no remote", fresh, warm, 1.50);
            int timedRequests = emulator.Stats.Accepted - requests;
            report.Line($"| (gateway requests made by the timed builds of 6a: {timedRequests}) | | | | | 0 | {ScenarioRunner.Verdict(timedRequests == 0)} |");

            // 6b: every line is synthesized on both sides; one side also has a remote that never answers.
            using var silent = new SilentServer();
            int blackHoleLines = settings.Quick ? 50 : 200;
            string synth = workspace.CreateProject("TeamBlackHole", blackHoleLines, 10, withPackage: true, tag: "black hole");
            var (holed, none) = await ScenarioRunner.AlternateAsync(
                Math.Min(settings.Repetitions, 3),
                () =>
                {
                    string dir = workspace.FreshCopy(synth, "Holed" + copy++);
                    return Measured.RunAsync(dir, Environment(Path.Combine(workspace.Root, "holed-" + copy), $"http://127.0.0.1:{silent.Port}/cache"), false, [.. ScenarioRunner.Build(dir), "-p:TtsMaxConcurrency=16"]);
                },
                () =>
                {
                    string dir = workspace.FreshCopy(synth, "NoRemote" + copy++);
                    return Measured.RunAsync(dir, Environment(Path.Combine(workspace.Root, "noremote-" + copy), null), false, [.. ScenarioRunner.Build(dir), "-p:TtsMaxConcurrency=16"]);
                });
            double extra = ScenarioRunner.Median(holed.Select(m => m.Elapsed.TotalSeconds)) - ScenarioRunner.Median(none.Select(m => m.Elapsed.TotalSeconds));
            report.Line($"| 6b. a remote that never answers vs no remote, {blackHoleLines} lines synthesized on both sides (runs: {ScenarioRunner.Join(holed.Select(m => m.Elapsed.TotalSeconds))} s vs {ScenarioRunner.Join(none.Select(m => m.Elapsed.TotalSeconds))} s; PTTS2101 once per build) | {ScenarioRunner.Median(holed.Select(m => m.Elapsed.TotalSeconds)):0.0} s | {ScenarioRunner.Median(none.Select(m => m.Elapsed.TotalSeconds)):0.0} s | +{extra:0.0} s | | <= +10 s | {ScenarioRunner.Verdict(extra <= 10)} |");
        }
        finally
        {
            await nginx.DisposeAsync();
        }
    }
}
