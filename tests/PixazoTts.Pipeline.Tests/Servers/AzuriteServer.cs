using Azure.Storage.Blobs;

namespace PixazoTts.Pipeline.Tests.Servers;

/// <summary>Azurite's Blob service (npm <c>azurite</c>, Microsoft's Azure Storage emulator) on a loopback port, with a fresh folder.</summary>
public sealed class AzuriteServer : IAsyncLifetime
{
    /// <summary>Azurite's well-known development account (public, documented by Microsoft; not a secret).</summary>
    public const string AccountName = "devstoreaccount1";

    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private ServerProcess? _process;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pixazotts-azurite-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; } = LoopbackPort.Free();

    public string ConnectionString => ConnectionStringWithKey(AccountKey);

    /// <summary>The connection string with another key: what a leaked-but-wrong or rotated credential looks like.</summary>
    public string ConnectionStringWithKey(string accountKey) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={accountKey};BlobEndpoint=http://127.0.0.1:{Port}/{AccountName};";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        string command = await NodeTools.CommandAsync("azurite-blob");
        _process = await ServerProcess.StartAsync(
            command,
            ["--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--location", Root, "--silent", "--skipApiVersionCheck", "--loose"],
            Port, Root, "run 'npm ci --prefix tests/tools'");
    }

    /// <summary>A new empty container.</summary>
    public async Task<BlobContainerClient> NewContainerAsync()
    {
        var container = new BlobContainerClient(ConnectionString, "tc-" + Guid.NewGuid().ToString("N")[..12]);
        await container.CreateAsync();
        return container;
    }

    public Task DisposeAsync()
    {
        ServerProcess.Stop(_process, Root);
        return Task.CompletedTask;
    }
}
