using System.Text.Json;

namespace PixazoTts.Pipeline.Finishing;

/// <summary>
/// Finished audio, derived from the cache's gateway (or placeholder) audio and kept beside it (contract,
/// docs/contracts.md "Finished audio"): <c>&lt;root&gt;/finished/v2/&lt;key[0..2]&gt;/&lt;key&gt;.wav|.opus</c> and
/// <c>&lt;key&gt;.json</c>, keyed by <see cref="FinishingKey"/>. Outside <c>v1/</c>, so the team cache, which mirrors
/// <c>v1/</c>, never sees it: finished audio is re-made from the paid original in milliseconds, never uploaded.
/// The folder's version changes whenever the finishing of the same key would give other bytes (v2: Opus became CELT
/// only, coded at the source's rate), so an entry made by an earlier version is never served.
/// Written whole or not at all (temporary file, then rename; the metadata last, so an entry exists only complete).
/// When finishing leaves the audio as it is, only the metadata is stored and the source WAV is the audio.
/// </summary>
public sealed class FinishedAudioCache
{
    private const string FolderName = "finished";

    /// <summary>The finished entries' format version: v1 until Opus coding changed (docs/contracts.md).</summary>
    private const string VersionFolderName = "v2";

    /// <summary>The finished entries of the cache at <paramref name="cacheRoot"/>.</summary>
    public FinishedAudioCache(string cacheRoot)
    {
        ArgumentNullException.ThrowIfNull(cacheRoot);
        RootDirectory = Path.Combine(cacheRoot, FolderName, VersionFolderName);
    }

    /// <summary><c>&lt;cache root&gt;/finished/v2</c>.</summary>
    public string RootDirectory { get; }

    /// <summary>The finished entry of <paramref name="sourceKey"/> under <paramref name="settings"/>: from the cache, else finished now and stored.</summary>
    /// <param name="sourceKey">The cache key of the source audio (gateway or placeholder).</param>
    /// <param name="sourceWavPath">The source audio's cache file.</param>
    /// <param name="settings">How to finish it.</param>
    public FinishedEntry GetOrFinish(string sourceKey, string sourceWavPath, FinishingSettings settings)
    {
        string key = FinishingKey.Compute(sourceKey, settings);
        string directory = Path.Combine(RootDirectory, key[..2]);
        string metadataPath = Path.Combine(directory, key + ".json");
        string audioPath = Path.Combine(directory, key + settings.Extension);
        if (TryRead(metadataPath, audioPath, sourceWavPath, key) is { } cached)
        {
            return cached;
        }

        var finished = AudioFinisher.Finish(File.ReadAllBytes(sourceWavPath), settings, key);
        Directory.CreateDirectory(directory);
        bool sameAsSource = finished.Bytes is null;
        long bytes = sameAsSource ? new FileInfo(sourceWavPath).Length : finished.Bytes!.Length;
        if (!sameAsSource)
        {
            WriteWhole(audioPath, finished.Bytes!);
        }

        var metadata = new FinishedMetadata
        {
            SourceKey = sourceKey,
            Settings = settings.ToString(),
            SameAsSource = sameAsSource,
            Bytes = bytes,
            DurationMs = finished.DurationMs,
            LoudnessLufs = finished.LoudnessLufs,
            TruePeakDbtp = finished.TruePeakDbtp,
            LoudnessShortfallLu = finished.LoudnessShortfallLu,
        };
        WriteWhole(metadataPath, metadata.ToUtf8Json());
        return new FinishedEntry(key, sameAsSource ? sourceWavPath : audioPath, bytes, finished.DurationMs, finished.LoudnessLufs, finished.TruePeakDbtp, finished.LoudnessShortfallLu, WasFinished: true);
    }

    private static FinishedEntry? TryRead(string metadataPath, string audioPath, string sourceWavPath, string key)
    {
        // Read first, ask later: on a clean build every line comes through here, and a missing entry is the rare case.
        byte[] json;
        try
        {
            json = File.ReadAllBytes(metadataPath);
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }

        if (FinishedMetadata.TryParse(json) is not { } metadata)
        {
            return null;
        }

        string path = metadata.SameAsSource ? sourceWavPath : audioPath;
        var file = new FileInfo(path);

        // A file of another length is a damaged entry: finished again (the source is the truth).
        return file.Exists && file.Length == metadata.Bytes
            ? new FinishedEntry(key, path, metadata.Bytes, metadata.DurationMs, metadata.LoudnessLufs, metadata.TruePeakDbtp, metadata.LoudnessShortfallLu, WasFinished: false)
            : null;
    }

    private static void WriteWhole(string path, byte[] bytes)
    {
        string temporary = path + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
