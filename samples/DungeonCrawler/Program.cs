using DungeonCrawler;

// TtsAssets is generated at compile time from Voice/**/*.tts.json; each line's audio file (WAV, or Opus where a script
// asks for it) is in the output folder at its Path. pixazo-tts.manifest.json beside it gives every line's duration
// and loudness, so nothing needs decoding.
Console.WriteLine("Dungeon Crawler: voice lines");
var manifest = Manifest.Read(Path.Combine(AppContext.BaseDirectory, "pixazo-tts.manifest.json"));
foreach (var line in TtsAssets.All)
{
    bool present = File.Exists(Path.Combine(AppContext.BaseDirectory, line.Path)) && manifest.ContainsKey(line.Path);
    string duration = present ? $"{manifest[line.Path].DurationMs / 1000.0,5:0.00} s" : "missing";
    Console.WriteLine($"  {line.Path,-36} {duration}  {line.Text}");
}

// A typed member: a renamed or deleted line is a compile error here, not a missing file at run time.
var greeting = TtsAssets.Voice.Npc.Blacksmith.Greeting;
Console.WriteLine($"The blacksmith ({greeting.Voice}) says \"{greeting.Text}\" from {greeting.Path}");

// The cast: every line a character speaks, in any script, for barks picked at random.
var barks = TtsAssets.Cast.Blacksmith;
var bark = barks[Random.Shared.Next(barks.Count)];
Console.WriteLine($"A random line of the blacksmith ({barks.Count} in all): {bark.Path}");

// The lexicon respells names for the voice; the code keeps the written text.
var toast = TtsAssets.Voice.Npc.Innkeeper.Toast;
Console.WriteLine($"{toast.Speaker} toasts \"{toast.Text}\" (spoken as \"{toast.SpokenText}\")");
Console.WriteLine($"The price line is take {TtsAssets.Voice.Npc.Blacksmith.PriceHigh.Take}");
