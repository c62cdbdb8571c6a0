using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace PixazoTts.SourceGenerator.Tests.Infrastructure;

/// <summary>Runs the real generator in a real compilation, the way the compiler and the IDE do.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> FrameworkReferences = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CSharpParseOptions ParseOptions(LanguageVersion version = LanguageVersion.Latest) =>
        new(version, DocumentationMode.Diagnose);

    /// <summary>A compilation as a user's project is: nullable on, warnings as errors, documentation comments checked.</summary>
    public static CSharpCompilation Compilation(string assemblyName, IEnumerable<string> sources, IEnumerable<MetadataReference>? references = null, LanguageVersion version = LanguageVersion.Latest) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((s, i) => CSharpSyntaxTree.ParseText(s, ParseOptions(version), path: "/project/Code" + i + ".cs")),
            FrameworkReferences.Value.AddRange(references ?? []),
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: version >= LanguageVersion.CSharp8 ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error));

    /// <summary>The project's properties as the targets hand them to the compiler (<c>TtsDefault*</c>, <c>TtsAudioFormat</c> encoded in one).</summary>
    public static Dictionary<string, string> Properties(string? rootNamespace = "Game", string? voice = null, string? prompt = null, string? languageCode = null, string? audioFormat = null) => new()
    {
        ["build_property.RootNamespace"] = rootNamespace ?? string.Empty,
        ["build_property." + TtsCatalogInputs.DefaultsPropertyName] = TtsCatalogInputs.EncodeDefaults(new TtsVoiceSettings(voice, prompt, languageCode), audioFormat),
    };

    public static GeneratorDriver Driver(IEnumerable<ScriptFile> scripts, IReadOnlyDictionary<string, string>? properties = null, LanguageVersion version = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            [new TtsCatalogGenerator().AsSourceGenerator()],
            additionalTexts: scripts.Cast<AdditionalText>(),
            parseOptions: ParseOptions(version),
            optionsProvider: new TestOptionsProvider(properties ?? Properties()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>Runs the generator once over the scripts and a little user code.</summary>
    public static GeneratorRun Run(IEnumerable<ScriptFile> scripts, IReadOnlyDictionary<string, string>? properties = null, string userCode = "namespace Game { internal static class Code { } }", LanguageVersion version = LanguageVersion.Latest)
    {
        var compilation = Compilation("Game", [userCode], version: version);
        var driver = Driver(scripts, properties, version).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        return new GeneratorRun(driver.GetRunResult(), (CSharpCompilation)output, generatorDiagnostics);
    }
}

/// <summary>The generator's sources and diagnostics, and the compilation that includes them.</summary>
public sealed record GeneratorRun(GeneratorDriverRunResult Result, CSharpCompilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IReadOnlyList<GeneratedSourceResult> Sources => Result.Results.Single().GeneratedSources;

    public IReadOnlyList<Diagnostic> Diagnostics => Result.Results.Single().Diagnostics;

    public Exception? Exception => Result.Results.Single().Exception;

    /// <summary>The output compiled and loaded, to read the catalog's values as a game would.</summary>
    public LoadedCatalog Catalog(string rootNamespace = "Game") => LoadedCatalog.Load(Output, rootNamespace);

    public string Source(string hintName) => Sources.Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>
    /// Compiler diagnostics of the output compilation (the generated code and the user's code), with the generated
    /// files' nullable warnings on: they say <c>#nullable disable warnings</c> only to spare the compiler the flow
    /// analysis, so a null-safety mistake in what the generator writes still fails these tests.
    /// </summary>
    public IReadOnlyList<Diagnostic> CompilationDiagnostics => WithGeneratedNullableWarnings().GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    private CSharpCompilation WithGeneratedNullableWarnings()
    {
        const string AnnotationsOnly = "#nullable enable annotations\n#nullable disable warnings\n";
        var compilation = Output;
        foreach (var tree in Output.SyntaxTrees)
        {
            string text = tree.GetText().ToString();
            if (text.Contains("#nullable", StringComparison.Ordinal) && tree.FilePath.Contains(nameof(TtsCatalogGenerator), StringComparison.Ordinal))
            {
                // Anything else would turn this check off without a word.
                Assert.Contains(AnnotationsOnly, text, StringComparison.Ordinal);
                var strict = CSharpSyntaxTree.ParseText(text.Replace(AnnotationsOnly, "#nullable enable\n", StringComparison.Ordinal), (CSharpParseOptions)tree.Options, tree.FilePath);
                compilation = compilation.ReplaceSyntaxTree(tree, strict);
            }
        }

        return compilation;
    }
}
