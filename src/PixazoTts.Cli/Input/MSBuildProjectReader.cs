using System.Diagnostics;
using System.Text.Json;
using PixazoTts.Cli.Output;

namespace PixazoTts.Cli.Input;

/// <summary>
/// Reads a project's TtsAsset items and Tts* properties the way MSBuild evaluates them (conditions, imports,
/// Directory.Build.props, globs): <c>dotnet msbuild PROJECT -getItem:TtsAsset -getProperty:...</c>, which prints JSON
/// and builds nothing. No guessing at the project's XML.
/// </summary>
internal static class MSBuildProjectReader
{
    /// <summary>Every property the build's task reads (build/PixazoTts.Build.targets), plus the project folder.</summary>
    public static readonly string[] PropertyNames =
    [
        "MSBuildProjectDirectory", "TtsProvider", "TtsLockedMode", "TtsMaxConcurrency", "TtsMaxRetries", "TtsJobTimeout",
        "PixazoBaseUrl", "TtsCacheDirectory", "PixazoApiKey", "TtsDefaultVoice", "TtsDefaultPrompt", "TtsDefaultLanguageCode",
        "TtsRemoteCache", "TtsRemoteCacheMode", "TtsRemoteCacheRequired", "TtsMaxCostUsd",
        "TtsLoudness", "TtsTruePeak", "TtsTrimSilence", "TtsSampleRate", "TtsAudioFormat", "TtsOpusBitrate", "TtsWriteManifest",
    ];

    public sealed record Project(IReadOnlyList<TtsAssetInput> Scripts, IReadOnlyList<string> Casts, IReadOnlyDictionary<string, string> Properties);

    public static async Task<Project?> ReadAsync(string projectFile, CliConsole console, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(projectFile)!,
        };
        foreach (string argument in new[] { "msbuild", projectFile, "-nologo", "-getItem:TtsAsset", "-getItem:TtsCast" }.Concat(PropertyNames.Select(p => "-getProperty:" + p)))
        {
            start.ArgumentList.Add(argument);
        }

        // An evaluation needs no build server; leave none running after the tool exits.
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        string output;
        string errors;
        int exitCode;
        try
        {
            using var process = Process.Start(start)!;
            var readOut = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var readErr = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            output = await readOut.ConfigureAwait(false);
            errors = await readErr.ConfigureAwait(false);
            exitCode = process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            return Fail(console, projectFile, "'dotnet' could not be started: " + exception.Message);
        }

        if (exitCode != 0)
        {
            string reason = FirstLine(output + "\n" + errors) ?? "exit code " + exitCode;
            return Fail(console, projectFile, reason);
        }

        try
        {
            return Parse(projectFile, output);
        }
        catch (JsonException exception)
        {
            return Fail(console, projectFile, "its output is not the expected JSON: " + exception.Message);
        }
    }

    /// <summary>Parses <c>{"Properties": {...}, "Items": {"TtsAsset": [{"Identity", "FullPath", "Link", "Voice", ...}], "TtsCast": [...]}}</c>.</summary>
    internal static Project Parse(string projectFile, string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("Properties", out var props))
        {
            foreach (var property in props.EnumerateObject())
            {
                properties[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }

        string projectDirectory = properties.TryGetValue("MSBuildProjectDirectory", out string? dir) && dir.Length > 0
            ? dir
            : Path.GetDirectoryName(projectFile)!;
        var scripts = new List<TtsAssetInput>();
        if (root.TryGetProperty("Items", out var items) && items.TryGetProperty("TtsAsset", out var assets))
        {
            foreach (var item in assets.EnumerateArray())
            {
                string fullPath = Metadata(item, "FullPath") ?? Path.GetFullPath(Path.Combine(projectDirectory, Metadata(item, "Identity")!));

                string relative = TtsAssetInput.RelativePathOf(Metadata(item, "Link"), fullPath, projectDirectory);
                var defaults = new TtsVoiceSettings(Metadata(item, "Voice"), Metadata(item, "Prompt"), Metadata(item, "LanguageCode"));
                scripts.Add(new TtsAssetInput(fullPath, relative, defaults)
                {
                    Finishing = TtsItemFinishingMetadata.Read(name => Metadata(item, name)),
                });
            }
        }

        var casts = new List<string>();
        if (root.TryGetProperty("Items", out var castItems) && castItems.TryGetProperty("TtsCast", out var castFiles))
        {
            foreach (var item in castFiles.EnumerateArray())
            {
                casts.Add(Metadata(item, "FullPath") ?? Path.GetFullPath(Path.Combine(projectDirectory, Metadata(item, "Identity")!)));
            }
        }

        return new Project(scripts, casts, properties);
    }

    private static string? Metadata(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text ? text : null;

    private static Project? Fail(CliConsole console, string projectFile, string reason)
    {
        console.Report(new TtsDiagnostic(TtsDiagnosticDescriptors.CliProjectUnreadable, projectFile, null, projectFile, reason));
        return null;
    }

    private static string? FirstLine(string text) =>
        text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0);
}
