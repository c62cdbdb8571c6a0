namespace PixazoTts.Client;

/// <summary>Where a gateway job is. The flow is Queued → Processing → Completed | Failed | Error.</summary>
public enum PixazoJobStatus
{
    /// <summary>Accepted, waiting to be processed.</summary>
    Queued,

    /// <summary>Being processed by the model.</summary>
    Processing,

    /// <summary>Done: the media URLs are set. Charged.</summary>
    Completed,

    /// <summary>The model failed the job; the error says why. Charged.</summary>
    Failed,

    /// <summary>A system error; the error says what happened. Not charged: submit again.</summary>
    Error,
}
