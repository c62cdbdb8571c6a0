namespace PixazoTts.Client;

/// <summary>The gateway refused the request: bad request, or the model is not found or disabled (400, <c>PTTS3004</c>). Not retried.</summary>
public sealed class PixazoBadRequestException : PixazoTtsException
{
    internal PixazoBadRequestException(string detail, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(TtsDiagnosticDescriptors.GatewayBadRequest, detail, httpStatus, requestId, innerException)
    {
    }
}
