namespace PixazoTts.Pipeline.Planning;

/// <summary>One line of one script, resolved: what it sounds like, where its WAV goes, where to point at in errors.</summary>
internal sealed class TtsLineOccurrence
{
    public TtsLineOccurrence(TtsAssetScript script, TtsScriptLine line, ResolvedTtsLine resolved)
    {
        Script = script;
        Line = line;
        Resolved = resolved;
        OutputPath = TtsNaming.GetOutputPath(script.RelativePath, line.Id);
    }

    public TtsAssetScript Script { get; }

    public TtsScriptLine Line { get; }

    public ResolvedTtsLine Resolved { get; }

    /// <summary>The WAV's path relative to the output folder, '/'-separated: <c>Voice/intro/greeting.wav</c>.</summary>
    public string OutputPath { get; }

    /// <summary>The output path without <c>.wav</c>, as progress messages name a line.</summary>
    public string DisplayName => OutputPath.EndsWith(".wav", StringComparison.Ordinal) ? OutputPath[..^4] : OutputPath;
}
