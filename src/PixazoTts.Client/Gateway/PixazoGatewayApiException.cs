namespace PixazoTts.Client.Generated;

/// <summary>
/// The exception the generated <see cref="PixazoGatewayClient"/> throws for an answer it does not
/// return (any status other than the documented success, or an unreadable body). Written by hand
/// (NSwag's generateExceptionClasses is off) because NSwag always emits it public and with the
/// response body in the message; it never leaves this assembly: GatewayErrorTranslator turns it into
/// a <see cref="PixazoTtsException"/>.
/// </summary>
internal class PixazoGatewayApiException : Exception
{
    public PixazoGatewayApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, Exception? innerException)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Response = response;
        Headers = headers;
    }

    public int StatusCode { get; }

    public string? Response { get; }

    public IReadOnlyDictionary<string, IEnumerable<string>> Headers { get; }
}

/// <summary>A <see cref="PixazoGatewayApiException"/> whose body was read as the documented error schema.</summary>
/// <typeparam name="TResult">The body's type, <see cref="ErrorResponse"/> for every documented error.</typeparam>
internal sealed class PixazoGatewayApiException<TResult> : PixazoGatewayApiException
{
    public PixazoGatewayApiException(string message, int statusCode, string? response, IReadOnlyDictionary<string, IEnumerable<string>> headers, TResult result, Exception? innerException)
        : base(message, statusCode, response, headers, innerException)
    {
        Result = result;
    }

    public TResult Result { get; }
}
