using PixazoTts.Build.Tasks.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tasks.Tests;

/// <summary>
/// <see cref="SynthesizeTtsAssets.Execute"/> end to end with a fake build engine: each stage driven into failure is a
/// PTTS error (never an exception, which MSBuild would print as MSB4018 with a stack), and a normal run logs progress
/// and a summary without the key.
/// </summary>
public sealed class ExecuteTests : IDisposable
{
    private const string Key = "sk-task-test-key-0123456789";
    private readonly TaskWorkspace _workspace = new();

    public ExecuteTests() => _workspace.Environment["HOME"] = Path.Combine(_workspace.Root, "home");

    public void Dispose() => _workspace.Dispose();

    private static void AssertOneError(FakeBuildEngine engine, string code)
    {
        var error = Assert.Single(engine.Errors);
        Assert.Equal(code, error.Code);
        Assert.DoesNotContain("   at ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(engine.Messages, m => m.Importance != Microsoft.Build.Framework.MessageImportance.Low && (m.Message ?? "").Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_placeholder_voice_makes_every_line_offline_and_the_summary_counts_them()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 3);

        bool succeeded = _workspace.CreateTask().Execute();

        Assert.True(succeeded);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_workspace.AudioDirectory, "Voice", "intro"), "*.wav").Length);
        Assert.Equal("PTTS2002", Assert.Single(_workspace.Engine.Warnings).Code);
        Assert.Contains(_workspace.Engine.Messages, m => m.Message!.StartsWith("PixazoTts: 3 lines, 3 distinct: 0 cache hits, 3 synthesized (0 gateway, 3 placeholder)", StringComparison.Ordinal));
        Assert.Contains(_workspace.Engine.Messages, m => m.Message!.StartsWith("[1/3] Voice/intro/line", StringComparison.Ordinal));
        // Placeholder lines wait for a key: the stamp says so (and never holds a key), so CheckTtsApiKey can rerun synthesis once one is set.
        Assert.Equal("placeholders-awaiting-key 3\n", File.ReadAllText(_workspace.StampFile));
    }

    [Fact]
    public void After_placeholders_the_key_check_warns_again_without_a_key_and_deletes_the_stamp_once_a_key_is_set()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 3);
        Assert.True(_workspace.CreateTask().Execute());

        var engine = new FakeBuildEngine();
        var check = new CheckTtsApiKey { BuildEngine = engine, StampFile = _workspace.StampFile, ProjectFile = "game.csproj", ReadEnvironment = _ => null };
        Assert.True(check.Execute());
        Assert.True(File.Exists(_workspace.StampFile), "no key yet: the build stays up to date");
        var warning = Assert.Single(engine.Warnings);
        Assert.Equal("PTTS2002", warning.Code);
        Assert.Equal("game.csproj", warning.File);
        Assert.StartsWith("3 line(s) use the offline placeholder voice", warning.Message, StringComparison.Ordinal);

        var withKey = new CheckTtsApiKey { BuildEngine = new FakeBuildEngine(), StampFile = _workspace.StampFile, ReadEnvironment = name => name == "PIXAZO_API_KEY" ? Key : null };
        Assert.True(withKey.Execute());
        Assert.False(File.Exists(_workspace.StampFile), "a key appeared: the next synthesis must run");

        // A complete stamp (real audio, or TtsProvider=Placeholder) is never touched, key or not.
        File.WriteAllText(_workspace.StampFile, string.Empty);
        Assert.True(withKey.Execute());
        Assert.True(File.Exists(_workspace.StampFile));
    }

    [Fact]
    public void No_home_and_no_cache_setting_is_one_PTTS2006_error_not_a_crash()
    {
        _workspace.Environment.Clear();
        _workspace.WriteLines("Voice/intro.tts.json", 1);

        bool succeeded = _workspace.CreateTask(t => t.CacheDirectory = "").Execute();

        Assert.False(succeeded);
        AssertOneError(_workspace.Engine, "PTTS2006");
        Assert.Contains("set PIXAZO_TTS_CACHE", _workspace.Engine.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_setting_is_PTTS2004()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 1);

        Assert.False(_workspace.CreateTask(t => t.MaxConcurrency = "many").Execute());

        AssertOneError(_workspace.Engine, "PTTS2004");
    }

    [Fact]
    public void A_script_that_cannot_be_read_is_PTTS2008_at_the_file()
    {
        string missing = Path.Combine(_workspace.ProjectDirectory, "Voice", "gone.tts.json");
        _workspace.Scripts.Add(TaskWorkspace.Item(missing));

        Assert.False(_workspace.CreateTask().Execute());

        AssertOneError(_workspace.Engine, "PTTS2008");
        Assert.Equal(missing, _workspace.Engine.Errors.Single().File);
    }

    [Fact]
    public void A_script_outside_the_project_is_PTTS1104_and_nothing_is_made()
    {
        string outside = Path.Combine(_workspace.Root, "shared", "intro.tts.json");
        Directory.CreateDirectory(Path.GetDirectoryName(outside)!);
        File.WriteAllText(outside, "{ \"lines\": { \"a\": \"x\" } }");
        _workspace.Scripts.Add(TaskWorkspace.Item(outside));

        Assert.False(_workspace.CreateTask().Execute());

        AssertOneError(_workspace.Engine, "PTTS1104");
        Assert.Empty(_workspace.CacheFiles("*.wav"));
    }

    [Fact]
    public void A_cache_folder_that_cannot_be_created_is_PTTS2006_at_the_line()
    {
        // A file where the cache folder should be: even root cannot create a folder there.
        File.WriteAllText(Path.Combine(_workspace.Root, "cache-is-a-file"), "");
        _workspace.WriteLines("Voice/intro.tts.json", 1);

        Assert.False(_workspace.CreateTask(t => t.CacheDirectory = Path.Combine(_workspace.Root, "cache-is-a-file")).Execute());

        AssertOneError(_workspace.Engine, "PTTS2006");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_PTTS2006_naming_it()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 1);
        Directory.CreateDirectory(Path.GetDirectoryName(_workspace.AudioDirectory)!);
        File.WriteAllText(_workspace.AudioDirectory, "a file where the audio folder goes");

        Assert.False(_workspace.CreateTask().Execute());

        AssertOneError(_workspace.Engine, "PTTS2006");
        Assert.Single(_workspace.CacheFiles("*.wav"));
    }

    [Fact]
    public void An_unexpected_exception_is_PTTS2009_with_its_type_and_the_stack_only_at_low_importance()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 1);

        bool succeeded = _workspace.CreateTask(t => t.ReadEnvironment = _ => throw new InvalidOperationException("environment exploded")).Execute();

        Assert.False(succeeded);
        AssertOneError(_workspace.Engine, "PTTS2009");
        Assert.Contains("System.InvalidOperationException: environment exploded", _workspace.Engine.Errors.Single().Message, StringComparison.Ordinal);
        Assert.Contains(_workspace.Engine.Messages, m => m.Importance == Microsoft.Build.Framework.MessageImportance.Low && m.Message!.Contains("   at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_key_stops_submitting_and_is_reported_once_with_the_lines_not_made()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, ApiKey = "another-key" });
        _workspace.Environment["PIXAZO_API_KEY"] = Key;
        _workspace.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        _workspace.WriteLines("Voice/intro.tts.json", 13);

        Assert.False(_workspace.CreateTask(t => t.MaxConcurrency = "1").Execute());

        AssertOneError(_workspace.Engine, "PTTS3001");
        var error = _workspace.Engine.Errors.Single();
        Assert.Equal(Path.Combine(_workspace.ProjectDirectory, "Game.csproj"), error.File);
        Assert.EndsWith("13 line(s) were not synthesized; no further request was made.", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, emulator.Stats.Generate);
        Assert.DoesNotContain(_workspace.Engine.AllText, t => t.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_line_the_gateway_refuses_is_reported_at_that_line_and_the_other_lines_are_made()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50, RateFailed = 1.0 });
        _workspace.Environment["PIXAZO_API_KEY"] = Key;
        _workspace.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        _workspace.WriteLines("Voice/intro.tts.json", 3);

        Assert.False(_workspace.CreateTask(t => t.MaxConcurrency = "1").Execute());

        // FAILED concerns one line's text: each line gets its own PTTS3006, and no line is skipped because another failed.
        Assert.Equal(3, _workspace.Engine.Errors.Count(e => e.Code == "PTTS3006"));
        Assert.Equal(3, emulator.Stats.Generate);
        Assert.All(_workspace.Engine.Errors, e => Assert.StartsWith("Voice/intro/line", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task New_lines_above_TtsMaxCostUsd_stop_the_build_before_the_first_request_and_cached_lines_are_free()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 20 });
        _workspace.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        _workspace.WriteLines("Voice/intro.tts.json", 6);

        // 6 new lines at $0.04 = $0.24 > $0.20: one PTTS2010 at the project, nothing requested.
        Assert.False(_workspace.CreateTask(t => { t.ApiKey = Key; t.MaxCostUsd = "0.20"; }).Execute());

        AssertOneError(_workspace.Engine, "PTTS2010");
        var error = _workspace.Engine.Errors.Single();
        Assert.Equal(Path.Combine(_workspace.ProjectDirectory, "Game.csproj"), error.File);
        Assert.Equal("6 new line(s) would cost $0.24 ($0.04 each), more than TtsMaxCostUsd ($0.20); nothing was requested; raise TtsMaxCostUsd if this spend is intended.", error.Message);
        Assert.Equal(0, emulator.Stats.Generate);

        // Within the limit the build runs; afterwards every line is a cache hit and costs nothing, so a limit of 0 passes.
        Assert.True(_workspace.CreateTask(t => { t.ApiKey = Key; t.MaxCostUsd = "0.24"; t.BuildEngine = new FakeBuildEngine(); }).Execute());
        Assert.Equal(6, emulator.Stats.Generate);
        var engine = new FakeBuildEngine();
        Assert.True(_workspace.CreateTask(t => { t.ApiKey = Key; t.MaxCostUsd = "0"; t.BuildEngine = engine; }).Execute());
        Assert.Empty(engine.Errors);
    }

    [Fact]
    public void An_invalid_TtsMaxCostUsd_is_PTTS2004()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 1);

        Assert.False(_workspace.CreateTask(t => t.MaxCostUsd = "ten dollars").Execute());

        AssertOneError(_workspace.Engine, "PTTS2004");
        Assert.Contains("TtsMaxCostUsd", _workspace.Engine.Errors.Single().Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gateway_lines_are_logged_with_progress_and_a_summary_and_the_key_appears_nowhere()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 50 });
        _workspace.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        _workspace.WriteLines("Voice/intro.tts.json", 4);

        bool succeeded = _workspace.CreateTask(t => t.ApiKey = Key).Execute();

        Assert.True(succeeded, string.Join("\n", _workspace.Engine.AllText));
        Assert.Empty(_workspace.Engine.Warnings);
        Assert.Equal(4, emulator.Stats.Generate);
        Assert.Equal(4, _workspace.Engine.Messages.Count(m => m.Message!.Contains("— synthesized in", StringComparison.Ordinal)));
        Assert.Contains(_workspace.Engine.Messages, m => m.Message!.Contains("4 synthesized (4 gateway, 0 placeholder), estimated cost $0.16", StringComparison.Ordinal));
        Assert.True(File.Exists(_workspace.StampFile));
        Assert.DoesNotContain(_workspace.Engine.AllText, t => t.Contains(Key, StringComparison.Ordinal));

        // A second run finds everything in the cache and asks nothing.
        var engine = new FakeBuildEngine();
        bool second = _workspace.CreateTask(t => { t.ApiKey = Key; t.BuildEngine = engine; }).Execute();
        Assert.True(second);
        Assert.Equal(4, emulator.Stats.Generate);
        Assert.Contains(engine.Messages, m => m.Message!.Contains("4 distinct: 4 cache hits, 0 synthesized", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancel_ends_the_run_promptly_and_leaves_no_temporary_file_and_no_invalid_entry()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 60_000 });
        _workspace.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        _workspace.WriteLines("Voice/intro.tts.json", 6);
        var task = _workspace.CreateTask(t => t.ApiKey = Key);

        var run = Task.Run(task.Execute);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (emulator.Stats.Accepted < 6 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(6, emulator.Stats.Accepted);
        var canceledAt = System.Diagnostics.Stopwatch.StartNew();
        task.Cancel();
        bool succeeded = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(succeeded);
        Assert.True(canceledAt.Elapsed < TimeSpan.FromSeconds(25), "Execute did not return after Cancel");
        Assert.Contains(_workspace.Engine.Messages, m => m.Message!.Contains("canceled", StringComparison.Ordinal));
        Assert.Empty(_workspace.Engine.Errors);
        Assert.Empty(_workspace.CacheFiles("*.tmp"));
        Assert.Empty(_workspace.CacheFiles("*.wav"));
        Assert.False(File.Exists(_workspace.StampFile));
    }
}
