using DungeonCrawler;

// TtsAssets is generated at compile time from Voice/**/*.tts.json; each line's WAV is in the output folder at its Path.
Console.WriteLine("Dungeon Crawler: voice lines");
foreach (var line in TtsAssets.All)
{
    string file = Path.Combine(AppContext.BaseDirectory, line.Path);
    string duration = File.Exists(file) ? $"{WavDuration.Read(file).TotalSeconds,5:0.00} s" : "missing";
    Console.WriteLine($"  {line.Path,-36} {duration}  {line.Text}");
}

// A typed member: a renamed or deleted line is a compile error here, not a missing file at run time.
var greeting = TtsAssets.Voice.Npc.Blacksmith.Greeting;
Console.WriteLine($"The blacksmith ({greeting.Voice}) says \"{greeting.Text}\" from {greeting.Path}");
