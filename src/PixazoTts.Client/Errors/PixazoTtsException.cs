using System.Globalization;

namespace PixazoTts.Client;

/// <summary>
/// A failure of a synthesis through the Pixazo gateway. Every failure carries the <c>PTTS30xx</c>
/// <see cref="Descriptor"/> whose text users see (one table in PixazoTts.Core, docs/diagnostics.md) and the
/// <see cref="Detail"/> of this occurrence (the gateway's answer, the request id); the message is the descriptor's
/// text with the detail in it, one line that says what to do. It never contains the API key.
/// </summary>
public class PixazoTtsException : Exception
{
    /// <summary>Creates an exception from a diagnostic descriptor and the detail of this failure.</summary>
    /// <param name="descriptor">The <c>PTTS30xx</c> descriptor (<see cref="TtsDiagnosticDescriptors"/>); its message takes the detail as <c>{0}</c>.</param>
    /// <param name="detail">What happened this time: the gateway's status and message, the request id.</param>
    /// <param name="httpStatus">The gateway's HTTP status code, when the failure is an HTTP answer.</param>
    /// <param name="requestId">The gateway's request id, when a job was submitted.</param>
    /// <param name="innerException">The underlying failure, if any.</param>
    public PixazoTtsException(TtsDiagnosticDescriptor descriptor, string detail, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(FormatMessage(descriptor, detail), innerException)
    {
        Descriptor = descriptor;
        Detail = detail;
        HttpStatus = httpStatus;
        RequestId = requestId;
    }

    /// <summary>The diagnostic descriptor: code, severity, title and the message's text.</summary>
    public TtsDiagnosticDescriptor Descriptor { get; }

    /// <summary>The diagnostic code, <c>PTTS3001</c>–<c>PTTS3011</c>.</summary>
    public string Code => Descriptor.Code;

    /// <summary>The detail of this failure (already in <see cref="Exception.Message"/>).</summary>
    public string Detail { get; }

    /// <summary>The HTTP status code of the gateway's answer, when there was one.</summary>
    public int? HttpStatus { get; }

    /// <summary>The gateway's request id, when the job had been submitted.</summary>
    public string? RequestId { get; }

    /// <summary>
    /// True for failures of the account rather than of a line (401, 402, 403): every other line would fail alike,
    /// so a caller synthesizing many lines stops submitting at the first one.
    /// </summary>
    public virtual bool IsAccountFailure => false;

    private static string FormatMessage(TtsDiagnosticDescriptor descriptor, string detail)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(detail);
        return string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, detail);
    }
}
