using System.Globalization;
using Polly.Timeout;
using PixazoTts.Client.Gateway;
using PixazoTts.Client.Generated;
using PixazoTts.Client.Http;
using PixazoTts.Client.Media;
using PixazoTts.Client.Polling;
using PixazoTts.Client.Resilience;
using PixazoTts.Client.Synthesis;

namespace PixazoTts.Client;

/// <summary>
/// Synthesizes speech through the Pixazo gateway's Gemini 3.1 Flash TTS in one call: submit, poll,
/// download, validate, with retries for what is transient. Thread-safe: create one client and share
/// it between concurrent calls (it keeps a running estimate of job durations to poll efficiently).
/// </summary>
/// <remarks>
/// The API key is sent only to <see cref="PixazoTtsClientOptions.BaseUrl"/>'s origin: status checks
/// use the gateway's own status endpoint (a <c>polling_url</c> on another origin is ignored), and
/// media is downloaded over a separate connection pool that never carries the key.
/// </remarks>
public sealed partial class PixazoTtsClient : IDisposable
{
    private const string UserAgent = "PixazoTts.Build/1.0";

    private readonly PixazoTtsClientOptions options;
    private readonly HttpMessageHandler? ownedGatewayHandler;
    private readonly HttpMessageHandler? ownedMediaHandler;
    private readonly HttpClient gatewayHttp;
    private readonly HttpClient mediaHttp;
    private readonly PixazoGatewayClient gateway;
    private readonly MediaDownloader downloader;
    private readonly ClientResiliencePipelines pipelines;
    private readonly GatewayErrorTranslator translator;
    private readonly SecretRedactor redactor;
    private readonly JobDurationEstimator durations = new();
    private readonly TimeProvider timeProvider = TimeProvider.System;
    private int disposed;

    /// <summary>Creates a client with its own connection pools (one for the gateway, one for media).</summary>
    /// <param name="options">The settings; copied, so later changes have no effect.</param>
    /// <exception cref="ArgumentException">The options are not valid (no API key, a BaseUrl that is not http(s), …).</exception>
    public PixazoTtsClient(PixazoTtsClientOptions options)
        : this(options, RedirectFreeHandlers.CreateDefault(), RedirectFreeHandlers.CreateDefault(), ownsHandlers: true)
    {
    }

    /// <summary>
    /// Creates a client that sends every request (gateway and media) through <paramref name="handler"/>,
    /// e.g. for a proxy or for tests. The handler must not follow redirects by itself: an
    /// <see cref="HttpClientHandler"/> or <c>SocketsHttpHandler</c> is switched to
    /// <c>AllowAutoRedirect = false</c>; any other handler must already behave so.
    /// </summary>
    /// <param name="options">The settings; copied, so later changes have no effect.</param>
    /// <param name="handler">The message handler to send through.</param>
    /// <param name="disposeHandler">Whether disposing the client disposes <paramref name="handler"/>.</param>
    public PixazoTtsClient(PixazoTtsClientOptions options, HttpMessageHandler handler, bool disposeHandler)
        : this(options, RedirectFreeHandlers.ForbidAutoRedirect(handler), null, disposeHandler)
    {
    }

    private PixazoTtsClient(PixazoTtsClientOptions options, HttpMessageHandler gatewayHandler, HttpMessageHandler? mediaHandler, bool ownsHandlers)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Validated();
        redactor = new SecretRedactor(this.options.ApiKey);
        translator = new GatewayErrorTranslator(redactor, timeProvider);
        pipelines = new ClientResiliencePipelines(this.options, timeProvider);

        ownedGatewayHandler = ownsHandlers ? gatewayHandler : null;
        ownedMediaHandler = ownsHandlers ? mediaHandler : null;

        // The key handler wraps the transport; the HttpClients never dispose what they are given,
        // so a caller's handler survives the client when disposeHandler is false.
        gatewayHttp = new HttpClient(new GatewayKeyHandler(this.options.BaseUrl, this.options.ApiKey, gatewayHandler), disposeHandler: false)
        {
            BaseAddress = this.options.BaseUrl,
            Timeout = Timeout.InfiniteTimeSpan, // the per-attempt and job timeouts are the pipeline's
        };
        gatewayHttp.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        gateway = new PixazoGatewayClient(gatewayHttp);

