using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PixazoTts.SourceGenerator;
using PixazoTts.SourceGenerator.Tests.Infrastructure;

namespace PixazoTts.Benchmarks.Generator;

/// <summary>
/// The catalog generator on 10,000 lines in 100 scripts with a cast of 50 characters and a 20-word lexicon (every
/// script has a speaker, every tenth line another one, one line in five uses a lexicon word): editing one script
/// against editing one character in the cast file, as the IDE re-runs the generator on each keystroke.
/// </summary>
[MemoryDiagnoser]
public class CastGeneratorBenchmarks
{
    private const int Files = 100;
    private const int LinesPerFile = 100;
    private const int Characters = 50;
    private const int Words = 20;

    private ScriptFile[] _files = [];
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warmDriver = null!;
    private ScriptFile _cast = null!;
    private ScriptFile _editedScript = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        _cast = ScriptFile.Cast("Voice/cast.json", Cast("v0"));
        var scripts = Enumerable.Range(0, Files).Select(f => new ScriptFile($"Voice/chapter{f / 10}/scene{f}.tts.json", Script(f, "v1")));
        _files = [_cast, .. scripts];
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) == "netstandard.dll")
            .Select(p => MetadataReference.CreateFromFile(p));
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var code = Enumerable.Range(0, 20).Select(i => CSharpSyntaxTree.ParseText($"namespace Game {{ internal static class Code{i} {{ internal static int Value => {i}; }} }}", parseOptions, path: $"/project/Code{i}.cs"));
        _compilation = CSharpCompilation.Create("Game", code, references, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        _warmDriver = NewDriver().RunGenerators(_compilation);
        _editedScript = _files[1 + (Files / 2)];
        if (_warmDriver.GetRunResult().Diagnostics.Length > 0)
        {
            throw new InvalidOperationException("The benchmark's project has diagnostics: " + string.Join("\n", _warmDriver.GetRunResult().Diagnostics));
        }
    }

    /// <summary>Opening the project: every script and the cast parsed, bound, validated and emitted.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver FirstRun() => NewDriver().RunGenerators(_compilation);

    /// <summary>Typing in one script: that script is re-parsed, re-bound and re-emitted.</summary>
    [Benchmark]
    public GeneratorDriver AfterEditingOneScript()
    {
        var edited = _editedScript.WithContent(Script(Files / 2, "v" + (++_edit)));
        return _warmDriver.ReplaceAdditionalText(_editedScript, edited).RunGenerators(_compilation);
    }

    /// <summary>Typing in the cast file (one character's prompt): every script is re-bound, the four that character speaks in are re-emitted.</summary>
    [Benchmark]
    public GeneratorDriver AfterEditingTheCast()
    {
        var edited = _cast.WithContent(Cast("v" + (++_edit)));
        return _warmDriver.ReplaceAdditionalText(_cast, edited).RunGenerators(_compilation);
    }

    private CSharpGeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            [new TtsCatalogGenerator().AsSourceGenerator()],
            additionalTexts: _files,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Game" }));

    /// <summary>The cast; <paramref name="revision"/> goes into character 7's prompt only.</summary>
    private static string Cast(string revision)
    {
        var text = new StringBuilder("{\n  \"cast\": {\n");
        for (int c = 0; c < Characters; c++)
        {
            string prompt = c == 7 ? "Character 7, " + revision : "Character " + c;
            text.Append("    \"character").Append(c).Append("\": { \"voice\": \"Kore\", \"prompt\": \"").Append(prompt).Append("\" }")
                .Append(c + 1 < Characters ? ",\n" : "\n");
        }

        text.Append("  },\n  \"lexicon\": {\n");
        for (int w = 0; w < Words; w++)
        {
            text.Append("    \"Xyl").Append(w).Append("thar\": \"Zill ").Append(w).Append(" thar\"").Append(w + 1 < Words ? ",\n" : "\n");
        }

        return text.Append("  }\n}\n").ToString();
    }

    private static string Script(int file, string revision)
    {
        var text = new StringBuilder("{\n  \"speaker\": \"character").Append(file % Characters).Append("\",\n  \"lines\": {\n");
        for (int line = 0; line < LinesPerFile; line++)
        {
            string words = "Scene " + file + ", line " + line + " (" + revision + "): the torches flicker as you walk deeper into " +
                (line % 5 == 0 ? "Xyl" + ((file + line) % Words) + "thar's hall." : "the hall.");
            text.Append("    \"line-").Append(line).Append("\": ");
            if (line % 10 == 0)
            {
                text.Append("{ \"text\": \"").Append(words).Append("\", \"speaker\": \"character").Append((file + 1) % Characters).Append("\" }");
            }
            else
            {
                text.Append('"').Append(words).Append('"');
            }

            text.Append(line + 1 < LinesPerFile ? ",\n" : "\n");
        }

        return text.Append("  }\n}\n").ToString();
    }
}
