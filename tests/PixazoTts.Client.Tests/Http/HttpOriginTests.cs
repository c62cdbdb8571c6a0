using PixazoTts.Client.Http;

namespace PixazoTts.Client.Tests.Http;

public class HttpOriginTests
{
    [Theory]
    [InlineData("https://gateway.pixazo.ai/v2/requests/status/x", "https://gateway.pixazo.ai", true)]
    [InlineData("https://GATEWAY.pixazo.ai:443/a", "https://gateway.pixazo.ai/", true)]
    [InlineData("http://127.0.0.1:5080/x", "http://127.0.0.1:5080/", true)]
    [InlineData("http://user@127.0.0.1:5080/x", "http://127.0.0.1:5080/", true)]
    [InlineData("http://gateway.pixazo.ai/x", "https://gateway.pixazo.ai", false)]
    [InlineData("https://gateway.pixazo.ai:8443/x", "https://gateway.pixazo.ai", false)]
    [InlineData("https://pub-1.r2.dev/x.wav", "https://gateway.pixazo.ai", false)]
    [InlineData("https://gateway.pixazo.ai.evil.example/x", "https://gateway.pixazo.ai", false)]
    [InlineData("http://127.0.0.1:5081/x", "http://127.0.0.1:5080/", false)]
    [InlineData("http://localhost:5080/x", "http://127.0.0.1:5080/", false)]
    public void Origins_are_scheme_host_and_port(string candidate, string origin, bool same)
    {
        Assert.Equal(same, HttpOrigin.AreSame(new Uri(candidate), new Uri(origin)));
    }

    [Fact]
    public void A_relative_or_missing_url_is_never_the_gateway()
    {
        Assert.False(HttpOrigin.AreSame(new Uri("/v2/requests/status/x", UriKind.Relative), new Uri("https://gateway.pixazo.ai")));
        Assert.False(HttpOrigin.AreSame(null, new Uri("https://gateway.pixazo.ai")));
    }
}
