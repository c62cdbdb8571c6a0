using PixazoTts.Audio;

namespace PixazoTts.Client;

/// <summary>A finished synthesis: the validated WAV file and the gateway's record of the job.</summary>
public sealed class TtsSynthesisResult
{
    internal TtsSynthesisResult(byte[] wav, WavInfo audio, string requestId, string? modelId, DateTimeOffset? createdAt, DateTimeOffset? completedAt, int statusChecks, int attempts, TimeSpan elapsed)
    {
        Wav = wav;
        Audio = audio;
        RequestId = requestId;
        ModelId = modelId;
        CreatedAt = createdAt;
        CompletedAt = completedAt;
        StatusChecks = statusChecks;
        Attempts = attempts;
        Elapsed = elapsed;
    }

    /// <summary>The WAV file's bytes (checked: RIFF/WAVE, fmt and data chunks, not truncated).</summary>
#pragma warning disable CA1819 // The bytes are the result; copying them for a read-only view would double the memory of every line.
    public byte[] Wav { get; }
#pragma warning restore CA1819

    /// <summary>The WAV file's format and duration.</summary>
    public WavInfo Audio { get; }

    /// <summary>The gateway's id of the job that produced the audio.</summary>
    public string RequestId { get; }

    /// <summary>The model that processed the job (<c>gemini-flash-tts</c>), as the gateway reported it.</summary>
    public string? ModelId { get; }

    /// <summary>When the gateway created the job.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>When the gateway completed the job.</summary>
    public DateTimeOffset? CompletedAt { get; }

    /// <summary>How many status requests were made, over all attempts.</summary>
    public int StatusChecks { get; }

    /// <summary>How many times the job was submitted (more than 1 when a job ended in ERROR).</summary>
    public int Attempts { get; }

    /// <summary>Time from the call to its result.</summary>
    public TimeSpan Elapsed { get; }
}
