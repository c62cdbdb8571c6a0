namespace PixazoTts.Emulator.Faults;

/// <summary>A fault injected into a media download.</summary>
internal enum MediaFault
{
    None,
    Truncated,
    NotWav,
}
