using BenchmarkDotNet.Running;
using PixazoTts.Benchmarks.Scenarios;

// "scenarios": whole-build scenarios measured side by side (docs/benchmarks.md); anything else: BenchmarkDotNet.
if (args.Length > 0 && args[0] == "scenarios")
{
    return await ScenarioCommand.InvokeAsync(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(ScenarioRunner).Assembly).Run(args);
return 0;
