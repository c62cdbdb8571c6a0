using System.Globalization;
using Microsoft.Build.Framework;

namespace PixazoTts.Build.Tasks;

/// <summary>
/// Runs before <c>PixazoTtsSynthesize</c>'s up-to-date check. When the last synthesis left placeholder audio because no
/// key was set (<see cref="SynthesisStamp"/>), it looks at the key the way the synthesis task does (the
/// <c>PixazoApiKey</c> property, else <c>PIXAZO_API_KEY</c> from the task's own environment): still none, it repeats
/// PTTS2002 and leaves the stamp, so the no-op build stays a no-op; a key now, it deletes the stamp, so this build
/// synthesizes and replaces the placeholders. The key never reaches MSBuild: the targets only pass the property a user
/// chose to set, and nothing here logs or stores a key.
/// </summary>
public sealed class CheckTtsApiKey : Microsoft.Build.Utilities.Task
{
    /// <summary>The synthesis target's stamp (<c>synthesized.stamp</c>).</summary>
    [Required]
    public string StampFile { get; set; } = string.Empty;

    /// <summary><c>PixazoApiKey</c> (usually empty); empty: PIXAZO_API_KEY.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Where PTTS2002 points (the project file, as the synthesis task does).</summary>
    public string? ProjectFile { get; set; }

    /// <summary>How the task reads environment variables; tests give it their own.</summary>
    internal Func<string, string?> ReadEnvironment { get; set; } = Environment.GetEnvironmentVariable;

    public override bool Execute()
    {
        if (SynthesisStamp.ReadAwaitingKey(StampFile) is not { } placeholderLines)
        {
            return true;
        }

        bool hasKey = !string.IsNullOrWhiteSpace(ApiKey) || !string.IsNullOrWhiteSpace(ReadEnvironment("PIXAZO_API_KEY"));
        return hasKey ? ForgetStamp(placeholderLines) : WarnAgain(placeholderLines);
    }

    /// <summary>The same warning as the build that made the placeholders: the project still ships the placeholder voice.</summary>
    private bool WarnAgain(int placeholderLines)
    {
        SynthesizeTtsAssets.LogAt(Log, TtsDiagnosticDescriptors.PlaceholderVoiceUsed.Code, isError: false, ProjectFile, null,
            string.Format(CultureInfo.InvariantCulture, TtsDiagnosticDescriptors.PlaceholderVoiceUsed.MessageFormat, placeholderLines));
        return true;
    }

    private bool ForgetStamp(int placeholderLines)
    {
        try
        {
            File.Delete(StampFile);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            SynthesizeTtsAssets.LogAt(Log, TtsDiagnosticDescriptors.CacheNotWritable.Code, isError: true, ProjectFile, null,
                string.Format(CultureInfo.InvariantCulture, TtsDiagnosticDescriptors.CacheNotWritable.MessageFormat, Path.GetDirectoryName(Path.GetFullPath(StampFile)) ?? StampFile, exception.Message));
            return false;
        }

        Log.LogMessage(MessageImportance.Normal, "PixazoTts key check: an API key is set now; synthesizing to replace the placeholder audio of {0} line(s).", placeholderLines);
        return true;
    }
}