        mediaHttp = new HttpClient(mediaHandler ?? gatewayHandler, disposeHandler: false) { Timeout = Timeout.InfiniteTimeSpan };
        mediaHttp.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        downloader = new MediaDownloader(mediaHttp, this.options.MaxDownloadBytes, redactor);
    }

    /// <summary>The polling intervals; tests shorten them.</summary>
    internal PollScheduleSettings PollScheduleSettings { get; init; } = PollScheduleSettings.Default;

    /// <summary>The running estimate of how long a job takes, shared by every call of this client.</summary>
    internal TimeSpan? ExpectedJobDuration => durations.Estimate;

    /// <summary>
    /// Synthesizes one line: submits it, polls until the job ends, downloads the WAV and checks it.
    /// </summary>
    /// <param name="request">The text and how to say it.</param>
    /// <param name="cancellationToken">Cancels the call promptly (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The WAV bytes and the job's metadata.</returns>
    /// <exception cref="PixazoTtsException">The synthesis failed; <see cref="PixazoTtsException.Code"/>
    /// says how (one of its subclasses, e.g. <see cref="PixazoInsufficientBalanceException"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Task<TtsSynthesisResult> SynthesizeAsync(TtsSynthesisRequest request, CancellationToken cancellationToken) =>
        SynthesizeAsync(request, onAccepted: null, cancellationToken);

    /// <summary>
    /// Synthesizes one line like <see cref="SynthesizeAsync(TtsSynthesisRequest, CancellationToken)"/>, and tells
    /// <paramref name="onAccepted"/> the <c>request_id</c> of each job the gateway accepts, before its first status
    /// check: an accepted job is charged whatever happens to this call, and its id is what lets
    /// <see cref="ResumeAsync"/> collect the audio later (after a cancellation, a timeout, a crash).
    /// </summary>
    /// <param name="request">The text and how to say it.</param>
    /// <param name="onAccepted">Called with the <c>request_id</c> when the gateway accepts the job (again with a new id
    /// if a job ending in ERROR is submitted anew); null for none. It runs on the call's thread; an exception it throws
    /// ends the call (the job goes on, on the gateway). While it is set, a submission already sent when
    /// <paramref name="cancellationToken"/> is cancelled is given up to 2 s to be answered, so that an accepted job's id
    /// still reaches it; the call then ends with <see cref="OperationCanceledException"/>.</param>
    /// <param name="cancellationToken">Cancels the call promptly (throws <see cref="OperationCanceledException"/>).</param>
    /// <returns>The WAV bytes and the job's metadata.</returns>
    /// <exception cref="PixazoTtsException">The synthesis failed; <see cref="PixazoTtsException.Code"/> says how.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<TtsSynthesisResult> SynthesizeAsync(TtsSynthesisRequest request, Action<string>? onAccepted = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref disposed) != 0, this);
        cancellationToken.ThrowIfCancellationRequested();

        var started = timeProvider.GetTimestamp();
        var progress = new SynthesisProgress { OnAccepted = onAccepted };
        using var jobTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        jobTimeout.CancelAfter(options.JobTimeout);
        try
        {
            return await RunAsync(request, progress, started, jobTimeout.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested && jobTimeout.IsCancellationRequested && IsConsequenceOfCancellation(exception))
        {
            var waitingFor = progress.RequestId is null
                ? "to submit the job"
                : string.Create(CultureInfo.InvariantCulture, $"for request {progress.RequestId} (last status {progress.LastStatus ?? "unknown"})");
            throw new PixazoTimeoutException(
                string.Create(CultureInfo.InvariantCulture, $"no result within the job timeout of {options.JobTimeout} waiting {waitingFor}"),
                options.JobTimeout, progress.RequestId, exception);
        }
        catch (Exception exception) when (cancellationToken.IsCancellationRequested && IsConsequenceOfCancellation(exception)
            && !(exception is OperationCanceledException canceled && canceled.CancellationToken == cancellationToken))
        {
            // Surface the caller's own token (not the internal linked one), as callers compare it.
            throw new OperationCanceledException("The synthesis was cancelled.", exception, cancellationToken);
        }
    }

    /// <summary>Releases the connection pools (and the caller's handler when asked to).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) != 0)
        {
            return;
        }

        gatewayHttp.Dispose();
        mediaHttp.Dispose();
        ownedGatewayHandler?.Dispose();
        ownedMediaHandler?.Dispose();
    }

    private async Task<TtsSynthesisResult> RunAsync(TtsSynthesisRequest request, SynthesisProgress progress, long started, CancellationToken cancellationToken)
    {
        var body = new TtsGenerateRequest
        {
            Text = request.Text,
            Voice = request.Voice,
            Prompt = request.Prompt,
            Language_code = request.LanguageCode,
        };

        RequestStatus finished;
        try
        {
            finished = await pipelines.JobResubmission.ExecuteAsync(
                async token => await SubmitAndAwaitAsync(body, progress, token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
        }
        catch (JobSystemErrorException error)
        {
            throw new PixazoUnavailableException(
                string.Create(CultureInfo.InvariantCulture, $"the gateway reported a system error (ERROR, not charged) on all {progress.Attempts} submissions; last: {redactor.Redact(OneLine(error.Reason ?? "no reason given"))}"),
                requestId: error.RequestId);
        }

        return await CollectAsync(finished, progress, started, cancellationToken).ConfigureAwait(false);
    }

    // One submission and its polling. ERROR throws JobSystemErrorException, which the resubmission
    // pipeline answers with a new submission; FAILED is final (it was charged).
    private async Task<RequestStatus> SubmitAndAwaitAsync(TtsGenerateRequest body, SynthesisProgress progress, CancellationToken cancellationToken)
    {
        progress.Attempts++;
        progress.LastStatus = null;
        TtsGenerateAccepted accepted;
        using (var submission = SubmissionScope.Begin(progress.OnAccepted is not null, cancellationToken))
        {
            accepted = await CallGatewayAsync(
                token =>
                {
                    // The grace covers an attempt already sent, never a new one (a retry after a 429).
                    cancellationToken.ThrowIfCancellationRequested();
                    return gateway.SubmitTtsRequestAsync(body, options.WebhookUrl, "no-cache", token);
                },
                requestId: null,
                submission.Token).ConfigureAwait(false);
        }

        var submitted = timeProvider.GetTimestamp();

        if (string.IsNullOrEmpty(accepted.Request_id))
        {
            throw new PixazoUnavailableException("the gateway accepted the job without a request_id", 202);
        }

        // accepted.Polling_url is deliberately not followed: the documented status endpoint on the
        // gateway's origin serves every request id, and a polling_url on another origin must never
        // receive the key.
        var requestId = accepted.Request_id;
        progress.RequestId = requestId;
        progress.LastStatus = accepted.Status.ToString();
        progress.OnAccepted?.Invoke(requestId);
        cancellationToken.ThrowIfCancellationRequested();

        var status = await PollUntilFinishedAsync(requestId, submitted, progress, cancellationToken).ConfigureAwait(false);
        return status.Status switch
        {
            RequestStatusValue.COMPLETED => status,
            RequestStatusValue.FAILED => throw new PixazoJobFailedException(
                $"request {requestId}: {redactor.Redact(OneLine(status.Error ?? "no reason given"))}",
                status.Error is null ? null : redactor.Redact(status.Error),
                requestId),
            _ => throw new JobSystemErrorException(requestId, status.Error),
        };
    }

    private async Task<RequestStatus> PollUntilFinishedAsync(string requestId, long submitted, SynthesisProgress progress, CancellationToken cancellationToken)
    {
        var schedule = new PollSchedule(durations.Estimate, PollScheduleSettings);
        TimeSpan? lastPendingCheck = null;
        for (var check = 1; ; check++)
        {
            // The first check is due a usual job's duration after the submission was answered, not after what ran
            // since (the caller's onAccepted journals the request id, with a flush to disk): that time is already waited.
            var delay = check == 1 ? schedule.DelayBefore(check) - timeProvider.GetElapsedTime(submitted) : schedule.DelayBefore(check);
            if (delay > TimeSpan.Zero)
            {
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }

            cancellationToken.ThrowIfCancellationRequested();
            var status = await CallGatewayAsync(
                token =>
                {
                    progress.StatusChecks++;
                    return gateway.GetRequestStatusAsync(requestId, token);
                },
                requestId,
                cancellationToken).ConfigureAwait(false);
            progress.LastStatus = status.Status.ToString();

            var sinceSubmission = timeProvider.GetElapsedTime(submitted);
            switch (status.Status)
            {
                case RequestStatusValue.COMPLETED:
                    durations.Observe(CompletionTiming.ObservedDuration(
                        status.Created_at, status.Completed_at, lastPendingCheck, sinceSubmission, PollScheduleSettings.FirstCheckMargin / 2));
                    return status;
                case RequestStatusValue.FAILED or RequestStatusValue.ERROR:
                    return status;
                default:
                    lastPendingCheck = sinceSubmission;
                    break;
            }
        }
    }

    private Task<T> CallGatewayAsync<T>(Func<CancellationToken, Task<T>> call, string? requestId, CancellationToken cancellationToken) =>
        WithNetworkFaultsAsUnavailable(
            () => pipelines.GatewayCall.ExecuteAsync(
                async token =>
                {
                    try
                    {
                        return await call(token).ConfigureAwait(false);
                    }
                    catch (PixazoGatewayApiException exception)
                    {
                        throw translator.Translate(exception, requestId);
                    }
                },
                cancellationToken).AsTask(),
            "reach the Pixazo gateway",
            requestId);

    // Faults that exhausted their retries without being one of ours become PTTS3007.
    private async Task<T> WithNetworkFaultsAsUnavailable<T>(Func<Task<T>> action, string what, string? requestId)
    {
        try
        {
            return await action().ConfigureAwait(false);
        }
        catch (TimeoutRejectedException exception)
        {
            throw new PixazoUnavailableException(
                string.Create(CultureInfo.InvariantCulture, $"could not {what}: no answer within {options.AttemptTimeout}, on every try"),
                requestId: requestId, innerException: exception);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException)
        {
            throw new PixazoUnavailableException(
                $"could not {what}: {redactor.Redact(OneLine(exception.Message))}",
                requestId: requestId, innerException: exception);
        }
    }

    private static bool IsConsequenceOfCancellation(Exception exception) =>
        exception is OperationCanceledException or JobSystemErrorException
        || TransientFaults.IsTransientDownloadFault(exception);

    private static string OneLine(string text) => text.ReplaceLineEndings(" ").Trim();
}
