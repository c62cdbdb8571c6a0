namespace PixazoTts.Client;

/// <summary>The gateway rejected the API key (401, <c>PTTS3001</c>). Not retried; an account failure.</summary>
public sealed class PixazoUnauthorizedException : PixazoTtsException
{
    internal PixazoUnauthorizedException(string detail, int? httpStatus = null, string? requestId = null, Exception? innerException = null)
        : base(TtsDiagnosticDescriptors.GatewayUnauthorized, detail, httpStatus, requestId, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsAccountFailure => true;
}
