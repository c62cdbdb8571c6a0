using System.Globalization;
using System.Net;
using Amazon;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// A store in an S3 bucket, <c>s3://bucket[/prefix]</c>, through AWSSDK.S3 with the SDK's default credential chain
/// (<c>AWS_ACCESS_KEY_ID</c>/<c>AWS_SECRET_ACCESS_KEY</c>, profiles, instance roles...). <c>AWS_ENDPOINT_URL_S3</c>,
/// else <c>AWS_ENDPOINT_URL</c>, names an S3-compatible store (MinIO, R2, Ceph...), addressed path-style;
/// <c>AWS_REGION</c> defaults to <c>us-east-1</c>.
/// </summary>
/// <remarks>
/// Writes check existence, then put with <c>If-None-Match: *</c> (S3 and most compatible stores answer 412 to a racing
/// second writer). The SDK's own retries are off: <see cref="TeamCache"/> retries the same way for every store. With an
/// endpoint set, checksums are sent only where required, since several compatible stores reject the SDK's newer
/// trailing-checksum uploads.
/// </remarks>
public sealed class S3RemoteStore : ITtsRemoteStore
{
    private readonly AmazonS3Client _client;
    private readonly string _bucket;
    private readonly string _prefix;

    /// <summary>Creates the store for <paramref name="options"/> (an S3 location).</summary>
    /// <param name="options">The settings.</param>
    public S3RemoteStore(RemoteCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        _bucket = options.Location.Container;
        _prefix = options.Location.Prefix.Length > 0 ? options.Location.Prefix + "/" : string.Empty;
        Description = options.Location.Description;
        string region = NullIfBlank(options.Environment("AWS_REGION")) ?? NullIfBlank(options.Environment("AWS_DEFAULT_REGION")) ?? "us-east-1";
        string? endpoint = NullIfBlank(options.Environment("AWS_ENDPOINT_URL_S3")) ?? NullIfBlank(options.Environment("AWS_ENDPOINT_URL"));
        var config = new AmazonS3Config
        {
            MaxErrorRetry = 0,
            Timeout = options.Limits.EntryTimeout,
            ConnectTimeout = options.Limits.ConnectTimeout,
        };
        if (endpoint is not null)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = region;
            config.ForcePathStyle = true;
            config.RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED;
            config.ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED;
        }
        else
        {
            config.RegionEndpoint = RegionEndpoint.GetBySystemName(region);
        }

        // The default chain's first step, taken from the same environment as the endpoint (so a caller that passes its
        // own environment, such as a test, is consistent); without these variables the SDK walks its full chain.
        string? accessKey = NullIfBlank(options.Environment("AWS_ACCESS_KEY_ID"));
        string? secretKey = NullIfBlank(options.Environment("AWS_SECRET_ACCESS_KEY"));
        string? sessionToken = NullIfBlank(options.Environment("AWS_SESSION_TOKEN"));
        _client = accessKey is not null && secretKey is not null
            ? new AmazonS3Client(sessionToken is null ? new BasicAWSCredentials(accessKey, secretKey) : new SessionAWSCredentials(accessKey, secretKey, sessionToken), config)
            : new AmazonS3Client(config);
        Endpoint = endpoint;
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The S3-compatible endpoint in use, or null for AWS itself.</summary>
    public string? Endpoint { get; }

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string name, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _client.GetObjectAsync(new GetObjectRequest { BucketName = _bucket, Key = _prefix + name }, cancellationToken).ConfigureAwait(false);
            if (response.ContentLength > maxBytes)
            {
                throw new RemoteStoreException(Invariant($"GET {name}: {response.ContentLength} bytes is more than the {maxBytes} accepted"), isTransient: false);
            }

            using var memory = new MemoryStream();
            try
            {
                await response.ResponseStream.CopyToAsync(memory, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException)
            {
                throw new RemoteStoreException("GET " + name + ": the download broke off", isTransient: true);
            }
            catch (AmazonClientException)
            {
                // The body does not match the store's checksum: replaced while we read it (worth another try), or
                // damaged for good (an S3-compatible store without conditional writes can mix two writers' objects).
                throw new RemoteStoreException("GET " + name + ": the object does not match its checksum", isTransient: true) { IsDamagedObject = true };
            }

            return memory.ToArray();
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception exception) when (IsStoreFailure(exception))
        {
            throw Translate("GET", name, exception);
        }
        catch (Exception exception) when (exception is not RemoteStoreException and not OperationCanceledException)
        {
            // The SDK could not make sense of the answer for this object (e.g. a malformed ETag left by two writers
            // racing on a store without conditional writes): this entry is damaged, the store itself answers.
            throw new RemoteStoreException("GET " + name + ": the store's answer for this object is malformed (" + exception.GetType().Name + ")", isTransient: true) { IsDamagedObject = true };
        }
    }

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            await _client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = _bucket, Key = _prefix + name }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
        catch (Exception exception) when (IsStoreFailure(exception))
        {
            throw Translate("HEAD", name, exception);
        }
        catch (Exception exception) when (exception is not RemoteStoreException and not OperationCanceledException)
        {
            throw new RemoteStoreException("HEAD " + name + ": the store's answer is malformed (" + exception.GetType().Name + ")", isTransient: false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> PutIfAbsentAsync(string name, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(name, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        try
        {
            using var body = new MemoryStream(content, writable: false);
            await _client.PutObjectAsync(
                new PutObjectRequest
                {
                    BucketName = _bucket,
                    Key = _prefix + name,
                    InputStream = body,
                    ContentType = contentType,
                    IfNoneMatch = "*",
                    UseChunkEncoding = Endpoint is null,
                },
                cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (AmazonS3Exception exception) when (exception.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            return false;
        }
        catch (Exception exception) when (IsStoreFailure(exception))
        {
            throw Translate("PUT", name, exception);
        }
        catch (Exception exception) when (exception is not RemoteStoreException and not OperationCanceledException)
        {
            throw new RemoteStoreException("PUT " + name + ": the store's answer is malformed (" + exception.GetType().Name + ")", isTransient: false);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _client.Dispose();

    private static bool IsStoreFailure(Exception exception) =>
        exception is AmazonServiceException or AmazonClientException or HttpRequestException or IOException
        || (exception is OperationCanceledException && exception is not RemoteStoreException);

    private static RemoteStoreException Translate(string method, string name, Exception exception)
    {
        switch (exception)
        {
            case AmazonServiceException service when service.StatusCode != 0:
            {
                // The error code and status only: the SDK's message can quote the request (never the secret, but keep it short).
                int code = (int)service.StatusCode;
                string hint = code is 401 or 403 ? " (check the AWS credentials, e.g. AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, and the bucket policy)" : string.Empty;
                return new RemoteStoreException(
                    Invariant($"{method} {name} answered {code} {service.ErrorCode}{hint}"), isTransient: code == 429 || code >= 500);
            }

            case OperationCanceledException:
                return new RemoteStoreException(method + " " + name + ": no answer in time", isTransient: false);

            default:
            {
                // Connection refused or reset, no credentials found: the message names the endpoint or the chain, no secret.
                string message = (exception.InnerException ?? exception).Message;
                bool refused = exception.InnerException is HttpRequestException or System.Net.Sockets.SocketException
                    || exception is HttpRequestException;
                return new RemoteStoreException(method + " " + name + ": " + message, isTransient: !refused && exception is not AmazonClientException);
            }
        }
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
