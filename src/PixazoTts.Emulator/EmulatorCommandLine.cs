using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Logging;
using PixazoTts.Emulator.Faults;

namespace PixazoTts.Emulator;

/// <summary>
/// The command line (contract: <c>dotnet run --project src/PixazoTts.Emulator -- --urls http://127.0.0.1:PORT [knobs]</c>):
/// maps the knobs onto <see cref="EmulatorOptions"/> and runs the same <see cref="EmulatorHost"/> the tests use until Ctrl+C.
/// </summary>
internal static class EmulatorCommandLine
{
    private const string DefaultUrls = "http://127.0.0.1:5080";

    public static async Task<int> RunAsync(string[] args)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (Kestrel URLs, ';'-separated).", DefaultValueFactory = _ => DefaultUrls };
        var apiKey = new Option<string?>("--api-key") { Description = "Accept only this subscription key (default: any non-empty key)." };
        var forbiddenKey = new Option<string?>("--forbidden-key") { Description = "Answer this key 403 Forbidden." };
        var latency = new Option<int>("--latency-ms") { Description = "Submit to terminal status, in ms (first 20 % QUEUED).", DefaultValueFactory = _ => 1500 };
        var seed = new Option<int>("--seed") { Description = "Seed of every random decision.", DefaultValueFactory = _ => 1 };
        var maxInFlight = new Option<int>("--max-in-flight") { Description = "Unfinished jobs allowed at once; beyond: 429 with Retry-After (0: unlimited)." };
        var balance = new Option<decimal?>("--balance-usd") { Description = "Wallet balance in USD (default: unlimited); 402 when spent." };
        var price = new Option<decimal>("--price-usd") { Description = "Price per request in USD.", DefaultValueFactory = _ => 0.04m };
        var rate429 = Rate("--rate-429", "Probability of a 429 answer to a gateway request.");
        var rate500 = Rate("--rate-500", "Probability of a 500 answer to a gateway request.");
        var rateDrop = Rate("--rate-drop", "Probability that a gateway request's connection is closed without an answer.");
        var rateFailed = Rate("--rate-failed", "Probability that a job ends FAILED (charged).");
        var rateError = Rate("--rate-error", "Probability that a job ends ERROR (not charged).");
        var rateTruncated = Rate("--rate-truncated", "Probability that a media download is truncated.");
        var rateNotWav = Rate("--rate-not-wav", "Probability that a media download is an HTML page.");
        var slow = new Option<int>("--slow-ms") { Description = "Extra delay before every gateway answer, in ms." };
        var retryAfter = new Option<int>("--retry-after-s") { Description = "Retry-After seconds of a random 429.", DefaultValueFactory = _ => 1 };
        var modelDisabled = new Option<bool>("--model-disabled") { Description = "Answer every generate request 400 Model not found." };
        var mediaBase = new Option<Uri?>("--media-base-url") { Description = "Base URL of media_url (default: the gateway origin the job was submitted to)." };
        var pollingBase = new Option<Uri?>("--polling-base-url") { Description = "Base URL of polling_url (default: the origin of the generate request)." };
        var webhook = new Option<Uri?>("--webhook-url") { Description = "Webhook for jobs submitted without X-Webhook-URL." };
        var foreignBase = new Option<Uri?>("--foreign-base-url") { Description = "The 'other origin' of the hostile modes (default: localhost <-> 127.0.0.1, same port)." };
        var hostile = new Option<string[]>("--hostile")
        {
            Description = "Hostile mode(s): " + string.Join(", ", HostileModeNames.ByName.Keys) + ". Repeat the option or separate with commas.",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var oversize = new Option<int>("--oversize-mib") { Description = "MiB of audio data streamed by oversize-media.", DefaultValueFactory = _ => 200 };

        var root = new RootCommand("PixazoTts emulator: a local stand-in for the Pixazo gateway's Gemini 3.1 Flash TTS API (docs/emulator.md).");
        foreach (var option in new Option[] { urls, apiKey, forbiddenKey, latency, seed, maxInFlight, balance, price, rate429, rate500, rateDrop, rateFailed, rateError, rateTruncated, rateNotWav, slow, retryAfter, modelDisabled, mediaBase, pollingBase, webhook, foreignBase, hostile, oversize })
        {
            root.Options.Add(option);
        }

        root.SetAction(async (parse, cancellationToken) =>
        {
            if (!HostileModeNames.TryParse(parse.GetValue(hostile) ?? [], out var modes, out var unknown))
            {
                await Console.Error.WriteLineAsync($"Unknown hostile mode '{unknown}'. Use one of: {string.Join(", ", HostileModeNames.ByName.Keys)}.").ConfigureAwait(false);
                return 2;
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

            EmulatorHost host;
            try
            {
                host = await EmulatorHost.StartAsync(options, parse.GetValue(urls)!, logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning), cancellationToken).ConfigureAwait(false);
            }
            catch (ArgumentException e)
            {
                await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
                return 2;
            }
            catch (IOException e)
            {
                // Kestrel reports an address in use as an IOException; say what to do, not a stack trace.
                await Console.Error.WriteLineAsync("Cannot listen on " + parse.GetValue(urls) + ": " + e.Message).ConfigureAwait(false);
                return 1;
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

        return await root.Parse(args).InvokeAsync().ConfigureAwait(false);
    }

    private static Option<double> Rate(string name, string description) => new(name) { Description = description + " (0..1)" };
}
