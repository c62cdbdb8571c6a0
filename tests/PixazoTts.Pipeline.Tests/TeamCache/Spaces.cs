using Amazon.S3.Model;
using Azure.Storage.Blobs;
using PixazoTts.Pipeline.RemoteCache;
using PixazoTts.Pipeline.Tests.Servers;

namespace PixazoTts.Pipeline.Tests.TeamCache;

/// <summary>A folder below nginx's basic-auth WebDAV location.</summary>
public sealed class NginxSpace(NginxDavServer server, string location = "dav") : RemoteSpace
{
    private readonly string _folder = "s-" + Guid.NewGuid().ToString("N")[..10];

    public override string Url => server.Url(location) + _folder;

    public override IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        [RemoteCacheOptions.UsernameVariable] = server.Username,
        [RemoteCacheOptions.PasswordVariable] = server.Password,
    };

    public override IReadOnlyList<string> Secrets => [server.Password];

    public string PathPrefix => "/" + location + "/" + _folder + "/";

    public override Task<IReadOnlyList<string>> ListAsync()
    {
        string root = Path.Combine(server.WebRoot, location, _folder);
        IReadOnlyList<string> files = Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Order().ToList()
            : [];
        return Task.FromResult(files);
    }

    public override Task<byte[]?> ReadRawAsync(string name)
    {
        string path = server.FileOf(location, _folder + "/" + name);
        return Task.FromResult(File.Exists(path) ? File.ReadAllBytes(path) : null);
    }

    public override Task WriteRawAsync(string name, byte[] content)
    {
        string path = server.FileOf(location, _folder + "/" + name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return Task.CompletedTask;
    }
}

/// <summary>A fresh bucket on s3rver, reached path-style through AWS_ENDPOINT_URL_S3.</summary>
public sealed class S3Space(S3rverServer server, string bucket) : RemoteSpace
{
    public override string Url => "s3://" + bucket + "/team/cache";

    public override IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        ["AWS_ACCESS_KEY_ID"] = S3rverServer.AccessKeyId,
        ["AWS_SECRET_ACCESS_KEY"] = S3rverServer.SecretAccessKey,
        ["AWS_ENDPOINT_URL_S3"] = server.Endpoint,
        ["AWS_REGION"] = "us-east-1",
    };

    // s3rver's fixed secret is public; the secrets tests use their own wrong secret and check that instead.
    public override IReadOnlyList<string> Secrets => [];

    public override async Task<IReadOnlyList<string>> ListAsync()
    {
        using var client = server.NewClient();
        var response = await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = bucket, Prefix = "team/cache/" });
        return (response.S3Objects ?? []).Select(o => o.Key["team/cache/".Length..]).Order().ToList();
    }

    public override async Task<byte[]?> ReadRawAsync(string name)
    {
        using var client = server.NewClient();
        try
        {
            using var response = await client.GetObjectAsync(bucket, "team/cache/" + name);
            using var memory = new MemoryStream();
            await response.ResponseStream.CopyToAsync(memory);
            return memory.ToArray();
        }
        catch (Amazon.S3.AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public override async Task WriteRawAsync(string name, byte[] content)
    {
        using var client = server.NewClient();
        await client.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "team/cache/" + name, InputStream = new MemoryStream(content), UseChunkEncoding = false });
    }
}

/// <summary>A fresh container on Azurite.</summary>
public sealed class AzureSpace(AzuriteServer server, BlobContainerClient container) : RemoteSpace
{
    public override string Url => "azblob://" + container.Name + "/team";

    public override IReadOnlyDictionary<string, string?> Environment => new Dictionary<string, string?>
    {
        [RemoteCacheOptions.AzureConnectionStringVariable] = server.ConnectionString,
    };

    // Azurite's development key is public; the secrets tests use their own wrong key and check that instead.
    public override IReadOnlyList<string> Secrets => [];

    public override async Task<IReadOnlyList<string>> ListAsync()
    {
        var names = new List<string>();
        await foreach (var blob in container.GetBlobsAsync(Azure.Storage.Blobs.Models.BlobTraits.None, Azure.Storage.Blobs.Models.BlobStates.None, "team/", CancellationToken.None))
        {
            names.Add(blob.Name["team/".Length..]);
        }

        return names.Order().ToList();
    }

    public override async Task<byte[]?> ReadRawAsync(string name)
    {
        var blob = container.GetBlobClient("team/" + name);
        if (!(await blob.ExistsAsync()).Value)
        {
            return null;
        }

        return (await blob.DownloadContentAsync()).Value.Content.ToArray();
    }

    public override async Task WriteRawAsync(string name, byte[] content) =>
        await container.GetBlobClient("team/" + name).UploadAsync(new BinaryData(content), overwrite: true);
}
