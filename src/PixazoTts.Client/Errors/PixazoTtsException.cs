namespace PixazoTts.Client;

/// <summary>
/// A failure of a synthesis through the Pixazo gateway. Every failure has a <c>PTTS30xx</c>
/// <see cref="Code"/> and a one-line message that says what to do; the message never contains the
/// API key.
/// </summary>
public class PixazoTtsException : Exception
{
    /// <summary>Creates an exception with a diagnostic code.</summary>
    /// <param name="code">The <c>PTTS30xx</c> code (see <see cref="PixazoErrorCodes"/>).</param>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="httpStatus">The gateway's HTTP status code, when the failure is an HTTP answer.</param>
    /// <param name="requestId">The gateway's request id, when a job was submitted.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public PixazoTtsException(string code, string message, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentException.ThrowIfNullOrEmpty(code);
        Code = code;
        HttpStatus = httpStatus;
        RequestId = requestId;
    }

    /// <summary>The diagnostic code, <c>PTTS3001</c>–<c>PTTS3011</c>.</summary>
    public string Code { get; }

    /// <summary>The HTTP status code of the gateway's answer, when there was one.</summary>
    public int? HttpStatus { get; }

    /// <summary>The gateway's request id, when the job had been submitted.</summary>
    public string? RequestId { get; }
}
