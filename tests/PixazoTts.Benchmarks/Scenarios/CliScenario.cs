using System.Diagnostics;
using System.Globalization;

namespace PixazoTts.Benchmarks.Scenarios;

/// <summary>
/// 7. The command-line tool against the build doing the same work (target ≤ 1.5× each), both with every line cached
/// (placeholder audio, so filling the cache needs no gateway; the lookups are the same as for real audio):
/// 7a. <c>pixazo-tts plan</c> of 10,000 lines in 200 scripts (the folder, and the project file, which adds MSBuild's
/// evaluation of the items) against <c>dotnet build</c> of the same project after one script was touched (the task
/// loads, resolves and looks up all 10,000 lines again; catalog off, so the compiler is not part of either side);
/// 7b. <c>pixazo-tts sync</c> of 1,000 cached lines into a fresh folder against a warm-cache clean build of the same
/// project (fresh copy, catalog off) that puts the same 1,000 WAVs into bin/.
/// The tool is packed into the workspace's feed and installed with <c>dotnet tool install --tool-path</c>; it runs as
/// <c>dotnet pixazo-tts.dll</c>, which is what the installed command starts.
/// </summary>
internal static class CliScenario
{
    public static async Task RunAsync(Workspace workspace, ScenarioSettings settings, ScenarioRunner.Report report)
    {
        string repository = ScenarioRunner.RepositoryRoot;
        (await Measured.RunAsync(repository, new Dictionary<string, string?>(), false,
            "pack", Path.Combine(repository, "src", "PixazoTts.Cli"), "-c", "Release", "-o", workspace.Feed, "-p:PackageVersion=" + workspace.Version, "-nodeReuse:false", "--disable-build-servers"))
            .EnsureSucceeded("dotnet pack PixazoTts.Cli");
        string toolPath = Path.Combine(workspace.Root, "tools");
        (await Measured.RunAsync(workspace.Root, new Dictionary<string, string?> { ["NUGET_PACKAGES"] = workspace.Packages }, false,
            "tool", "install", "PixazoTts.Cli", "--tool-path", toolPath, "--add-source", workspace.Feed, "--version", workspace.Version))
            .EnsureSucceeded("dotnet tool install PixazoTts.Cli");
        string tool = Directory.EnumerateFiles(Path.Combine(toolPath, ".store"), "pixazo-tts.dll", SearchOption.AllDirectories).Single();

        var offline = new Dictionary<string, string?> { ["PIXAZO_TTS_CACHE"] = Path.Combine(workspace.Root, "cli-cache") };
        string[] noCatalog = ["-p:TtsProvider=Placeholder", "-p:TtsGenerateCatalog=false"];

        // 7a. plan, 10,000 lines.
        int planLines = settings.Quick ? 2_000 : 10_000;
        string big = workspace.CreateProject("CliPlan", planLines, 200, withPackage: true, tag: "cli plan line");
        (await Measured.RunAsync(big, offline, false, [.. ScenarioRunner.Build(big), .. noCatalog])).EnsureSucceeded("first build (fills the cache)");
        string touched = Directory.EnumerateFiles(Path.Combine(big, "Voice"), "*.tts.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).First();
        var (planFolder, buildA) = await ScenarioRunner.AlternateAsync(
            settings.Repetitions,
            () => Run(big, offline, tool, "plan", "Voice", "--provider", "Placeholder", "--json"),
            () => { File.SetLastWriteTimeUtc(touched, DateTime.UtcNow); return Measured.RunAsync(big, offline, false, [.. ScenarioRunner.Build(big), .. noCatalog]); });
        report.Ratio($"7a. pixazo-tts plan Voice (folder), {planLines:N0} lines / 200 files, vs dotnet build after one script changed", planFolder, buildA, 1.5);
        var (planProject, buildB) = await ScenarioRunner.AlternateAsync(
            settings.Repetitions,
            () => Run(big, offline, tool, "plan", "CliPlan.csproj", "--provider", "Placeholder", "--json"),
            () => { File.SetLastWriteTimeUtc(touched, DateTime.UtcNow); return Measured.RunAsync(big, offline, false, [.. ScenarioRunner.Build(big), .. noCatalog]); });
        report.Ratio($"7a'. pixazo-tts plan CliPlan.csproj (items read by MSBuild), the same", planProject, buildB, 1.5);
        foreach (var run in planFolder.Concat(planProject))
        {
            if (!run.Output.Contains($"\"cached\": {planLines}", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("plan did not find every line cached:\n" + run.Output);
            }
        }

        // 7b. sync, 1,000 cached lines.
        string small = workspace.CreateProject("CliSync", 1000, 50, withPackage: true, tag: "cli sync line");
        (await Measured.RunAsync(small, offline, false, [.. ScenarioRunner.Build(small), .. noCatalog])).EnsureSucceeded("first build (fills the cache)");
        int copy = 0;
        var (sync, clean) = await ScenarioRunner.AlternateAsync(
            settings.Repetitions,
            () => Run(small, offline, tool, "sync", "Voice", "--out", Path.Combine(workspace.Root, "cli-out-" + copy++), "--provider", "Placeholder", "--json"),
            () => { string dir = workspace.FreshCopy(small, "CliSyncClean" + copy++); return Measured.RunAsync(dir, offline, false, [.. ScenarioRunner.Build(dir), .. noCatalog]); });
        report.Ratio("7b. pixazo-tts sync of 1,000 cached lines into a fresh folder, vs a warm-cache clean build (fresh copy)", sync, clean, 1.5);
        foreach (var run in sync)
        {
            if (!run.Output.Contains("\"written\": 1000", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("sync did not write every line:\n" + run.Output);
            }
        }

        // 7b'. The same sync run again into the same folder (nothing to copy) against a no-op build.
        string outDir = Path.Combine(workspace.Root, "cli-out-rerun");
        (await Run(small, offline, tool, "sync", "Voice", "--out", outDir, "--provider", "Placeholder")).EnsureSucceeded("sync");
        var (rerun, noop) = await ScenarioRunner.AlternateAsync(
            settings.Repetitions,
            () => Run(small, offline, tool, "sync", "Voice", "--out", outDir, "--provider", "Placeholder", "--json"),
            () => Measured.RunAsync(small, offline, false, [.. ScenarioRunner.Build(small), .. noCatalog]));
        report.Ratio("7b'. the same sync again (all unchanged), vs a no-op build", rerun, noop, 1.5);
    }

    private static Task<Measured> Run(string workingDirectory, IReadOnlyDictionary<string, string?> environment, string tool, params string[] arguments) =>
        Measured.RunAsync(workingDirectory, environment, false, [tool, .. arguments]);
}
