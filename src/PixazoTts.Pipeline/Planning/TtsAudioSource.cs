namespace PixazoTts.Pipeline.Planning;

/// <summary>Where a distinct line's audio comes from in this build.</summary>
internal enum TtsAudioSource
{
    /// <summary>Real audio already in the cache (gateway key).</summary>
    CachedGateway,

    /// <summary>Placeholder audio already in the cache (placeholder key).</summary>
    CachedPlaceholder,

    /// <summary>To be synthesized by the gateway.</summary>
    Gateway,

    /// <summary>To be made by the offline placeholder voice.</summary>
    Placeholder,
}
