using Polly;
using Polly.Retry;

namespace PixazoTts.Client.Resilience;

/// <summary>
/// The client's Polly pipelines, built once per client (they are thread-safe and shared by every
/// call): exponential backoff with jitter, <c>Retry-After</c> honoured, and a per-attempt timeout
/// inside the retry so a hung attempt is abandoned and tried again.
/// </summary>
internal sealed class ClientResiliencePipelines
{
    /// <summary>A download is retried a few times at most: a CDN hiccup clears quickly, and a file
    /// that is broken at the source stays broken.</summary>
    public const int MaxDownloadRetries = 3;

    public ClientResiliencePipelines(PixazoTtsClientOptions options, TimeProvider timeProvider)
    {
        GatewayCall = Build(options, timeProvider, options.MaxRetryAttempts, TransientFaults.IsTransientCallFault, withAttemptTimeout: true);
        Download = Build(options, timeProvider, Math.Min(options.MaxRetryAttempts, MaxDownloadRetries), TransientFaults.IsTransientDownloadFault, withAttemptTimeout: true);

        // The job itself is bounded by JobTimeout, not by an attempt timeout.
        JobResubmission = Build(options, timeProvider, options.MaxRetryAttempts, static e => e is JobSystemErrorException, withAttemptTimeout: false);
    }

    /// <summary>One submit or status call.</summary>
    public ResiliencePipeline GatewayCall { get; }

    /// <summary>One media download (with its redirects) and WAV check.</summary>
    public ResiliencePipeline Download { get; }

    /// <summary>A whole submit-and-poll round, repeated when the job ends in ERROR.</summary>
    public ResiliencePipeline JobResubmission { get; }

    private static ResiliencePipeline Build(PixazoTtsClientOptions options, TimeProvider timeProvider, int retries, Func<Exception, bool> isTransient, bool withAttemptTimeout)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider };
        if (retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } exception
                    && !args.Context.CancellationToken.IsCancellationRequested
                    && isTransient(exception)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfterDelay(args.Outcome.Exception, options.MaxRetryDelay)),
            });
        }

        if (withAttemptTimeout && options.AttemptTimeout != Timeout.InfiniteTimeSpan)
        {
            builder.AddTimeout(options.AttemptTimeout);
        }

        return builder.Build();
    }

    // The server knows best when it can take the request again; a little jitter spreads the parallel
    // callers that were all told the same wait. Null falls back to the exponential backoff.
    private static TimeSpan? RetryAfterDelay(Exception? exception, TimeSpan maxDelay)
    {
        var retryAfter = exception switch
        {
            PixazoRateLimitedException rateLimited => rateLimited.RetryAfter,
            PixazoUnavailableException unavailable => unavailable.RetryAfter,
            _ => null,
        };
        if (retryAfter is not { } wait)
        {
            return null;
        }

        var jittered = wait + (wait * (Random.Shared.NextDouble() * 0.1));
        return jittered > maxDelay ? maxDelay : jittered;
    }
}
