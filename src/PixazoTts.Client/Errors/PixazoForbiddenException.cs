namespace PixazoTts.Client;

/// <summary>The key may not use this model or request (403, <c>PTTS3003</c>). Not retried.</summary>
public sealed class PixazoForbiddenException : PixazoTtsException
{
    internal PixazoForbiddenException(string message, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(PixazoErrorCodes.Forbidden, message, httpStatus, requestId, innerException)
    {
    }
}
