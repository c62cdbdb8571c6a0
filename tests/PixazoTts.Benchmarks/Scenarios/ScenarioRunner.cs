using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PixazoTts.Caching;
using PixazoTts.Emulator;

namespace PixazoTts.Benchmarks.Scenarios;

/// <summary>
/// The whole-build benchmarks of docs/benchmarks.md. Each ratio compares the same project with and without the
/// package (or our synthesis with the documentation's workflow), measured alternately in one run (A B, B A, A B ...),
/// medians of N, so it holds on a noisy machine. Every build: no build server, no node reuse, a packages folder of its
/// own, the package packed once from this repository into a temporary feed, the emulator on loopback, never the internet.
/// </summary>
public static partial class ScenarioRunner
{
    private const string Gateway = "gemini-flash-tts";

    public static async Task<int> RunAsync(ScenarioSettings settings, CancellationToken cancellationToken)
    {
        string repository = FindRepositoryRoot();
        var report = new Report();
        report.Line($"PixazoTts scenarios, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, .NET {Environment.Version}, "
            + $"{settings.Repetitions} repetitions per side{(settings.Quick ? " (--quick: checks the runner, not a result)" : string.Empty)}");
        report.Line(string.Empty);
        report.Line("| scenario | with PixazoTts.Build (median) | baseline (median) | figure: median of pair ratios (min-max) | CPU time of the build's processes: median of pair ratios (min-max; medians) | target | |");
        report.Line("| --- | ---: | ---: | ---: | ---: | ---: | --- |");

        using var workspace = await Workspace.CreateAsync(repository);
        if (settings.Runs("noop") || settings.Runs("clean"))
        {
            await NoOpAndCleanAsync(workspace, settings, report);
        }

        if (settings.Runs("cold"))
        {
            await ColdSynthesisAsync(workspace, settings, report);
        }

        if (settings.Runs("remote"))
        {
            await TeamCacheScenario.RunAsync(workspace, settings, report);
        }

        if (settings.Runs("cli"))
        {
            await CliScenario.RunAsync(workspace, settings, report);
        }

        if (settings.Runs("scale"))
        {
            report.Line(string.Empty);
            report.Line("| scale: cached lines | files | task, first run (links every line) | task, re-run (one script touched) | per line (re-run) | build wall time (re-run) | peak RSS, MSBuild process (VmHWM) | peak RSS, process tree (sampled) |");
            report.Line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (int lines in settings.ScaleSizes)
            {
                await ScaleAsync(workspace, lines, report);
            }
        }

        string resultFile = Path.Combine(repository, "artifacts", "benchmarks", "scenarios-" + DateTime.UtcNow.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + ".md");
        Directory.CreateDirectory(Path.GetDirectoryName(resultFile)!);
        await File.WriteAllTextAsync(resultFile, report.ToString(), cancellationToken);
        Console.WriteLine("Written to " + resultFile);
        return 0;
    }

