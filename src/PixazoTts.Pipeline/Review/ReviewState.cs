using System.Text.Json;
using System.Text.Json.Serialization;

namespace PixazoTts.Pipeline.Review;

/// <summary>
/// What a review remembers in its folder (<see cref="FileName"/>) for the next one: the key of every line (by script and
/// id), so the next page can tell new and changed lines, and the audio files it wrote, so the next write removes those
/// no longer used and never touches a file it did not write.
/// </summary>
internal sealed class ReviewState
{
    /// <summary>The state file's name in the review folder.</summary>
    public const string FileName = "pixazo-tts.review-state.json";

    /// <summary>The format written; a file with another format is treated as absent.</summary>
    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public ReviewState(IReadOnlyList<ReviewStateLine> lines, IReadOnlyList<string> audio)
    {
        Lines = lines;
        Audio = audio;
    }

    /// <summary>Every line of the review: script, id, key.</summary>
    public IReadOnlyList<ReviewStateLine> Lines { get; }

    /// <summary>The audio files the review wrote, relative to the folder with '/' (e.g. <c>audio/&lt;key&gt;.wav</c>).</summary>
    public IReadOnlyList<string> Audio { get; }

    /// <summary>
    /// Reads the state of the previous review in <paramref name="directory"/>: null when there is none, or when the file
    /// is unreadable or of another format (then every line counts as new and no audio file is removed, because which
    /// ones the previous review wrote is unknown).
    /// </summary>
    public static ReviewState? Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var file = JsonSerializer.Deserialize<StateFile>(File.ReadAllBytes(path), Options);
            if (file is null || file.Format != CurrentFormat || file.Lines is null || file.Audio is null)
            {
                return null;
            }

            var lines = new List<ReviewStateLine>();
            foreach (var line in file.Lines)
            {
                if (line is { Script: { } script, Id: { } id, Key: { } key })
                {
                    lines.Add(new ReviewStateLine(script, id, key));
                }
            }

            var audio = new List<string>();
            foreach (var name in file.Audio)
            {
                if (name is not null)
                {
                    audio.Add(name);
                }
            }

            return new ReviewState(lines, audio);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Writes the state into <paramref name="directory"/> (whole or not at all).</summary>
    public void Write(string directory)
    {
        var file = new StateFile
        {
            Format = CurrentFormat,
            Lines = Lines.Select(l => (StateFileLine?)new StateFileLine { Script = l.Script, Id = l.Id, Key = l.Key }).ToList(),
            Audio = Audio.Select(a => (string?)a).ToList(),
        };
        ReviewFiles.WriteAtomically(Path.Combine(directory, FileName), JsonSerializer.SerializeToUtf8Bytes(file, Options));
    }

    /// <summary>The status of a line against this (previous) state; <paramref name="previous"/> null means a first review.</summary>
    public static ReviewStatus Classify(IReadOnlyDictionary<(string Script, string Id), string>? previous, ReviewLine line)
    {
        if (previous is null || !previous.TryGetValue((line.Script, line.Id), out var key))
        {
            return ReviewStatus.New;
        }

        return string.Equals(key, line.Key, StringComparison.Ordinal) ? ReviewStatus.Unchanged : ReviewStatus.Changed;
    }

    /// <summary>The previous keys by script and id (ordinal: ids and paths are compared exactly).</summary>
    public IReadOnlyDictionary<(string Script, string Id), string> KeysByLine()
    {
        var keys = new Dictionary<(string, string), string>();
        foreach (var line in Lines)
        {
            keys[(line.Script, line.Id)] = line.Key;
        }

        return keys;
    }

    private sealed class StateFile
    {
        public int Format { get; set; }

        public List<StateFileLine?>? Lines { get; set; }

        public List<string?>? Audio { get; set; }
    }

    private sealed class StateFileLine
    {
        public string? Script { get; set; }

        public string? Id { get; set; }

        public string? Key { get; set; }
    }
}

/// <summary>One line as a review remembers it.</summary>
internal sealed record ReviewStateLine(string Script, string Id, string Key);
