namespace PixazoTts.Pipeline.Planning;

/// <summary>Where missing audio comes from (the <c>TtsProvider</c> property).</summary>
internal enum TtsProviderKind
{
    /// <summary>Cached audio, else the gateway when a key is set, else the placeholder voice (with PTTS2002).</summary>
    Auto,

    /// <summary>The gateway only; a line to synthesize without a key is PTTS2003.</summary>
    Pixazo,

    /// <summary>The offline placeholder voice only; the gateway is never called.</summary>
    Placeholder,
}
