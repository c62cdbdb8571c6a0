namespace PixazoTts.Client;

/// <summary>The key may not use this model or request (403, <c>PTTS3003</c>). Not retried; an account failure.</summary>
public sealed class PixazoForbiddenException : PixazoTtsException
{
    internal PixazoForbiddenException(string detail, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(TtsDiagnosticDescriptors.GatewayForbidden, detail, httpStatus, requestId, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsAccountFailure => true;
}
