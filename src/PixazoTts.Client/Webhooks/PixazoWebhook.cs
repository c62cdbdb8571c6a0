using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using PixazoTts.Client.Generated;

namespace PixazoTts.Client;

/// <summary>
/// Reads the gateway's webhook callback, for users who run a server and pass
/// <see cref="PixazoTtsClientOptions.WebhookUrl"/>. The callback is not authenticated: treat it as a
/// hint, and confirm the status with the gateway if it matters. Download the media without the key.
/// </summary>
public static class PixazoWebhook
{
    /// <summary>Parses a callback body (the gateway's request-status document).</summary>
    /// <param name="json">The request body the gateway POSTed.</param>
    /// <returns>The job's final status and media URLs.</returns>
    /// <exception cref="FormatException">The body is not a request-status document.</exception>
    public static PixazoWebhookPayload Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return TryParse(json, out var payload, out var problem)
            ? payload
            : throw new FormatException($"The webhook body is not a Pixazo request status: {problem}");
    }

    /// <summary>Parses a callback body, or returns false when it is not a request-status document.</summary>
    /// <param name="json">The request body the gateway POSTed.</param>
    /// <param name="payload">The parsed payload, when this returns true.</param>
    public static bool TryParse(string? json, [NotNullWhen(true)] out PixazoWebhookPayload? payload) =>
        TryParse(json, out payload, out _);

    private static bool TryParse(string? json, [NotNullWhen(true)] out PixazoWebhookPayload? payload, out string? problem)
    {
        payload = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            problem = "it is empty.";
            return false;
        }

        RequestStatus? status;
        try
        {
            using var document = JsonDocument.Parse(json);

            // An absent status would read as the enum's first value (QUEUED): require it explicitly.
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("status", out var statusElement)
                || statusElement.ValueKind != JsonValueKind.String)
            {
                problem = "it is not an object with a status.";
                return false;
            }

            status = document.RootElement.Deserialize<RequestStatus>(PixazoGatewayClient.SerializerOptions);
        }
        catch (JsonException exception)
        {
            problem = exception.Message;
            return false;
        }

        if (status is null || string.IsNullOrEmpty(status.Request_id))
        {
            problem = "request_id is missing.";
            return false;
        }

        payload = new PixazoWebhookPayload(
            status.Request_id,
            ToPublic(status.Status),
            status.Model_id,
            status.Error,
            status.Output?.Media_url?.ToArray() ?? [],
            status.Output?.Media_type,
            status.Created_at,
            status.Updated_at,
            status.Completed_at);
        problem = null;
        return true;
    }

    private static PixazoJobStatus ToPublic(RequestStatusValue status) => status switch
    {
        RequestStatusValue.QUEUED => PixazoJobStatus.Queued,
        RequestStatusValue.PROCESSING => PixazoJobStatus.Processing,
        RequestStatusValue.COMPLETED => PixazoJobStatus.Completed,
        RequestStatusValue.FAILED => PixazoJobStatus.Failed,
        _ => PixazoJobStatus.Error,
    };
}
