using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis.CSharp;

namespace PixazoTts.SourceGenerator.Tests.Infrastructure;

/// <summary>One <c>TtsLine</c>'s values, read from the compiled catalog at run time.</summary>
public sealed record LineValues(string Id, string Path, string Text, string? Voice, string? Prompt, string? LanguageCode, string Key, string? Speaker, string SpokenText, int Take);

/// <summary>
/// The generated catalog compiled, loaded and read through reflection: what a game's code sees at run time (the
/// catalog keeps its lines as data, so the values are checked where they end up, not in the generated text).
/// </summary>
public sealed class LoadedCatalog
{
    private readonly Assembly _assembly;
    private readonly string _root;

    private LoadedCatalog(Assembly assembly, string rootNamespace)
    {
        _assembly = assembly;
        _root = rootNamespace.Length == 0 ? "TtsAssets" : rootNamespace + ".TtsAssets";
    }

    public static LoadedCatalog Load(CSharpCompilation output, string rootNamespace = "Game")
    {
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("The catalog does not compile:\n" + string.Join("\n", emitted.Diagnostics));
        }

        image.Position = 0;
        var assembly = new AssemblyLoadContext("catalog-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(image);
        return new LoadedCatalog(assembly, rootNamespace);
    }

    /// <summary><c>TtsAssets.All</c>.</summary>
    public IReadOnlyList<object> AllInstances => List("All");

    public IReadOnlyList<LineValues> All => AllInstances.Select(Values).ToList();

    /// <summary>An <c>IReadOnlyList&lt;TtsLine&gt;</c> property of a catalog class, e.g. <c>Cast.Blacksmith</c>.</summary>
    public IReadOnlyList<object> List(string path)
    {
        int dot = path.LastIndexOf('.');
        var type = Class(dot < 0 ? string.Empty : path[..dot]) ?? throw new InvalidOperationException("No class for " + path);
        var property = type.GetProperty(path[(dot + 1)..], BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException("No list " + path);
        return ((System.Collections.IEnumerable)property.GetValue(null)!).Cast<object>().ToList();
    }

    /// <summary>A script class's line fields in declaration order (name, instance), or null when there is no such class.</summary>
    public IReadOnlyList<(string Name, object Line)>? Members(string classPath)
    {
        var type = Class(classPath);
        return type?.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .Where(f => f.FieldType.FullName == "PixazoTts.TtsLine")
            .OrderBy(f => f.MetadataToken)
            .Select(f => (f.Name, f.GetValue(null)!))
            .ToList();
    }

    public static LineValues Values(object line)
    {
        var type = line.GetType();
        T Get<T>(string name) => (T)type.GetProperty(name)!.GetValue(line)!;
        return new LineValues(
            Get<string>("Id"), Get<string>("Path"), Get<string>("Text"), Get<string?>("Voice"), Get<string?>("Prompt"), Get<string?>("LanguageCode"),
            Get<string>("Key"), Get<string?>("Speaker"), Get<string>("SpokenText"), Get<int>("Take"));
    }

    private Type? Class(string classPath) =>
        _assembly.GetType(classPath.Length == 0 ? _root : _root + "+" + classPath.Replace('.', '+'));
}
