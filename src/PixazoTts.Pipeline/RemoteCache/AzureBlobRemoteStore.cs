using System.Globalization;
using Azure;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace PixazoTts.Pipeline.RemoteCache;

/// <summary>
/// A store in an Azure Blob container, <c>azblob://container[/prefix]</c>, with the account from
/// <c>AZURE_STORAGE_CONNECTION_STRING</c> (Azurite's development connection string works too). Uploads are conditional
/// (<c>If-None-Match: *</c>): the service itself refuses to overwrite, so two writers racing cannot both win.
/// </summary>
public sealed class AzureBlobRemoteStore : ITtsRemoteStore
{
    private readonly BlobContainerClient _container;
    private readonly HttpClient _http;
    private readonly string _prefix;

    /// <summary>Creates the store for <paramref name="options"/> (an Azure Blob location).</summary>
    /// <param name="options">The settings.</param>
    public AzureBlobRemoteStore(RemoteCacheOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        Description = options.Location.Description;
        _prefix = options.Location.Prefix.Length > 0 ? options.Location.Prefix + "/" : string.Empty;
#pragma warning disable CA2000 // The HttpClient owns the handler.
        _http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = options.Limits.ConnectTimeout }, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
#pragma warning restore CA2000
        var clientOptions = new BlobClientOptions { Transport = new HttpClientTransport(_http) };
        clientOptions.Retry.MaxRetries = 0;
        clientOptions.Retry.NetworkTimeout = options.Limits.ResponseTimeout;
        clientOptions.Diagnostics.IsLoggingEnabled = false;
        clientOptions.Diagnostics.IsDistributedTracingEnabled = false;
        clientOptions.Diagnostics.IsTelemetryEnabled = false;
        try
        {
            _container = new BlobContainerClient(options.AzureConnectionString, options.Location.Container, clientOptions);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException or InvalidOperationException)
        {
            _http.Dispose();

            // Never the connection string itself: it holds the account key.
            throw new RemoteStoreException("AZURE_STORAGE_CONNECTION_STRING is not a valid connection string", isTransient: false);
        }
    }

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public async Task<byte[]?> GetAsync(string name, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var blob = _container.GetBlobClient(_prefix + name);
            var response = await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            var data = response.Value.Content;
            if (data.ToMemory().Length > maxBytes)
            {
                throw new RemoteStoreException(Invariant($"GET {name}: more than the {maxBytes} bytes accepted"), isTransient: false);
            }

            return data.ToArray();
        }
        catch (RequestFailedException exception) when (exception.Status == 404)
        {
            return null;
        }
        catch (Exception exception) when (IsStoreFailure(exception))
        {
            throw Translate("GET", name, exception);
        }
        catch (Exception exception) when (exception is not RemoteStoreException and not OperationCanceledException)
        {
            throw new RemoteStoreException("GET " + name + ": the store's answer is malformed (" + exception.GetType().Name + ")", isTransient: false);
        }
    }

    /// <inheritdoc />
    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var response = await _container.GetBlobClient(_prefix + name).ExistsAsync(cancellationToken).ConfigureAwait(false);
            return response.Value;
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
        try
        {
            var options = new BlobUploadOptions
            {
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            };
            await _container.GetBlobClient(_prefix + name).UploadAsync(new BinaryData(content), options, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException exception) when (exception.Status is 409 or 412 && exception.ErrorCode != "ContainerNotFound")
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
    public void Dispose() => _http.Dispose();

    private static bool IsStoreFailure(Exception exception) =>
        exception is RequestFailedException or HttpRequestException or IOException or AggregateException
        || (exception is OperationCanceledException && exception is not RemoteStoreException);

    private static RemoteStoreException Translate(string method, string name, Exception exception)
    {
        switch (exception)
        {
            case RequestFailedException failed when failed.Status != 0:
            {
                // Status and error code only: the SDK's message lists the request's headers.
                string hint = failed.Status is 401 or 403
                    ? " (check AZURE_STORAGE_CONNECTION_STRING: the account key or SAS may be wrong or lack permissions)"
                    : failed.ErrorCode == "ContainerNotFound" ? " (create the container first)" : string.Empty;
                return new RemoteStoreException(
                    Invariant($"{method} {name} answered {failed.Status} {failed.ErrorCode}{hint}"),
                    isTransient: failed.Status == 429 || failed.Status >= 500);
            }

            case OperationCanceledException:
                return new RemoteStoreException(method + " " + name + ": no answer in time", isTransient: false);

            default:
            {
                var root = exception;
                while (root.InnerException is not null)
                {
                    root = root.InnerException;
                }

                return new RemoteStoreException(method + " " + name + ": " + root.Message, isTransient: false);
            }
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
