namespace PixazoTts.Emulator.Faults;

/// <summary>A fault injected into a gateway request before it is handled.</summary>
internal enum GatewayFault
{
    None,
    Drop,
    ServerError,
    RateLimited,
}
