using System.Globalization;
using PixazoTts.Emulator.Jobs;

namespace PixazoTts.Emulator.Documents;

/// <summary>Builds a job's status document, the same for the status endpoint and the webhook.</summary>
internal sealed class StatusBodyFactory
{
    public const string ModelId = "gemini-flash-tts";
    public const string FailedMessage = "Generation failed: the model could not produce audio for this input.";
    public const string ErrorMessage = "System error: the model backend did not answer in time. You were not charged; submit the request again.";

    private readonly EmulatorOptions _options;

    public StatusBodyFactory(EmulatorOptions options)
    {
        _options = options;
    }

    public StatusBody Create(Job job, JobStatus status)
    {
        var terminal = status.IsTerminal();
        var updatedAt = terminal ? job.DueAt : status == JobStatus.Processing ? job.ProcessingAt : job.CreatedAt;
        return new StatusBody(
            job.RequestId,
            status.ToWire(),
            ModelId,
            status switch
            {
                JobStatus.Failed => FailedMessage,
                JobStatus.Error => ErrorMessage,
                _ => null,
            },
            status == JobStatus.Completed ? new OutputBody([MediaUrl(job)], "audio/wav") : null,
            Timestamp(job.CreatedAt),
            Timestamp(updatedAt),
            terminal ? Timestamp(job.DueAt) : null);
    }

    /// <summary>The documentation's timestamp form: UTC, milliseconds, <c>Z</c> (<c>2026-04-17T08:22:25.893Z</c>).</summary>
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fff'Z'", CultureInfo.InvariantCulture);

    private string MediaUrl(Job job)
    {
        if (_options.Hostile.HasFlag(EmulatorHostileModes.FileMediaUrl))
        {
            return "file:///etc/passwd";
        }

        var origin = _options.Hostile.HasFlag(EmulatorHostileModes.ForeignMediaUrl)
            ? Origins.ForeignOf(job.GatewayOrigin, _options)
            : _options.MediaBaseUrl?.AbsoluteUri ?? job.GatewayOrigin;
        return Origins.Combine(origin, MediaPath.For(job.RequestId));
    }
}
