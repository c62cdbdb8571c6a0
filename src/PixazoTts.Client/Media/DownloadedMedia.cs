using PixazoTts.Audio;

namespace PixazoTts.Client.Media;

/// <summary>A downloaded, validated WAV file and where it was finally found.</summary>
internal sealed record DownloadedMedia(byte[] Wav, WavInfo Info, Uri FinalUrl);
