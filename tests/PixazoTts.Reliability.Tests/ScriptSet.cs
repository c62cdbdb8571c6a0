using System.Text;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Reliability.Tests;

/// <summary>Writes N distinct lines spread over script files, the way a game's voice folder grows.</summary>
public static class ScriptSet
{
    /// <summary>Writes <paramref name="lines"/> lines in <paramref name="files"/> files; returns the texts.</summary>
    public static IReadOnlyList<string> Write(ConsumerProject project, int lines, int files, string tag = "line", int firstLine = 0)
    {
        var texts = new List<string>();
        for (int file = 0; file < files; file++)
        {
            var script = new StringBuilder("{\n  \"voice\": \"Kore\",\n  \"lines\": {\n");
            var ids = Enumerable.Range(0, lines).Where(i => i % files == file).ToList();
            for (int n = 0; n < ids.Count; n++)
            {
                string text = $"{tag} {firstLine + ids[n]}: the torches flicker in the hall.";
                texts.Add(text);
                script.Append("    \"l").Append(firstLine + ids[n]).Append("\": \"").Append(text).Append('"').Append(n + 1 < ids.Count ? ",\n" : "\n");
            }

            project.WriteFile($"Voice/{tag}/part{file:D2}.tts.json", script.Append("  }\n}\n").ToString());
        }

        return texts;
    }
}
