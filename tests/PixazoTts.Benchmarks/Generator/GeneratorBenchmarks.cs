using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PixazoTts.SourceGenerator;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.Benchmarks.Generator;

/// <summary>
/// The catalog generator on 10,000 lines in 100 scripts: a first run (a fresh driver, as when a project opens), and
/// the incremental runs the IDE makes on every keystroke: after an unrelated C# edit, and after editing one script.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private const int Files = 100;
    private const int LinesPerFile = 100;

    private ScriptFile[] _scripts = [];
    private CSharpCompilation _compilation = null!;
    private CSharpCompilation _editedCompilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private ScriptFile _editedScript = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        _scripts = Enumerable.Range(0, Files).Select(f => new ScriptFile($"Voice/chapter{f / 10}/scene{f}.tts.json", Script(f, "v1"))).ToArray();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var code = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText($"namespace Game {{ internal static class Code{i} {{ internal static int Value => {i}; }} }}", parseOptions, path: $"/project/Code{i}.cs"));
        _compilation = CSharpCompilation.Create("Game", code, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _editedCompilation = _compilation.ReplaceSyntaxTree(
            _compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("namespace Game { internal static class Code0 { internal static int Value => 42; } }", parseOptions, path: "/project/Code0.cs"));
        _warmDriver = NewDriver().RunGenerators(_compilation);
        _editedScript = _scripts[Files / 2];
    }

    /// <summary>Opening the project: every script parsed, validated and emitted.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(_compilation);

    /// <summary>Typing in a C# file: the generator's inputs are unchanged, so every step is cached.</summary>
    [Benchmark]
    public GeneratorDriver AfterUnrelatedCSharpEdit() => _warmDriver.RunGenerators(_editedCompilation);

    /// <summary>Typing in one script: that script is re-parsed and re-emitted, the other 99 are not.</summary>
    [Benchmark]
    public GeneratorDriver AfterEditingOneScript()
    {
        var edited = _editedScript.WithContent(Script(Files / 2, "v" + (++_edit)));
        return _warmDriver.ReplaceAdditionalText(_editedScript, edited).RunGenerators(_compilation);
    }

    private CSharpGeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new TtsCatalogGenerator().AsSourceGenerator()],
            additionalTexts: _scripts,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Game" }));

    private static string Script(int file, string revision)
    {
        var text = new StringBuilder("{\n  \"voice\": \"Kore\",\n  \"prompt\": \"A calm narrator\",\n  \"lines\": {\n");
        for (int line = 0; line < LinesPerFile; line++)
        {
            text.Append("    \"line-").Append(line).Append("\": \"Scene ").Append(file).Append(", line ").Append(line)
                .Append(" (").Append(revision).Append("): the torches flicker as you walk deeper into the hall.\"")
                .Append(line + 1 < LinesPerFile ? ",\n" : "\n");
        }

        return text.Append("  }\n}\n").ToString();
    }
}
