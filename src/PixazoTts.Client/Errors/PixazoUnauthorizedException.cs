namespace PixazoTts.Client;

/// <summary>The gateway rejected the API key (401, <c>PTTS3001</c>). Not retried.</summary>
public sealed class PixazoUnauthorizedException : PixazoTtsException
{
    internal PixazoUnauthorizedException(string message, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(PixazoErrorCodes.Unauthorized, message, httpStatus, requestId, innerException)
    {
    }
}
