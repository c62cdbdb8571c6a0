using Amazon.Runtime;
using Amazon.S3;

namespace PixazoTts.Pipeline.Tests.Servers;

/// <summary>s3rver (npm), an S3-compatible server, on a loopback port with a fresh folder; reached path-style.</summary>
public sealed class S3rverServer : IAsyncLifetime
{
    /// <summary>s3rver's fixed credentials (public defaults of the tool; not a secret).</summary>
    public const string AccessKeyId = "S3RVER";
    public const string SecretAccessKey = "S3RVER";

    private ServerProcess? _process;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pixazotts-s3rver-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; } = LoopbackPort.Free();

    public string Endpoint => $"http://127.0.0.1:{Port}";

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        string command = await NodeTools.CommandAsync("s3rver");
        _process = await ServerProcess.StartAsync(
            command,
            ["-d", Root, "-a", "127.0.0.1", "-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--silent", "--no-vhost-buckets"],
            Port, Root, "run 'npm ci --prefix tests/tools'");
    }

    /// <summary>A client for setting up and inspecting buckets (the product's store makes its own).</summary>
    public AmazonS3Client NewClient() => new(
        new BasicAWSCredentials(AccessKeyId, SecretAccessKey),
        new AmazonS3Config { ServiceURL = Endpoint, ForcePathStyle = true, AuthenticationRegion = "us-east-1", RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED, ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED });

    /// <summary>A new empty bucket.</summary>
    public async Task<string> NewBucketAsync()
    {
        string bucket = "tc-" + Guid.NewGuid().ToString("N")[..12];
        using var client = NewClient();
        await client.PutBucketAsync(bucket);
        return bucket;
    }

    public Task DisposeAsync()
    {
        ServerProcess.Stop(_process, Root);
        return Task.CompletedTask;
    }
}
