namespace PixazoTts.Pipeline.Planning;

/// <summary>One <c>TtsAsset</c> item, read and parsed: where it is, how the catalog names it, its item defaults.</summary>
internal sealed class TtsAssetScript
{
    public TtsAssetScript(string fullPath, string relativePath, TtsVoiceSettings itemDefaults, TtsScriptParseResult parseResult)
    {
        FullPath = fullPath;
        RelativePath = relativePath;
        ItemDefaults = itemDefaults;
        ParseResult = parseResult;
    }

    /// <summary>The file's full path: diagnostics name it so the IDE can open it.</summary>
    public string FullPath { get; }

    /// <summary>The '/'-separated relative path (the Link, else the path from the project) that names the catalog class and the outputs.</summary>
    public string RelativePath { get; }

    /// <summary>The item's Voice/Prompt/LanguageCode metadata.</summary>
    public TtsVoiceSettings ItemDefaults { get; }

    public TtsScriptParseResult ParseResult { get; }

    /// <summary>The script bound to the cast (speakers, spoken texts), once <see cref="TtsAssetLoader.Bind"/> has run.</summary>
    public TtsScriptBinding? Binding { get; set; }

    /// <summary>The item's Loudness/TruePeak/TrimSilence/SampleRate/AudioFormat metadata.</summary>
    public TtsFinishingValues ItemFinishing { get; init; } = TtsFinishingValues.None;
}
