using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace PixazoTts.SourceGenerator.Tests.Infrastructure;

/// <summary>A <c>TtsAsset</c> additional file as the compiler hands it to the generator, with its item metadata.</summary>
public sealed class ScriptFile : AdditionalText
{
    private readonly SourceText _text;

    public ScriptFile(string relativePath, string content, string? voice = null, string? prompt = null, string? languageCode = null)
        : this(relativePath, SourceText.From(content, Encoding.UTF8), voice, prompt, languageCode)
    {
    }

    public ScriptFile(string relativePath, SourceText text, string? voice = null, string? prompt = null, string? languageCode = null)
    {
        RelativePath = relativePath;
        _text = text;
        Voice = voice;
        Prompt = prompt;
        LanguageCode = languageCode;
    }

    public const string ProjectDirectory = "/project/";

    public string RelativePath { get; }

    public string? Voice { get; }

    public string? Prompt { get; }

    public string? LanguageCode { get; }

    /// <summary>The item's <c>AudioFormat</c> metadata, or null.</summary>
    public string? AudioFormat { get; init; }

    /// <summary>Marks the file as a <c>TtsAsset</c> (false: some other AdditionalFiles item the generator must ignore).</summary>
    public bool IsTtsAsset { get; init; } = true;

    /// <summary>Marks the file as a <c>TtsCast</c> (a cast file, not a script); see <see cref="Cast"/>.</summary>
    public bool IsCast { get; init; }

    /// <summary>A <c>TtsCast</c> additional file.</summary>
    public static ScriptFile Cast(string relativePath, string content) => new(relativePath, content) { IsTtsAsset = false, IsCast = true };

    /// <summary>Where the file really is, when that is not its relative path below the project (a <c>Link</c>, a file outside the project).</summary>
    public string? FullPath { get; init; }

    public override string Path => FullPath ?? ProjectDirectory + RelativePath;

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>The same file with new content (a new instance, as the compiler makes when a file changes).</summary>
    public ScriptFile WithContent(string content) => new(RelativePath, content, Voice, Prompt, LanguageCode) { IsTtsAsset = IsTtsAsset, IsCast = IsCast };
}
