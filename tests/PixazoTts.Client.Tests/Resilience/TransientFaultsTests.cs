using Polly.Timeout;
using PixazoTts.Client.Gateway;
using PixazoTts.Client.Generated;
using PixazoTts.Client.Http;
using PixazoTts.Client.Resilience;

namespace PixazoTts.Client.Tests.Resilience;

public class TransientFaultsTests
{
    private static readonly GatewayErrorTranslator Translator = new(new SecretRedactor("k"), TimeProvider.System);

    private static PixazoTtsException FromStatus(int status) =>
        Translator.Translate(new PixazoGatewayApiException("x", status, null, new Dictionary<string, IEnumerable<string>>(), null), "gemini-flash-tts_1");

    [Theory]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(408)]
    public void Rate_limits_and_server_errors_are_retried(int status)
    {
        Assert.True(TransientFaults.IsTransientCallFault(FromStatus(status)));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(402)]
    [InlineData(403)]
    public void Client_errors_are_never_retried(int status)
    {
        Assert.False(TransientFaults.IsTransientCallFault(FromStatus(status)));
        Assert.False(TransientFaults.IsTransientDownloadFault(FromStatus(status)));
    }

    [Fact]
    public void Network_faults_and_attempt_timeouts_are_retried()
    {
        Assert.True(TransientFaults.IsTransientCallFault(new HttpRequestException("connection reset")));
        Assert.True(TransientFaults.IsTransientCallFault(new IOException("response ended prematurely")));
        Assert.True(TransientFaults.IsTransientCallFault(new TimeoutRejectedException()));
    }

    [Fact]
    public void Cancellation_is_never_a_fault()
    {
        Assert.False(TransientFaults.IsTransientCallFault(new OperationCanceledException()));
        Assert.False(TransientFaults.IsTransientDownloadFault(new TaskCanceledException()));
    }

    [Fact]
    public void Broken_media_is_retried_only_as_a_download()
    {
        var broken = new PixazoInvalidMediaException("not a WAV");

        Assert.True(TransientFaults.IsTransientDownloadFault(broken));
        Assert.False(TransientFaults.IsTransientCallFault(broken));
    }
}
