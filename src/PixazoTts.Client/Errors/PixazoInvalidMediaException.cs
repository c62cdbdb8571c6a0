namespace PixazoTts.Client;

/// <summary>The downloaded media was not a valid WAV file (truncated, wrong header) on every try (<c>PTTS3008</c>).</summary>
public sealed class PixazoInvalidMediaException : PixazoTtsException
{
    internal PixazoInvalidMediaException(string detail, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(TtsDiagnosticDescriptors.GatewayInvalidMedia, detail, httpStatus, requestId, innerException)
    {
    }
}
