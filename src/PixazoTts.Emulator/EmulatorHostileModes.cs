namespace PixazoTts.Emulator;

/// <summary>
/// Hostile gateway behaviours for security tests (knob <c>--hostile MODE</c>, repeatable). Each one is something a
/// compromised or buggy gateway could do; a client must fail clearly and never send its key anywhere but the gateway.
/// </summary>
[Flags]
public enum EmulatorHostileModes
{
    /// <summary>A faithful gateway.</summary>
    None = 0,

    /// <summary><c>file-media-url</c>: a completed job's <c>media_url</c> is <c>file:///etc/passwd</c>.</summary>
    FileMediaUrl = 1,

    /// <summary><c>foreign-media-url</c>: <c>media_url</c> is on the foreign origin (<see cref="EmulatorOptions.ForeignBaseUrl"/>).</summary>
    ForeignMediaUrl = 2,

    /// <summary><c>redirect-media</c>: the media answers 302 to the same file on the foreign origin (served there).</summary>
    RedirectMedia = 4,

    /// <summary><c>oversize-media</c>: the media is a valid-looking WAV with a huge body, streamed with its Content-Length.</summary>
    OversizeMedia = 8,

    /// <summary><c>oversize-media-chunked</c>: like <see cref="OversizeMedia"/> but chunked, without a Content-Length.</summary>
    OversizeMediaChunked = 16,

    /// <summary><c>never-finish</c>: jobs stay PROCESSING forever.</summary>
    NeverFinish = 32,

    /// <summary><c>foreign-polling-url</c>: <c>polling_url</c> is on the foreign origin.</summary>
    ForeignPollingUrl = 64,
}
