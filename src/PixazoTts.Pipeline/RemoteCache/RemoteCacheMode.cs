namespace PixazoTts.Pipeline.RemoteCache;

/// <summary><c>TtsRemoteCacheMode</c> / <c>PIXAZO_TTS_REMOTE_CACHE_MODE</c> (contract, DESIGN.md "Team cache").</summary>
public enum RemoteCacheMode
{
    /// <summary>The remote is not used.</summary>
    Off,

    /// <summary>Look entries up; never write (the default: developer machines).</summary>
    Read,

    /// <summary>Look up, and upload what this build synthesized (CI).</summary>
    ReadWrite,
}