    /// <summary>
    /// 1. No-op build and 2. warm-cache clean build, N lines in N/20 files (at least 50), against the same project without
    /// the package, for every size of <see cref="ScenarioSettings.Sizes"/>. The cache holds real (gateway) audio, as on a
    /// developer's machine after the first build with a key: the first build synthesizes through the emulator, and the
    /// runner checks that no timed build makes a request. 1b and 1c are the no-op build without a key: <c>Auto</c>
    /// (placeholder lines, waiting for a key) and <c>TtsProvider=Placeholder</c>. 2c is the clean build of a small game
    /// (20 C# files) with the same lines, the real-size baseline next to the one-line program.
    /// </summary>
    private static async Task NoOpAndCleanAsync(Workspace workspace, ScenarioSettings settings, Report report)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 100 });
        var gateway = new Dictionary<string, string?>
        {
            ["PIXAZO_TTS_CACHE"] = Path.Combine(workspace.Root, "cache"),
            ["PIXAZO_BASE_URL"] = emulator.BaseUrl.ToString().TrimEnd('/'),
            ["PIXAZO_API_KEY"] = "bench-" + Guid.NewGuid().ToString("N"),
        };
        var offline = new Dictionary<string, string?> { ["PIXAZO_TTS_CACHE"] = Path.Combine(workspace.Root, "placeholder-cache") };
        foreach (int lines in settings.Sizes)
        {
            await NoOpAndCleanAsync(workspace, settings, report, emulator, gateway, offline, lines);
        }
    }

    private static async Task NoOpAndCleanAsync(
        Workspace workspace, ScenarioSettings settings, Report report, EmulatorHost emulator, Dictionary<string, string?> gateway, Dictionary<string, string?> offline, int lines)
    {
        int files = Math.Max(50, lines / 20);
        string size = $"{lines:N0} lines in {files} files";
        string tag = "line " + lines;
        string with = workspace.CreateProject("With" + lines, lines, files, withPackage: true, tag: tag);
        string without = workspace.CreateProject("Without" + lines, lines, files, withPackage: false, tag: tag);
        int before = emulator.Stats.Accepted;
        (await Measured.RunAsync(with, gateway, false, [.. Build(with), "-p:TtsMaxConcurrency=32"])).EnsureSucceeded("first build");
        (await Measured.RunAsync(without, gateway, false, Build(without))).EnsureSucceeded("first build");
        int requests = emulator.Stats.Accepted;
        if (requests - before != lines)
        {
            throw new InvalidOperationException($"the first build made {requests - before} requests for {lines:N0} lines");
        }

        if (settings.Runs("noop"))
        {
            // A 3 % effect on a 2.5 s build: the no-op rows take more pairs than the others (each pair costs 5 s).
            int pairs = settings.NoOpRepetitions;
            var (a, b) = await AlternateAsync(pairs, () => Measured.RunAsync(with, gateway, false, Build(with)), () => Measured.RunAsync(without, gateway, false, Build(without)));
            report.Ratio($"1. no-op build, {size}, real audio cached, key set", a, b, 1.03);

            // 1b. No key, Auto: placeholder lines; the stamp records that no key was set, so the build settles until one is.
            string auto = workspace.FreshCopy(with, "AutoNoKey" + lines);
            (await Measured.RunAsync(auto, offline, false, Build(auto))).EnsureSucceeded("first build");
            var (c, d) = await AlternateAsync(pairs, () => Measured.RunAsync(auto, offline, false, Build(auto)), () => Measured.RunAsync(without, offline, false, Build(without)));
            report.Ratio($"1b. no-op build, {size}, Auto without a key (placeholder lines)", c, d, 1.03);

            // 1c. TtsProvider=Placeholder: offline on purpose, no warning, complete once made.
            string placeholder = workspace.FreshCopy(with, "Placeholder" + lines);
            string[] provider = ["-p:TtsProvider=Placeholder"];
            (await Measured.RunAsync(placeholder, offline, false, [.. Build(placeholder), .. provider])).EnsureSucceeded("first build");
            var (e, f) = await AlternateAsync(pairs, () => Measured.RunAsync(placeholder, offline, false, [.. Build(placeholder), .. provider]), () => Measured.RunAsync(without, offline, false, [.. Build(without), .. provider]));
            report.Ratio($"1c. no-op build, {size}, TtsProvider=Placeholder", e, f, 1.03);

            // 1d. Finishing on (issue 14): loudness -16 LUFS and trimming for every line, one folder of five as Ogg Opus
            // through item metadata. Its first build finishes every line from the cache; the no-op must cost what 1 costs.
            string finishing = workspace.FreshCopy(with, "Finishing" + lines);
            string[] finish = ["-p:TtsLoudness=-16", "-p:TtsTrimSilence=true"];
            Workspace.AddItemMetadata(finishing, "Voice/chapter0/**/*.tts.json", "AudioFormat=\"opus\"");
            var first = (await Measured.RunAsync(finishing, gateway, false, [.. Build(finishing), .. finish])).EnsureSucceeded("first build");
            if (!first.Output.Contains("finished (loudness, trimming", StringComparison.Ordinal) && !Directory.EnumerateFiles(finishing, "*.opus", SearchOption.AllDirectories).Any())
            {
                throw new InvalidOperationException("1d: the first build with finishing on finished no line:\n" + first.Output);
            }

            var (g, h) = await AlternateAsync(pairs, () => Measured.RunAsync(finishing, gateway, false, [.. Build(finishing), .. finish]), () => Measured.RunAsync(without, gateway, false, [.. Build(without), .. finish]));
            report.Ratio($"1d. no-op build, {size}, finishing on (loudness -16, trimming, one folder in Opus)", g, h, 1.03);
        }

        if (settings.Runs("clean"))
        {
            // A fresh copy of the sources (no bin/, no obj/: a fresh clone), restore included on both sides.
            int copy = 0;
            var (a, b) = await AlternateAsync(
                settings.Repetitions,
                () => { string dir = workspace.FreshCopy(with, $"CleanWith{lines}-{copy++}"); return Measured.RunAsync(dir, gateway, false, Build(dir)); },
                () => { string dir = workspace.FreshCopy(without, $"CleanWithout{lines}-{copy++}"); return Measured.RunAsync(dir, gateway, false, Build(dir)); });
            report.Ratio($"2. warm-cache clean build (fresh copy, real audio cached), {size}, one-line program", a, b, 1.15);

            if (lines == settings.Sizes[0])
            {
                // 2b. The same for a project that finds its audio by path and turns the catalog off: what the catalog's
                // compile time is, measured rather than estimated.
                var (c, d) = await AlternateAsync(
                    settings.Repetitions,
                    () => { string dir = workspace.FreshCopy(with, $"CleanNoCatalog{lines}-{copy++}"); return Measured.RunAsync(dir, gateway, false, [.. Build(dir), "-p:TtsGenerateCatalog=false"]); },
                    () => { string dir = workspace.FreshCopy(without, $"CleanWithout{lines}-{copy++}"); return Measured.RunAsync(dir, gateway, false, Build(dir)); });
                report.Ratio($"2b. the same with TtsGenerateCatalog=false (no catalog compiled), {size}", c, d, 1.15);

                // 2c. A real-size project: a small game of 20 C# files with the same lines, against the same game without them.
                string game = workspace.CreateProject("Game" + lines, lines, files, withPackage: true, tag: tag, smallGame: true);
                string gameWithout = workspace.CreateProject("GameWithout" + lines, lines, files, withPackage: false, tag: tag, smallGame: true);
                var (e, f) = await AlternateAsync(
                    settings.Repetitions,
                    () => { string dir = workspace.FreshCopy(game, $"CleanGame{lines}-{copy++}"); return Measured.RunAsync(dir, gateway, false, Build(dir)); },
                    () => { string dir = workspace.FreshCopy(gameWithout, $"CleanGameWithout{lines}-{copy++}"); return Measured.RunAsync(dir, gateway, false, Build(dir)); });
                report.Ratio($"2c. warm-cache clean build, {size}, a small game (20 C# files)", e, f, 1.15);
            }
        }

        if (emulator.Stats.Accepted != requests)
        {
            throw new InvalidOperationException($"timed builds made {emulator.Stats.Accepted - requests} requests; they must make none");
        }

        report.Line($"| (requests made by the timed builds of {size}: {emulator.Stats.Accepted - requests}) | | | | | 0 | {Verdict(emulator.Stats.Accepted == requests)} |");
    }

    /// <summary>
    /// 3. Cold synthesis: distinct lines against the emulator (latency 2 s, 16 jobs in flight, 429 beyond), with
    /// TtsMaxConcurrency=16; then the documentation's own workflow (one line at a time, polling every 5 s) on a
    /// subset, extrapolated linearly (its time per line is fixed by its sleeps).
    /// </summary>
    private static async Task ColdSynthesisAsync(Workspace workspace, ScenarioSettings settings, Report report)
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 2000, MaxInFlight = 16 });
        string key = "bench-" + Guid.NewGuid().ToString("N");
        int lines = settings.ColdLines;
        double ideal = Math.Ceiling(lines / 16.0) * 2.0;
        var tasks = new List<double>();
        var builds = new List<double>();
        var statusPerLine = new List<double>();
        int rateLimited = 0, accepted = 0;
        for (int run = 0; run < settings.ColdRepetitions; run++)
        {
            // Every run: new texts, a new cache, a new project: nothing is warm but the machine.
            string project = workspace.CreateProject("Cold" + run, lines, 10, withPackage: true, tag: "cold run " + run);
            var environment = new Dictionary<string, string?>
            {
                ["PIXAZO_TTS_CACHE"] = Path.Combine(workspace.Root, "cold-cache-" + run),
                ["PIXAZO_BASE_URL"] = emulator.BaseUrl.ToString().TrimEnd('/'),
                ["PIXAZO_API_KEY"] = key,
            };
            (await Measured.RunAsync(project, environment, false, "restore", project, "-nodeReuse:false", "--disable-build-servers")).EnsureSucceeded("restore");
            emulator.Reset();
            var build = (await Measured.RunAsync(project, environment, false, [.. Build(project), "--no-restore", "-p:TtsMaxConcurrency=16"])).EnsureSucceeded("cold build");
            var stats = emulator.Stats;
            if (stats.Completed != lines || build.Output.Contains(key, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"cold build: {stats.Completed} of {lines} lines completed, or the key is in the output");
            }

            tasks.Add(TaskSeconds(build));
            builds.Add(build.Elapsed.TotalSeconds);
            statusPerLine.Add((double)stats.Status / lines);
            rateLimited += stats.RateLimited;
            accepted += stats.Accepted;
        }

        double task = Median(tasks), wall = Median(builds);
        report.Line($"| 3a. cold synthesis, {lines} lines, latency 2 s, max 16 in flight: task wall time (median of {tasks.Count}: {Join(tasks)} s) | {task:0.0} s | ideal ceil({lines}/16) x 2 s = {ideal:0} s | {task / ideal:0.00}x | | <= 1.05x | {Verdict(task / ideal <= 1.05)} |");
        report.Line($"| 3b. status requests per line (429s seen: {rateLimited}, accepted {accepted} for {lines * tasks.Count} lines) | {Median(statusPerLine):0.00} | | {Median(statusPerLine):0.00} | | <= 4 | {Verdict(Median(statusPerLine) <= 4)} |");

        emulator.Reset();
        var baseline = await DocumentationWorkflow.RunAsync(emulator.BaseUrl, key, Enumerable.Range(0, settings.BaselineLines).Select(i => "baseline line " + i + ": the torches flicker in the hall."));
        double perLine = baseline.TotalSeconds / settings.BaselineLines;
        double extrapolated = perLine * lines;
        report.Line($"| 3c. speed-up over the documentation's workflow (one at a time, poll every 5 s; ran {settings.BaselineLines} lines in {baseline.TotalSeconds:0.0} s = {perLine:0.00} s/line, x {lines} extrapolated) vs our whole cold build (restore excluded, compile included; median of {builds.Count}: {Join(builds)} s) | {wall:0.0} s | {extrapolated:0} s | {extrapolated / wall:0.0}x | | >= 10x | {Verdict(extrapolated / wall >= 10)} |");
    }

    /// <summary>
    /// 5. Scale: the synthesis target alone (-t:PixazoTtsSynthesize, no compile) on N lines that are all in the cache,
    /// with -m:1 so MSBuild, and the task, run in the measured dotnet process. First run: every line looked up and
    /// hard-linked into obj. Re-run after touching one script: every line looked up again, nothing to link.
    /// </summary>
    private static async Task ScaleAsync(Workspace workspace, int lines, Report report)
    {
        int files = Math.Max(10, lines / 100);
        string project = workspace.CreateProject("Scale" + lines, lines, files, withPackage: true, tag: "scale");
        string cache = Path.Combine(workspace.Root, "scale-cache");
        await FillCacheAsync(cache, lines);

        // A key is set (so the gateway would be used) but points nowhere: every line must come from the cache.
        var environment = new Dictionary<string, string?> { ["PIXAZO_TTS_CACHE"] = cache, ["PIXAZO_API_KEY"] = "cached-lines-need-no-request", ["PIXAZO_BASE_URL"] = "http://127.0.0.1:9" };
        (await Measured.RunAsync(project, environment, false, "restore", project, "-nodeReuse:false", "--disable-build-servers")).EnsureSucceeded("restore");
        string[] target = ["msbuild", project, "-t:PixazoTtsSynthesize", "-p:BuildingProject=true", "-m:1", "-nodeReuse:false", "-v:m", "-tl:off", "-clp:PerformanceSummary"];
        var first = (await Measured.RunAsync(project, environment, true, target)).EnsureSucceeded("scale " + lines);
        File.SetLastWriteTimeUtc(Directory.EnumerateFiles(Path.Combine(project, "Voice"), "*.tts.json", SearchOption.AllDirectories).First(), DateTime.UtcNow);
        var second = (await Measured.RunAsync(project, environment, true, target)).EnsureSucceeded("scale " + lines);
        if (!second.Output.Contains($"{lines} cache hits", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("scale: not every line came from the cache:\n" + second.Output);
        }

        double firstTask = TaskMilliseconds(first) / 1000, secondTask = TaskMilliseconds(second) / 1000;
        report.Line($"| {lines:N0} | {files} | {firstTask:0.000} s | {secondTask:0.000} s | {secondTask * 1e6 / lines:0} µs | {second.Elapsed.TotalSeconds:0.0} s | {MiB(Math.Max(first.PeakRootBytes, second.PeakRootBytes))} | {MiB(Math.Max(first.PeakTreeBytes, second.PeakTreeBytes))} |");
    }

    /// <summary>Fills the cache with valid entries (10 ms of audio) for the scale project's lines, through the cache's own API.</summary>
    private static async Task FillCacheAsync(string root, int lines)
    {
        var cache = new TtsCache(root);
        byte[] wav = PixazoTts.Audio.WavFile.FromPcm16(new short[240], 24000, 1);
        await Parallel.ForEachAsync(Enumerable.Range(0, lines), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            string text = $"scale {i}: the torches flicker in the hall.";
            var target = new TtsKeyedUtterance(Gateway, new TtsUtterance(text, voice: "Kore"));
            await cache.GetOrAddAsync(target.Key, _ => Task.FromResult(new TtsCacheProduction(target, wav, null, null, DateTimeOffset.UtcNow)), ct);
        });
    }

    internal static async Task<(List<Measured> With, List<Measured> Without)> AlternateAsync(int repetitions, Func<Task<Measured>> with, Func<Task<Measured>> without)
    {
        // One pair not counted: the first builds after a change of scenario pay for the page cache and the disk's
        // metadata of the other side's files, whichever side goes first.
        (await with()).EnsureSucceeded("warm-up build");
        (await without()).EnsureSucceeded("warm-up build");
        var a = new List<Measured>();
        var b = new List<Measured>();
        for (int i = 0; i < repetitions; i++)
        {
            // Alternating, and swapping who goes first, spreads the machine's drift over both sides.
            if (i % 2 == 0)
            {
                a.Add((await with()).EnsureSucceeded("build"));
                b.Add((await without()).EnsureSucceeded("build"));
            }
            else
            {
                b.Add((await without()).EnsureSucceeded("build"));
                a.Add((await with()).EnsureSucceeded("build"));
            }
        }

        return (a, b);
    }

    private static double TaskSeconds(Measured build)
    {
        var match = SummaryTime().Match(build.Output);
        return match.Success
            ? double.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("No PixazoTts summary line in:\n" + build.Output);
    }

    /// <summary>The task's own time from MSBuild's performance summary (milliseconds; the summary line rounds to 0.1 s).</summary>
    private static double TaskMilliseconds(Measured build)
    {
        var match = TaskTime().Match(build.Output);
        return match.Success
            ? double.Parse(match.Groups["ms"].Value, CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("No SynthesizeTtsAssets line in the performance summary of:\n" + build.Output);
    }

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    internal static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0.00", CultureInfo.InvariantCulture)));

    private static string MiB(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MiB";

    internal static string Verdict(bool met) => met ? "met" : "**missed**";

    internal static string[] Build(string project) => ["build", project, "-nodeReuse:false", "--disable-build-servers", "-v:m", "-tl:off"];

    internal static string RepositoryRoot => FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PixazoTts.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (PixazoTts.Build.sln not found above " + AppContext.BaseDirectory + ").");
    }

    [GeneratedRegex(@"PixazoTts: .*, (?<s>\d+(\.\d+)?) s")]
    private static partial Regex SummaryTime();

    [GeneratedRegex(@"(?<ms>\d+) ms\s+SynthesizeTtsAssets\s")]
    private static partial Regex TaskTime();

    /// <summary>The run's figures as Markdown, printed as they come and written to artifacts/benchmarks/.</summary>
    internal sealed class Report
    {
        private readonly StringBuilder _text = new();

        public void Line(string line)
        {
            Console.WriteLine(line);
            _text.AppendLine(line);
        }

        /// <summary>
        /// One row: the medians of both sides, and the ratio of each interleaved pair (with / without, run back to back),
        /// as their median and min–max. The verdict is on the median of the pair ratios: each pair shares the machine's
        /// state of that moment, so it holds better than the ratio of medians when the load drifts.
        /// </summary>
        public void Ratio(string name, List<Measured> with, List<Measured> without, double target)
        {
            var a = with.Select(m => m.Elapsed.TotalSeconds).ToList();
            var b = without.Select(m => m.Elapsed.TotalSeconds).ToList();
            double ofMedians = Median(a) / Median(b);
            var pairs = a.Zip(b, (x, y) => x / y).ToList();
            double paired = Median(pairs);
            // CPU time of the build's process tree, paired the same way: the machine's noise (another tenant of the
            // host, a burst of I/O) stretches wall time far more than it changes the work done, so this column shows
            // the package's own cost where the wall-time ratio is within the noise.
            var cpuPairs = with.Zip(without, (x, y) => y.CpuTime > TimeSpan.Zero ? x.CpuTime.TotalSeconds / y.CpuTime.TotalSeconds : double.NaN).ToList();
            string cpu = cpuPairs.Any(double.IsNaN) ? "n/a" : $"{Median(cpuPairs):0.00}x ({cpuPairs.Min():0.00}-{cpuPairs.Max():0.00}x; {Median(with.Select(m => m.CpuTime.TotalSeconds)):0.00} s vs {Median(without.Select(m => m.CpuTime.TotalSeconds)):0.00} s)";
            Line($"| {name} ({pairs.Count} pairs; runs: {Join(a)} s vs {Join(b)} s; ratio of medians {ofMedians:0.00}x) | {Median(a):0.00} s | {Median(b):0.00} s | {paired:0.00}x ({pairs.Min():0.00}-{pairs.Max():0.00}x) | {cpu} | <= {target:0.00}x | {Verdict(paired <= target)} |");
        }

        public override string ToString() => _text.ToString();
    }
}
