using System.Globalization;
using System.Text.RegularExpressions;
using PixazoTts.Client.Generated;
using PixazoTts.Client.Http;

namespace PixazoTts.Client.Gateway;

/// <summary>
/// Turns the generated client's <see cref="PixazoGatewayApiException"/> into the typed, actionable
/// <see cref="PixazoTtsException"/> for its status code. Transient ones (429, 5xx, 404 on a status
/// check, unreadable answers) are retried by the resilience pipeline; the rest end the call.
/// </summary>
internal sealed partial class GatewayErrorTranslator
{
    private readonly SecretRedactor redactor;
    private readonly TimeProvider timeProvider;

    public GatewayErrorTranslator(SecretRedactor redactor, TimeProvider timeProvider)
    {
        this.redactor = redactor;
        this.timeProvider = timeProvider;
    }

    /// <param name="exception">What the generated client threw.</param>
    /// <param name="requestId">The job's id, for a status call; null for a submission.</param>
    public PixazoTtsException Translate(PixazoGatewayApiException exception, string? requestId)
    {
        var status = exception.StatusCode;
        var detail = Describe(exception);
        switch (status)
        {
            case 400:
                return new PixazoBadRequestException(detail, status, requestId);
            case 401:
                return new PixazoUnauthorizedException(detail, status, requestId);
            case 402:
                var required = ParseRequiredUsd(ErrorBody(exception)?.Message);
                var amount = required is { } usd
                    ? $"this request needs ${usd.ToString(CultureInfo.InvariantCulture)}"
                    : "the balance is too low for this request";
                return new PixazoInsufficientBalanceException($"{amount}; {detail}", required);
            case 403:
                return new PixazoForbiddenException(detail, status, requestId);
            case 404:
                return new PixazoUnavailableException($"the gateway did not know request {requestId}: {detail}", status, requestId);
            case 429:
                var retryAfter = RetryAfterHeader.Read(exception.Headers, timeProvider.GetUtcNow());
                return new PixazoRateLimitedException(detail, retryAfter, requestId);
            case >= 200 and < 300:
                // A success we cannot read. For a status check another look is harmless; a
                // submission may already have been accepted, and submitting again would pay twice.
                return new PixazoUnavailableException(
                    $"the answer could not be read: HTTP {status}: {redactor.Redact(OneLine(exception.InnerException?.Message ?? exception.Message))}",
                    status, requestId, isTransient: requestId is not null);
            case 408 or >= 500:
                return new PixazoUnavailableException(
                    detail, status, requestId, retryAfter: RetryAfterHeader.Read(exception.Headers, timeProvider.GetUtcNow()));
            default:
                return new PixazoBadRequestException(detail, status, requestId);
        }
    }

    /// <summary>Reads the amount from the gateway's 402 message, e.g. "… Required: $0.04".</summary>
    public static decimal? ParseRequiredUsd(string? message)
    {
        if (message is null)
        {
            return null;
        }

        var match = RequiredAmount().Match(message);
        return match.Success && decimal.TryParse(match.Groups["amount"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
    }

    private string Describe(PixazoGatewayApiException exception)
    {
        var body = ErrorBody(exception);
        var text = body is null
            ? $"HTTP {exception.StatusCode}"
            : $"HTTP {exception.StatusCode} {body.Error}: {body.Message}";
        return redactor.Redact(OneLine(text));
    }

    private static ErrorResponse? ErrorBody(PixazoGatewayApiException exception) =>
        (exception as PixazoGatewayApiException<ErrorResponse>)?.Result;

    // Messages are one line (MSBuild shows one line per diagnostic); a gateway message with line
    // breaks is folded.
    private static string OneLine(string text) =>
        text.ReplaceLineEndings(" ").Trim();

    [GeneratedRegex(@"Required:\s*\$\s*(?<amount>[0-9]+(?:\.[0-9]+)?)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex RequiredAmount();
}
