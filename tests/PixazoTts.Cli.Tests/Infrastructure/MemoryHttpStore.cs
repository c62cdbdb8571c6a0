using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PixazoTts.Cli.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP team-cache store on loopback (GET, HEAD, PUT with <c>If-None-Match: *</c>), enough for the HTTP
/// remote's protocol (docs/team-cache.md); the team cache's own suites run it against nginx, S3 and Azure emulators.
/// </summary>
public sealed class MemoryHttpStore : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public MemoryHttpStore()
    {
        int port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/team/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    public Uri BaseUrl { get; }

    public ConcurrentDictionary<string, byte[]> Files { get; } = new(StringComparer.Ordinal);

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            string path = context.Request.Url!.AbsolutePath;
            var response = context.Response;
            switch (context.Request.HttpMethod)
            {
                case "GET" or "HEAD" when Files.TryGetValue(path, out byte[]? content):
                    response.StatusCode = 200;
                    response.ContentLength64 = content.Length;
                    if (context.Request.HttpMethod == "GET")
                    {
                        await response.OutputStream.WriteAsync(content);
                    }

                    break;
                case "GET" or "HEAD":
                    response.StatusCode = 404;
                    break;
                case "PUT":
                    using (var body = new MemoryStream())
                    {
                        await context.Request.InputStream.CopyToAsync(body);
                        response.StatusCode = Files.TryAdd(path, body.ToArray()) ? 201 : 412;
                    }

                    break;
                default:
                    response.StatusCode = 405;
                    break;
            }

            response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
