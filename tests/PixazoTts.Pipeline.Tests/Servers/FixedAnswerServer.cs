using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PixazoTts.Pipeline.Tests.Servers;

/// <summary>
/// A loopback HTTP server that gives every request the same status (500, 503...) with an empty body, and counts
/// requests: a store's front end that is failing.
/// </summary>
public sealed class FixedAnswerServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly int _status;
    private int _requests;

    public FixedAnswerServer(int status)
    {
        _status = status;
        _listener.Start(128);
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    public int Requests => Volatile.Read(ref _requests);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[65536];
                var pending = new StringBuilder();
                while (true)
                {
                    int read = await stream.ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                    {
                        return;
                    }

                    pending.Append(Encoding.Latin1.GetString(buffer, 0, read));
                    int end = pending.ToString().IndexOf("\r\n\r\n", StringComparison.Ordinal);
                    if (end < 0)
                    {
                        continue;
                    }

                    // One answer per request head; a body is ignored (the connection is closed right after).
                    Interlocked.Increment(ref _requests);
                    byte[] answer = Encoding.ASCII.GetBytes($"HTTP/1.1 {_status} Failing\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    await stream.WriteAsync(answer, _stop.Token);
                    return;
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException)
            {
                // The client went away.
            }
        }
    }
}
