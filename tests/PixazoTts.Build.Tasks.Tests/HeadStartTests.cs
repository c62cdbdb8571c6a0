using Microsoft.Build.Framework;
using PixazoTts.Build.Tasks.Tests.Infrastructure;
using PixazoTts.Emulator;

namespace PixazoTts.Build.Tasks.Tests;

/// <summary>
/// The synthesis started ahead of the compiler (<c>HeadStart</c>) and joined after it (<see cref="JoinTtsSynthesis"/>):
/// what it reports appears once, at the join; it never calls the gateway; an input written meanwhile is read again;
/// a build that ends without the join leaves no stamp and nothing running.
/// </summary>
public sealed class HeadStartTests : IDisposable
{
    private const string Key = "sk-head-start-test-key-0123456789";
    private const string Summary = "PixazoTts: 3 lines, 3 distinct";
    private readonly TaskWorkspace _workspace = new();

    public HeadStartTests() => _workspace.Environment["HOME"] = Path.Combine(_workspace.Root, "home");

    public void Dispose() => _workspace.Dispose();

    [Fact]
    public async Task Ahead_of_the_compiler_the_task_only_starts_and_the_join_reports_once_and_writes_the_stamp()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 3);

        var task = _workspace.CreateTask(t => { t.Provider = "Placeholder"; t.HeadStart = true; });
        Assert.True(task.Execute());
        Assert.True(task.HeadStarted);
        await HeadStartCompletion();

        // Done ahead, reported by nobody yet: MSBuild takes events only from an executing task.
        Assert.Equal(3, Directory.GetFiles(Path.Combine(_workspace.AudioDirectory, "Voice", "intro"), "*.wav").Length);
        Assert.DoesNotContain(_workspace.Engine.AllText, t => t.StartsWith(Summary, StringComparison.Ordinal));
        Assert.False(File.Exists(_workspace.StampFile));

        Assert.True(Join());

        Assert.Single(_workspace.Engine.AllText, t => t.StartsWith(Summary, StringComparison.Ordinal));
        Assert.Empty(_workspace.Engine.Errors);
        Assert.True(File.Exists(_workspace.StampFile));
        Assert.Empty(_workspace.Engine.RegisteredObjects);
    }

    [Fact]
    public async Task Gateway_lines_wait_for_the_join_so_a_project_that_does_not_compile_spends_nothing()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 20 });
        _workspace.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        _workspace.WriteLines("Voice/intro.tts.json", 3);

        Assert.True(_workspace.CreateTask(t => { t.ApiKey = Key; t.HeadStart = true; }).Execute());
        await HeadStartCompletion();
        Assert.Equal(0, emulator.Stats.Generate);
        Assert.False(Directory.Exists(_workspace.AudioDirectory));

        // The compiler failed: the build ends without the join, and nothing was requested.
        _workspace.Engine.EndBuild();
        Assert.Equal(0, emulator.Stats.Generate);
        Assert.False(File.Exists(_workspace.StampFile));

        // The next build compiles: the join makes the lines, reporting them as the task always did.
        var engine = new FakeBuildEngine();
        Assert.True(_workspace.CreateTask(t => { t.ApiKey = Key; t.HeadStart = true; t.BuildEngine = engine; }).Execute());
        Assert.True(new JoinTtsSynthesis { BuildEngine = engine, StampFile = _workspace.StampFile, Scripts = [.. _workspace.Scripts] }.Execute(), string.Join("\n", engine.AllText));
        Assert.Equal(3, emulator.Stats.Generate);
        Assert.Single(engine.AllText, t => t.Contains("3 synthesized (3 gateway, 0 placeholder)", StringComparison.Ordinal));
        Assert.True(File.Exists(_workspace.StampFile));
        Assert.DoesNotContain(engine.AllText, t => t.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_damaged_cache_entry_found_ahead_is_reported_once_when_the_join_makes_the_line_again()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { LatencyMs = 20 });
        _workspace.Environment["PIXAZO_BASE_URL"] = emulator.BaseUrl.AbsoluteUri;
        _workspace.WriteLines("Voice/intro.tts.json", 3);
        Assert.True(_workspace.CreateTask(t => { t.ApiKey = Key; t.BuildEngine = new FakeBuildEngine(); }).Execute());
        string entry = _workspace.CacheFiles("*.wav").First();
        using (var stream = new FileStream(entry, FileMode.Open, FileAccess.ReadWrite))
        {
            stream.SetLength(stream.Length / 2);
        }

        // Ahead, the look-up removes the damaged entry and defers (the line needs the gateway); the join reports it.
        Assert.True(_workspace.CreateTask(t => { t.ApiKey = Key; t.HeadStart = true; }).Execute());
        Assert.True(Join(), string.Join("\n", _workspace.Engine.AllText));

        var warning = Assert.Single(_workspace.Engine.Warnings);
        Assert.Equal("PTTS2005", warning.Code);
        Assert.EndsWith("intro.tts.json", warning.File, StringComparison.Ordinal);
        Assert.Equal(4, emulator.Stats.Generate);
    }

    [Fact]
    public async Task A_script_written_during_the_head_start_is_read_again_by_the_join()
    {
        string script = _workspace.WriteLines("Voice/intro.tts.json", 3);
        Assert.True(_workspace.CreateTask(t => { t.Provider = "Placeholder"; t.HeadStart = true; }).Execute());
        await HeadStartCompletion();

        File.WriteAllText(script, "{ \"lines\": { \"line1\": \"Line number 1.\", \"line4\": \"A line added while the compiler ran.\" } }");
        File.SetLastWriteTimeUtc(script, DateTime.UtcNow.AddSeconds(5));
        Assert.True(Join());

        var wavs = Directory.GetFiles(Path.Combine(_workspace.AudioDirectory, "Voice", "intro"), "*.wav").Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["line1.wav", "line4.wav"], wavs);
        Assert.Contains(_workspace.Engine.AllText, t => t.Contains("was written during the head start", StringComparison.Ordinal));
        Assert.Single(_workspace.Engine.AllText, t => t.StartsWith("PixazoTts: 2 lines, 2 distinct", StringComparison.Ordinal));
        Assert.DoesNotContain(_workspace.Engine.AllText, t => t.StartsWith(Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Items_a_target_adds_after_the_head_start_are_made_by_the_join()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 3);
        Assert.True(_workspace.CreateTask(t => { t.Provider = "Placeholder"; t.HeadStart = true; }).Execute());
        await HeadStartCompletion();

        // A target that runs later (after CoreCompile, say) adds a script and changes the first one's voice.
        _workspace.WriteLines("Voice/outro.tts.json", 2);
        var relabelled = new Microsoft.Build.Utilities.TaskItem(_workspace.Scripts[0]);
        relabelled.SetMetadata("Voice", "Fenrir");
        _workspace.Scripts[0] = relabelled;
        Assert.True(Join());

        Assert.Equal(2, Directory.GetFiles(Path.Combine(_workspace.AudioDirectory, "Voice", "outro"), "*.wav").Length);
        Assert.Contains(_workspace.Engine.AllText, t => t.Contains("items changed after the head start", StringComparison.Ordinal));
        Assert.Single(_workspace.Engine.AllText, t => t.StartsWith("PixazoTts: 5 lines, 5 distinct", StringComparison.Ordinal));
        Assert.DoesNotContain(_workspace.Engine.AllText, t => t.StartsWith(Summary, StringComparison.Ordinal));
        Assert.True(File.Exists(_workspace.StampFile));
    }

    [Fact]
    public async Task Metadata_a_target_changes_after_the_head_start_is_used_by_the_join()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 3);
        Assert.True(_workspace.CreateTask(t => { t.Provider = "Placeholder"; t.HeadStart = true; }).Execute());
        await HeadStartCompletion();

        var relabelled = new Microsoft.Build.Utilities.TaskItem(_workspace.Scripts[0]);
        relabelled.SetMetadata("Voice", "Fenrir");
        _workspace.Scripts[0] = relabelled;
        Assert.True(Join());

        Assert.Contains(_workspace.Engine.AllText, t => t.Contains("items changed after the head start", StringComparison.Ordinal));
        Assert.Equal(6, _workspace.CacheFiles("*.wav").Length); // the three lines again, in Fenrir's placeholder voice
        Assert.Single(_workspace.Engine.AllText, t => t.StartsWith(Summary, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_script_error_found_ahead_is_reported_once_at_the_join_at_its_position()
    {
        _workspace.WriteScript("Voice/broken.tts.json", "{ \"lines\": { \"a\": 42 } }");

        Assert.True(_workspace.CreateTask(t => { t.Provider = "Placeholder"; t.HeadStart = true; }).Execute());
        await HeadStartCompletion();
        Assert.Empty(_workspace.Engine.Errors);

        Assert.False(Join());

        var error = Assert.Single(_workspace.Engine.Errors);
        Assert.StartsWith("PTTS1", error.Code, StringComparison.Ordinal);
        Assert.EndsWith("broken.tts.json", error.File, StringComparison.Ordinal);
        Assert.True(error.LineNumber > 0);
        Assert.False(File.Exists(_workspace.StampFile));
    }

    [Fact]
    public void A_build_that_ends_without_the_join_stops_the_head_start_and_leaves_no_stamp()
    {
        for (int i = 0; i < 20; i++)
        {
            _workspace.WriteLines($"Voice/scene{i}.tts.json", 25);
        }

        Assert.True(_workspace.CreateTask(t => { t.Provider = "Placeholder"; t.Loudness = "-16"; t.AudioFormat = "opus"; t.HeadStart = true; }).Execute());
        var headStart = Assert.IsType<SynthesisHeadStart>(Assert.Single(_workspace.Engine.RegisteredObjects));

        _workspace.Engine.EndBuild();

        Assert.True(headStart.Completion.IsCompleted);
        Assert.False(File.Exists(_workspace.StampFile));
        Assert.Empty(_workspace.Engine.Errors);
        Assert.Empty(_workspace.CacheFiles("*.tmp"));
    }

    [Fact]
    public void With_nothing_started_the_join_does_nothing()
    {
        Assert.True(Join());
        Assert.Empty(_workspace.Engine.AllText);
    }

    [Fact]
    public void An_engine_without_registered_objects_gets_the_whole_task_at_once()
    {
        var engine = new LogOnlyEngine(_workspace.Engine);
        _workspace.WriteLines("Voice/intro.tts.json", 3);

        var task = _workspace.CreateTask(t => { t.Provider = "Placeholder"; t.HeadStart = true; t.BuildEngine = engine; });
        Assert.True(task.Execute());

        Assert.False(task.HeadStarted);
        Assert.Single(_workspace.Engine.AllText, t => t.StartsWith(Summary, StringComparison.Ordinal));
        Assert.True(File.Exists(_workspace.StampFile));
    }

    [Fact]
    public void An_input_written_while_the_task_runs_leaves_the_outputs_out_of_date()
    {
        _workspace.WriteLines("Voice/intro.tts.json", 3);
        string settings = Path.Combine(_workspace.ProjectDirectory, "obj", "settings.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(settings)!);
        File.WriteAllText(settings, "voice=Kore");
        File.SetLastWriteTimeUtc(settings, DateTime.UtcNow.AddMinutes(1));

        Assert.True(_workspace.CreateTask(t => { t.Provider = "Placeholder"; t.UpToDateInputs = [new Microsoft.Build.Utilities.TaskItem(settings)]; }).Execute());

        Assert.False(File.Exists(_workspace.StampFile));
        Assert.Contains(_workspace.Engine.AllText, t => t.Contains("was written while this build read it", StringComparison.Ordinal));
    }

    private Task HeadStartCompletion() =>
        Assert.IsType<SynthesisHeadStart>(Assert.Single(_workspace.Engine.RegisteredObjects)).Completion;

    private bool Join() => new JoinTtsSynthesis { BuildEngine = _workspace.Engine, StampFile = _workspace.StampFile, Scripts = [.. _workspace.Scripts] }.Execute();

    /// <summary>An engine that only logs (no registered task objects), as a minimal host would be.</summary>
    private sealed class LogOnlyEngine(FakeBuildEngine inner) : IBuildEngine
    {
        public bool ContinueOnError => false;

        public int LineNumberOfTaskNode => 0;

        public int ColumnNumberOfTaskNode => 0;

        public string ProjectFileOfTaskNode => inner.ProjectFileOfTaskNode;

        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) =>
            throw new NotSupportedException("The PixazoTts tasks never build other projects.");

        public void LogCustomEvent(CustomBuildEventArgs e) => inner.LogCustomEvent(e);

        public void LogErrorEvent(BuildErrorEventArgs e) => inner.LogErrorEvent(e);

        public void LogMessageEvent(BuildMessageEventArgs e) => inner.LogMessageEvent(e);

        public void LogWarningEvent(BuildWarningEventArgs e) => inner.LogWarningEvent(e);
    }
}
