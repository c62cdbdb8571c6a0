namespace PixazoTts.Pipeline.Tests.Servers;

/// <summary>xunit's lifetime for the server (InitializeAsync/DisposeAsync are in NginxDavServer.cs).</summary>
public sealed partial class NginxDavServer : IAsyncLifetime
{
}
