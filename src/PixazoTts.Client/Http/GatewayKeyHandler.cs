namespace PixazoTts.Client.Http;

/// <summary>
/// Attaches <c>Ocp-Apim-Subscription-Key</c> to a request only when its origin is the configured
/// gateway's, and strips it from any other request. Enforced per request (not as a default header)
/// so a URL handed back by the gateway cannot receive the key by accident. The handler below it must
/// not follow redirects: HttpClient's redirect handling would carry custom headers to the new target.
/// </summary>
internal sealed class GatewayKeyHandler : DelegatingHandler
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    private readonly Uri gatewayOrigin;
    private readonly string apiKey;

    public GatewayKeyHandler(Uri gatewayOrigin, string apiKey, HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
        this.gatewayOrigin = gatewayOrigin;
        this.apiKey = apiKey;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Remove(HeaderName);
        if (HttpOrigin.AreSame(request.RequestUri, gatewayOrigin))
        {
            request.Headers.TryAddWithoutValidation(HeaderName, apiKey);
        }

        return base.SendAsync(request, cancellationToken);
    }
}
