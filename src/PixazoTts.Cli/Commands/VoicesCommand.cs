using System.CommandLine;
using PixazoTts.Cli.Output;

namespace PixazoTts.Cli.Commands;

/// <summary><c>voices</c>: the 30 prebuilt Gemini voices with their tones (the list the scripts are checked against).</summary>
internal static class VoicesCommand
{
    public static Command Create(CliConsole console)
    {
        var json = new Option<bool>("--json") { Description = "Write the voices as JSON on standard output." };
        var command = new Command("voices", "List the voices with their tones.");
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            if (parse.GetValue(json))
            {
                JsonOutput.Write(console, GeminiVoices.All.Select(v => new { v.Name, v.Tone }));
            }
            else
            {
                console.Table(["voice", "tone"], GeminiVoices.All.Select(v => (IReadOnlyList<string>)[v.Name, v.Tone]));
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
