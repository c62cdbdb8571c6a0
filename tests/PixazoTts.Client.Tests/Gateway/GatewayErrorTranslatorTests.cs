using PixazoTts.Client.Gateway;
using PixazoTts.Client.Generated;
using PixazoTts.Client.Http;

namespace PixazoTts.Client.Tests.Gateway;

public class GatewayErrorTranslatorTests
{
    private const string Key = "translator-secret-key-91c";

    private static readonly GatewayErrorTranslator Translator = new(new SecretRedactor(Key), TimeProvider.System);

    [Theory]
    [InlineData("Your wallet does not have enough balance. Required: $0.04", "0.04")]
    [InlineData("Required: $12.5", "12.5")]
    [InlineData("required:$3", "3")]
    public void The_required_amount_is_read_from_the_402_message(string message, string amount)
    {
        Assert.Equal(decimal.Parse(amount, System.Globalization.CultureInfo.InvariantCulture), GatewayErrorTranslator.ParseRequiredUsd(message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Your wallet does not have enough balance.")]
    [InlineData("Required: $")]
    public void No_amount_means_null(string? message)
    {
        Assert.Null(GatewayErrorTranslator.ParseRequiredUsd(message));
    }

    [Theory]
    [InlineData(400, typeof(PixazoBadRequestException), "PTTS3004")]
    [InlineData(401, typeof(PixazoUnauthorizedException), "PTTS3001")]
    [InlineData(402, typeof(PixazoInsufficientBalanceException), "PTTS3002")]
    [InlineData(403, typeof(PixazoForbiddenException), "PTTS3003")]
    [InlineData(404, typeof(PixazoUnavailableException), "PTTS3007")]
    [InlineData(409, typeof(PixazoBadRequestException), "PTTS3004")]
    [InlineData(429, typeof(PixazoRateLimitedException), "PTTS3005")]
    [InlineData(500, typeof(PixazoUnavailableException), "PTTS3007")]
    [InlineData(503, typeof(PixazoUnavailableException), "PTTS3007")]
    public void Each_status_becomes_its_typed_exception_with_the_key_redacted(int status, Type type, string code)
    {
        // A gateway (or a proxy) that echoes the key back must not put it into our messages.
        var body = new ErrorResponse { Error = "Echo", Message = $"key {Key} was used. Required: $0.04" };
        var headers = new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = ["2"] };
        var apiException = new PixazoGatewayApiException<ErrorResponse>("generated text", status, "{}", headers, body, null);

        var translated = Translator.Translate(apiException, "gemini-flash-tts_1");

        Assert.IsType(type, translated);
        Assert.Equal(code, translated.Code);
        Assert.Equal(status, translated.HttpStatus);
        Assert.DoesNotContain(Key, translated.Message);
        Assert.DoesNotContain(Key, translated.ToString());
        Assert.DoesNotContain('\n', translated.Message);
    }

    [Fact]
    public void The_402_message_says_what_to_do_and_how_much()
    {
        var body = new ErrorResponse { Error = "Insufficient Balance", Message = "Your wallet does not have enough balance. Required: $0.04" };
        var apiException = new PixazoGatewayApiException<ErrorResponse>("x", 402, null, new Dictionary<string, IEnumerable<string>>(), body, null);

        var translated = Assert.IsType<PixazoInsufficientBalanceException>(Translator.Translate(apiException, null));

        Assert.Equal(0.04m, translated.RequiredUsd);
        Assert.StartsWith("Insufficient balance (402: this request needs $0.04; HTTP 402 Insufficient Balance", translated.Message);
    }

    [Fact]
    public void The_401_message_points_at_the_key_setting()
    {
        var apiException = new PixazoGatewayApiException("x", 401, null, new Dictionary<string, IEnumerable<string>>(), null);

        var translated = Translator.Translate(apiException, null);

        Assert.Contains("check PIXAZO_API_KEY", translated.Message);
    }

    [Fact]
    public void A_429_carries_the_retry_after_hint()
    {
        var headers = new Dictionary<string, IEnumerable<string>> { ["Retry-After"] = ["7"] };
        var apiException = new PixazoGatewayApiException("x", 429, null, headers, null);

        var translated = Assert.IsType<PixazoRateLimitedException>(Translator.Translate(apiException, null));

        Assert.Equal(TimeSpan.FromSeconds(7), translated.RetryAfter);
    }

    [Fact]
    public void An_unreadable_success_is_retried_for_a_status_check_but_not_for_a_submission_that_may_have_been_charged()
    {
        var apiException = new PixazoGatewayApiException("Could not deserialize the response body.", 202, "<html>", new Dictionary<string, IEnumerable<string>>(), null);

        var submission = Assert.IsType<PixazoUnavailableException>(Translator.Translate(apiException, requestId: null));
        var statusCheck = Assert.IsType<PixazoUnavailableException>(Translator.Translate(apiException, requestId: "gemini-flash-tts_1"));

        Assert.False(submission.IsTransient);
        Assert.True(statusCheck.IsTransient);
    }
}
