using System.Globalization;
using PixazoTts.Client.Gateway;
using PixazoTts.Client.Generated;
using PixazoTts.Client.Polling;
using PixazoTts.Client.Synthesis;

namespace PixazoTts.Client;

/// <summary>Collecting the audio of a job accepted earlier (by this process or another), from its <c>request_id</c>.</summary>
public sealed partial class PixazoTtsClient
{
    /// <summary>The gateway's base URL: the only origin the API key is sent to.</summary>
    public Uri BaseUrl => options.BaseUrl;

    /// <summary>
    /// Collects the audio of a job the gateway accepted earlier (its id came from the <c>onAccepted</c> hook of
    /// <see cref="SynthesizeAsync(TtsSynthesisRequest, Action{string}, CancellationToken)"/>, possibly in another
    /// process): checks its status at once, polls until it ends, downloads the WAV and checks it, with the same retries,
    /// job timeout and key rule as a synthesis (the key goes to <see cref="BaseUrl"/>'s origin only). Nothing is
    /// submitted, so nothing new is charged.
    /// </summary>
    /// <param name="requestId">The gateway's <c>request_id</c>.</param>
    /// <param name="cancellationToken">Cancels the call promptly (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The audio, or why the job cannot be collected (unknown to the gateway, FAILED, ERROR, or the key is
    /// refused for it): then the line has to be submitted again.</returns>
    /// <exception cref="PixazoTtsException">The gateway stayed unavailable, the media was invalid or too large, or the
    /// job did not end within the job timeout (the job may still end: resuming later can collect it).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TtsResumeResult> ResumeAsync(string requestId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        if (requestId.Length == 0 || requestId.Any(char.IsControl))
        {
            throw new ArgumentException("A request id is a non-empty string without control characters.", nameof(requestId));
        }

        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);

        cancellationToken.ThrowIfCancellationRequested();

        var started = timeProvider.GetTimestamp();
        var progress = new SynthesisProgress { RequestId = requestId };
        using var jobTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        jobTimeout.CancelAfter(options.JobTimeout);
        try
        {
            var finished = await AwaitResumedJobAsync(requestId, progress, jobTimeout.Token).ConfigureAwait(false);
            switch (finished.Status)
            {
                case RequestStatusValue.COMPLETED:
                    return TtsResumeResult.Collected(await CollectAsync(finished, progress, started, jobTimeout.Token).ConfigureAwait(false));
                case RequestStatusValue.FAILED:
                    return TtsResumeResult.Refused(TtsResumeRefusal.Failed, "the job ended FAILED: " + redactor.Redact(OneLine(finished.Error ?? "no reason given")));
                default:
                    return TtsResumeResult.Refused(TtsResumeRefusal.SystemError, "the job ended ERROR: " + redactor.Redact(OneLine(finished.Error ?? "no reason given")));
            }
        }
        catch (ResumeRefusedException refused)
        {
            return TtsResumeResult.Refused(refused.Refusal, refused.Reason);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && jobTimeout.IsCancellationRequested && IsConsequenceOfCancellation(exception))
        {
            throw new PixazoTimeoutException(
                string.Format(CultureInfo.InvariantCulture, "no result within the job timeout of {0} waiting for request {1} (last status {2}); the job can still be collected", options.JobTimeout, requestId, progress.LastStatus ?? "unknown"),
                options.JobTimeout, requestId, exception);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && IsConsequenceOfCancellation(exception)
            && !(exception is OperationCanceledException canceled && canceled.CancellationToken == cancellationToken))
        {
            throw new OperationCanceledException("The resumption was cancelled.", exception, cancellationToken);
        }
    }

    // Downloads and checks a COMPLETED job's media (with the download retries): the end of a synthesis and of a resumption.
    private async Task<TtsSynthesisResult> CollectAsync(RequestStatus finished, SynthesisProgress progress, long started, CancellationToken cancellationToken)
    {
        var requestId = finished.Request_id ?? progress.RequestId!;
        var mediaUrl = finished.Output?.Media_url?.FirstOrDefault()
            ?? throw new PixazoUnavailableException(
                $"request {requestId} completed without a media URL",
                requestId: requestId);

        var media = await WithNetworkFaultsAsUnavailable(
            () => pipelines.Download.ExecuteAsync(
                async token => await downloader.DownloadAsync(mediaUrl, requestId, token).ConfigureAwait(false),
                cancellationToken).AsTask(),
            "download the media",
            requestId).ConfigureAwait(false);

        return new TtsSynthesisResult(
            media.Wav,
            media.Info,
            requestId,
            finished.Model_id,
            finished.Created_at,
            finished.Completed_at,
            progress.StatusChecks,
            progress.Attempts,
            timeProvider.GetElapsedTime(started));
    }

    // The first check is made at once (the job may have ended long ago); while it runs, the next check comes when a job
    // of the usual duration would end, counted from its created_at, then at the usual growing intervals.
    private async Task<RequestStatus> AwaitResumedJobAsync(string requestId, SynthesisProgress progress, CancellationToken cancellationToken)
    {
        PollSchedule? schedule = null;
        for (var check = 1; ; check++)
        {
            if (schedule is not null)
            {
                await Task.Delay(schedule.DelayBefore(check - 1), timeProvider, cancellationToken).ConfigureAwait(false);
            }

            var status = await CheckResumedJobAsync(requestId, progress, cancellationToken).ConfigureAwait(false);
            progress.LastStatus = status.Status.ToString();
            if (status.Status is RequestStatusValue.COMPLETED or RequestStatusValue.FAILED or RequestStatusValue.ERROR)
            {
                return status;
            }

            schedule ??= new PollSchedule(RemainingDuration(status), PollScheduleSettings);
        }
    }

    // A clock that differs from the gateway's only moves the first of these checks; the backoff covers the rest.
    private TimeSpan? RemainingDuration(RequestStatus status)
    {
        if (durations.Estimate is not { } expected || status.Created_at is not { } created)
        {
            return null;
        }

        var remaining = expected - (timeProvider.GetUtcNow() - created);
        return remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero;
    }

    // One status check with the call retries; an answer that says this id cannot be collected with this key ends the
    // resumption at once (during a synthesis a 404 right after the submission is retried instead: the job is known to
    // exist there).
    private Task<RequestStatus> CheckResumedJobAsync(string requestId, SynthesisProgress progress, CancellationToken cancellationToken) =>
        WithNetworkFaultsAsUnavailable(
            () => pipelines.GatewayCall.ExecuteAsync(
                async token =>
                {
                    try
                    {
                        progress.StatusChecks++;
                        return await gateway.GetRequestStatusAsync(requestId, token).ConfigureAwait(false);
                    }
                    catch (PixazoGatewayApiException exception) when (RefusalOf(exception.StatusCode) is { } refusal)
                    {
                        throw new ResumeRefusedException(refusal, DescribeRefusal(exception));
                    }
                    catch (PixazoGatewayApiException exception)
                    {
                        throw translator.Translate(exception, requestId);
                    }
                },
                cancellationToken).AsTask(),
            "reach the Pixazo gateway",
            requestId);

    private static TtsResumeRefusal? RefusalOf(int statusCode) => statusCode switch
    {
        400 or 404 => TtsResumeRefusal.NotFound,
        401 or 403 => TtsResumeRefusal.KeyRefused,
        _ => null,
    };

    private string DescribeRefusal(PixazoGatewayApiException exception)
    {
        var body = (exception as PixazoGatewayApiException<ErrorResponse>)?.Result;
        var text = body is null
            ? string.Format(CultureInfo.InvariantCulture, "HTTP {0}", exception.StatusCode)
            : string.Format(CultureInfo.InvariantCulture, "HTTP {0} {1}: {2}", exception.StatusCode, body.Error, body.Message);
        return redactor.Redact(OneLine(text));
    }

    /// <summary>Ends a resumption that cannot succeed; never retried (it is not a transient fault).</summary>
    private sealed class ResumeRefusedException(TtsResumeRefusal refusal, string reason) : Exception(reason)
    {
        public TtsResumeRefusal Refusal { get; } = refusal;

        public string Reason { get; } = reason;
    }
}
