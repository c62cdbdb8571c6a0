using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using PixazoTts.Emulator.Faults;
using PixazoTts.Emulator.Hosting;

namespace PixazoTts.Emulator;

/// <summary>
/// The command line (contract: <c>dotnet run --project src/PixazoTts.Emulator -- --urls http://127.0.0.1:PORT [knobs]</c>):
/// maps the knobs onto <see cref="EmulatorOptions"/> and runs the same <see cref="EmulatorHost"/> the tests use until
/// Ctrl+C or SIGTERM. Exit codes: 0 stopped on request (or <c>--help</c>), 1 could not listen, 2 a bad knob.
/// </summary>
internal static class EmulatorCommandLine
{
    private const string DefaultUrls = "http://127.0.0.1:5080";
    private const int ExitCannotListen = 1;
    private const int ExitBadKnob = 2;
    private const string HelpHint = " Run with --help to see every knob.";

    public static async Task<int> RunAsync(string[] args)
    {
        // The process's signals belong here, not to the host (see Hosting/SignalFreeLifetime), and they are taken
        // before anything starts. System.CommandLine 2.0 takes none unless asked, and when asked it registers them
        // only once the action has yielded, after the "listening" line: a SIGTERM sent on seeing that line was lost.
        using var signals = new StopSignals();

        var urls = new Option<string>("--urls") { HelpName = "URL[;URL]", Description = "Where to listen (Kestrel URLs, ';'-separated; port 0: any free port).", DefaultValueFactory = _ => DefaultUrls };
        var apiKey = new Option<string?>("--api-key") { HelpName = "K", Description = "Accept only this subscription key (default: any non-empty key)." };
        var forbiddenKey = new Option<string?>("--forbidden-key") { HelpName = "K", Description = "Answer this key 403 Forbidden." };
        var latency = Whole("--latency-ms", "Submit to terminal status, in ms (first 20 % QUEUED, then PROCESSING).", 1500);
        var seed = Whole("--seed", "Seed of every random decision: the same knobs and seed give the same run.", 1);
        var maxInFlight = Whole("--max-in-flight", "Unfinished jobs allowed at once; beyond: 429 with Retry-After (0: unlimited).", 0);
        var balance = new Option<decimal?>("--balance-usd") { HelpName = "X", Description = "Wallet balance in USD (default: unlimited); 402 \"Required: $price\" when spent.", CustomParser = ParseOptionalMoney };
        var price = new Option<decimal>("--price-usd") { HelpName = "X", Description = "Price of a job in USD, charged when it ends COMPLETED or FAILED (ERROR is free).", CustomParser = ParseMoney, DefaultValueFactory = _ => 0.04m };
        var rate429 = Rate("--rate-429", "Probability of a 429 (with Retry-After) answer to a generate or status request.");
        var rate500 = Rate("--rate-500", "Probability of a 500 answer to a generate or status request.");
        var rateDrop = Rate("--rate-drop", "Probability that a generate or status request's connection is closed without an answer.");
        var rateFailed = Rate("--rate-failed", "Probability that a job ends FAILED (charged).");
        var rateError = Rate("--rate-error", "Probability that a job ends ERROR (not charged).");
        var rateTruncated = Rate("--rate-truncated", "Probability that a media download is cut short.");
        var rateNotWav = Rate("--rate-not-wav", "Probability that a media download is an HTML page (200) instead of a WAV.");
        var slow = Whole("--slow-ms", "Extra delay before every generate and status answer, in ms.", 0);
        var retryAfter = Whole("--retry-after-s", "Retry-After seconds of an injected 429.", 1);
        var modelDisabled = new Option<bool>("--model-disabled") { Description = "Answer every generate request 400 Model not found." };
        var mediaBase = new Option<Uri?>("--media-base-url") { HelpName = "URL", Description = "Base URL of media_url (default: the origin the status request came to).", CustomParser = ParseAbsoluteUrl };
        var pollingBase = new Option<Uri?>("--polling-base-url") { HelpName = "URL", Description = "Base URL of polling_url (default: the origin of the generate request).", CustomParser = ParseAbsoluteUrl };
        var webhook = new Option<Uri?>("--webhook-url") { HelpName = "URL", Description = "Webhook for jobs submitted without X-Webhook-URL.", CustomParser = ParseAbsoluteUrl };
        var foreignBase = new Option<Uri?>("--foreign-base-url") { HelpName = "URL", Description = "The 'other origin' of the hostile modes (default: localhost <-> 127.0.0.1, same port).", CustomParser = ParseAbsoluteUrl };
        var hostile = new Option<string[]>("--hostile")
        {
            HelpName = "MODE[,MODE]",
            Description = "Hostile mode(s): " + string.Join(", ", HostileModeNames.ByName.Keys) + ". Repeat the option or separate with commas.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var oversize = Whole("--oversize-mib", "MiB of audio data streamed by oversize-media.", 200);

        var root = new RootCommand("PixazoTts emulator: a local stand-in for the Pixazo gateway's Gemini 3.1 Flash TTS API (docs/emulator.md). "
            + "Rates are probabilities from 0 to 1; numbers use a dot for decimals.");
        foreach (var option in new Option[] { urls, apiKey, forbiddenKey, latency, seed, maxInFlight, balance, price, rate429, rate500, rateDrop, rateFailed, rateError, rateTruncated, rateNotWav, slow, retryAfter, modelDisabled, mediaBase, pollingBase, webhook, foreignBase, hostile, oversize })
        {
            root.Options.Add(option);
        }

        root.SetAction(async (parse, cancellationToken) =>
        {
            if (!HostileModeNames.TryParse(parse.GetValue(hostile) ?? [], out var modes, out var unknown))
            {
                return await FailAsync(ExitBadKnob, $"--hostile: unknown mode '{unknown}'; use one of: {string.Join(", ", HostileModeNames.ByName.Keys)}." + HelpHint).ConfigureAwait(false);
            }

            var options = new EmulatorOptions
            {
                ApiKey = parse.GetValue(apiKey),
                ForbiddenKey = parse.GetValue(forbiddenKey),
                LatencyMs = parse.GetValue(latency),
                Seed = parse.GetValue(seed),
                MaxInFlight = parse.GetValue(maxInFlight),
                BalanceUsd = parse.GetValue(balance),
                PriceUsd = parse.GetValue(price),
                Rate429 = parse.GetValue(rate429),
                Rate500 = parse.GetValue(rate500),
                RateDrop = parse.GetValue(rateDrop),
                RateFailed = parse.GetValue(rateFailed),
                RateError = parse.GetValue(rateError),
                RateTruncated = parse.GetValue(rateTruncated),
                RateNotWav = parse.GetValue(rateNotWav),
                SlowMs = parse.GetValue(slow),
                RetryAfterSeconds = parse.GetValue(retryAfter),
                ModelDisabled = parse.GetValue(modelDisabled),
                MediaBaseUrl = parse.GetValue(mediaBase),
                PollingBaseUrl = parse.GetValue(pollingBase),
                WebhookUrl = parse.GetValue(webhook),
                ForeignBaseUrl = parse.GetValue(foreignBase),
                Hostile = modes,
                OversizeMediaMiB = parse.GetValue(oversize),
            };

            var listenOn = parse.GetValue(urls)!;
            EmulatorHost host;
            try
            {
                host = await EmulatorHost.StartAsync(options, listenOn, ConfigureLogging, timeProvider: null, cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                return await FailAsync(ExitBadKnob, e.Message + HelpHint).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or SocketException or InvalidOperationException)
            {
                // Kestrel reports an address in use as an IOException, an HTTPS address without a certificate as an
                // InvalidOperationException: say what to do, not a stack trace.
                return await FailAsync(ExitCannotListen, "Cannot listen on " + listenOn + ": " + OneLine(e.Message) + " Choose another --urls (port 0 picks a free one).").ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C / SIGTERM while starting: nothing to stop yet.
                return 0;
            }

            await using (host.ConfigureAwait(false))
            {
                var keyMode = options.ApiKey is null ? "any non-empty key accepted" : "only the --api-key key accepted";
                var hostileText = modes == EmulatorHostileModes.None ? string.Empty : "; HOSTILE: " + HostileModeNames.Describe(modes);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PixazoTts emulator listening on {host.BaseUrl.AbsoluteUri.TrimEnd('/')} (key: {keyMode}; latency {options.LatencyMs} ms{hostileText}). Ctrl+C to stop."));
                await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
                Console.WriteLine("PixazoTts emulator stopping.");
            }

            return 0;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpAction)
        {
            // System.CommandLine would print every error followed by the whole help text; one line says it better.
            return await FailAsync(ExitBadKnob, OneLine(parsed.Errors[0].Message) + HelpHint).ConfigureAwait(false);
        }

        return await parsed.InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, signals.Token).ConfigureAwait(false);
    }

    private static void ConfigureLogging(ILoggingBuilder logging) =>
        logging.AddSimpleConsole()
            .SetMinimumLevel(LogLevel.Warning)

            // A failed start is reported above in one line; the host would log it again with a stack trace.
            .AddFilter("Microsoft.Extensions.Hosting", LogLevel.None)
            .AddFilter("Microsoft.AspNetCore.Server.Kestrel", LogLevel.None);

    private static async Task<int> FailAsync(int exitCode, string message)
    {
        await Console.Error.WriteLineAsync(message).ConfigureAwait(false);
        return exitCode;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static Option<int> Whole(string name, string description, int defaultValue) => new(name)
    {
        HelpName = "N",
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result => Parse(result, "a whole number", (string text, out int value) => int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value)),
    };

    private static Option<double> Rate(string name, string description) => new(name)
    {
        HelpName = "R",
        Description = description + " (0..1, default 0)",
        CustomParser = result => Parse(result, "a probability such as 0.25", (string text, out double value) => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value)),
    };

    // Knobs are read the same way in every culture: "0.04" is four cents in a German shell too.
    private static decimal ParseMoney(ArgumentResult result) =>
        Parse(result, "an amount in USD such as 0.04", (string text, out decimal value) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value));

    private static decimal? ParseOptionalMoney(ArgumentResult result) => ParseMoney(result);

    private static Uri? ParseAbsoluteUrl(ArgumentResult result) =>
        Parse(result, "an absolute http(s) URL such as http://127.0.0.1:5081", (string text, out Uri? value) => Documents.Origins.TryParseHttp(text, out value));

    private delegate bool TryParseText<T>(string text, out T value);

    private static T Parse<T>(ArgumentResult result, string expected, TryParseText<T> tryParse)
    {
        var option = (result.Parent as OptionResult)?.Option.Name ?? "value";
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (tryParse(text, out var value))
        {
            return value;
        }

        result.AddError($"{option}: '{text}' is not {expected}.");
        return default!;
    }
}
