using System.Net.Http.Json;
using Microsoft.Extensions.Hosting;
using PixazoTts.Emulator.Documents;
using PixazoTts.Emulator.Jobs;
using PixazoTts.Emulator.Statistics;

namespace PixazoTts.Emulator.Webhooks;

/// <summary>
/// POSTs a job's final status document to its <c>X-Webhook-URL</c>, best effort like the gateway: one attempt with
/// a short timeout, counted as sent (2xx) or failed. Never carries the subscription key. A delivery still under way
/// when the emulator stops is abandoned (counted as failed) rather than holding the shutdown.
/// </summary>
internal sealed class WebhookDispatcher : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    private readonly HttpClient _http = new(new SocketsHttpHandler { AllowAutoRedirect = false }) { Timeout = Timeout };
    private readonly CancellationToken _stopping;
    private readonly StatusBodyFactory _documents;
    private readonly EmulatorCounters _counters;

    public WebhookDispatcher(StatusBodyFactory documents, EmulatorCounters counters, IHostApplicationLifetime lifetime)
    {
        _documents = documents;
        _counters = counters;
        _stopping = lifetime.ApplicationStopping;
    }

    public void Dispatch(Job job, Uri url) => _ = SendAsync(job, url);

    public void Dispose() => _http.Dispose();

    private async Task SendAsync(Job job, Uri url)
    {
        if (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
        {
            _counters.CountWebhookFailed();
            return;
        }

        try
        {
            var body = _documents.Create(job, job.StatusAt(DateTimeOffset.MaxValue));
            using var response = await _http.PostAsJsonAsync(url, body, EmulatorJson.Options, _stopping).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                _counters.CountWebhookSent();
            }
            else
            {
                _counters.CountWebhookFailed();
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or OperationCanceledException or ObjectDisposedException)
        {
            _counters.CountWebhookFailed();
        }
    }
}
