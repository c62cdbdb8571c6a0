using DungeonCrawler;

// Every line of Voice/**/*.tts.json became a WAV in the output folder at Voice/<file>/<line id>.wav.
Console.WriteLine("Dungeon Crawler: voice lines");
string voiceFolder = Path.Combine(AppContext.BaseDirectory, "Voice");
foreach (string file in Directory.EnumerateFiles(voiceFolder, "*.wav", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
{
    string path = Path.GetRelativePath(AppContext.BaseDirectory, file).Replace('\\', '/');
    Console.WriteLine($"  {path,-36} {WavDuration.Read(file).TotalSeconds,5:0.00} s");
}
