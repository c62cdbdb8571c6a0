using System.Globalization;
using Microsoft.AspNetCore.Http;
using PixazoTts.Emulator.Documents;

namespace PixazoTts.Emulator.Endpoints;

/// <summary>The gateway's error answers, with the documentation's (or the spec's) exact titles and messages.</summary>
internal static class GatewayErrors
{
    public static IResult MissingKey() => Error(StatusCodes.Status401Unauthorized, "Unauthorized",
        "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API.");

    public static IResult InvalidKey() => Error(StatusCodes.Status401Unauthorized, "Unauthorized",
        "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription.");

    public static IResult Forbidden() => Error(StatusCodes.Status403Forbidden, "Forbidden",
        "Your subscription does not allow access to this model.");

    public static IResult BadRequest(string message) => Error(StatusCodes.Status400BadRequest, "Bad Request", message);

    public static IResult ModelNotFound() => Error(StatusCodes.Status400BadRequest, "Model not found",
        "Model 'gemini-flash-tts' not found or is disabled");

    public static IResult InsufficientBalance(decimal price) => Error(StatusCodes.Status402PaymentRequired, "Insufficient Balance",
        "Your wallet does not have enough balance. Required: $" + price.ToString("0.00##", CultureInfo.InvariantCulture));

    public static IResult NotFound() => Error(StatusCodes.Status404NotFound, "Not Found", "Request not found");

    public static IResult TooManyRequests(HttpResponse response, int retryAfterSeconds)
    {
        response.Headers.RetryAfter = retryAfterSeconds.ToString(CultureInfo.InvariantCulture);
        return Error(StatusCodes.Status429TooManyRequests, "Too Many Requests",
            string.Create(CultureInfo.InvariantCulture, $"Rate limit exceeded. Try again in {retryAfterSeconds} seconds."));
    }

    public static IResult ServerError() => Error(StatusCodes.Status500InternalServerError, "Internal Server Error",
        "An unexpected error occurred. Please try again.");

    private static IResult Error(int statusCode, string error, string message) =>
        Results.Json(new ErrorBody(error, message), EmulatorJson.Options, statusCode: statusCode);
}
