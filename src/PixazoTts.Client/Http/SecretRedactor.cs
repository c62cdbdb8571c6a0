namespace PixazoTts.Client.Http;

/// <summary>
/// Removes the API key from text that came from outside (a gateway error message, an exception from
/// the HTTP stack) before it goes into one of our exception messages: the key must never be shown,
/// even if a proxy echoes request headers back.
/// </summary>
internal sealed class SecretRedactor
{
    private readonly string secret;

    public SecretRedactor(string secret) => this.secret = secret;

    public string Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        return text.Replace(secret, "***", StringComparison.Ordinal);
    }
}
