using System.Text.Json;
using System.Text.Json.Serialization;

namespace PixazoTts.Client.Generated;

/// <summary>JSON settings of the generated client (hooked through NSwag's partial method).</summary>
internal partial class PixazoGatewayClient
{
    /// <summary>The settings the generated client uses, shared with the webhook parser so both read
    /// the gateway's documents the same way.</summary>
    internal static JsonSerializerOptions SerializerOptions { get; } = CreateSerializerSettings();

    // Optional request fields are left out rather than sent as null: the documentation's examples
    // omit them, and the gateway applies its own defaults only to absent fields.
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }
}
