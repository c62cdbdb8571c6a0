using System.Text;

namespace PixazoTts.Tests.Scripts;

/// <summary>
/// Mutation fuzzing: valid documents cut, spliced and sprinkled with JSON punctuation, control characters and bad
/// bytes. The parser must never throw, both entry points must agree, and every diagnostic must be a known code with
/// a span inside the text. Seeded, so a failure reproduces.
/// </summary>
public class TtsScriptParserFuzzTests
{
    /// <summary>20,000 mutations in the normal run; 100,000 in the long suite (PIXAZO_LONG_TESTS=1, docs/reliability.md).</summary>
    private static readonly int Cases = Environment.GetEnvironmentVariable("PIXAZO_LONG_TESTS") == "1" ? 100_000 : 20_000;

    private static readonly string[] Seeds =
    {
        "{\n  \"$schema\": \"../spec/tts.schema.json\",\n  \"voice\": \"Kore\",\n  \"language_code\": \"en-US\",\n  \"prompt\": \"Warm\",\n  \"lines\": {\n    \"greeting\": \"Hello, traveller!\",\n    \"warning\": { \"text\": \"[whispers] Stay back!\", \"voice\": \"Fenrir\", \"prompt\": \"Shout\" }\n  }\n}",
        "\uFEFF// comment\r\n{ \"lines\": { \"a\": \"é😀 日本語\", /* c */ \"b\": { \"text\": \"x\", }, }, }\r\n",
        "{\"lines\":{\"x\":\"\\u00e9\\n\\\"q\\\"\",\"y\":{\"text\":\"z\",\"language_code\":\"ja-JP\"}},\"extra\":[1,{\"a\":null},true]}",
    };

    private static readonly string[] Fragments =
    {
        "{", "}", "[", "]", "\"", ":", ",", "/*", "*/", "//", "\n", "\r", "\r\n", "\\", "\\u", "\\ud800", "null", "1e999",
        "\u0001", "\u0000", "\uFEFF", "\uD800", "😀", "\"lines\"", "\"text\"", "{\"a\":", new string('[', 70),
    };

    [Fact]
    public void Mutated_text_never_throws_and_both_entry_points_agree()
    {
        var random = new Random(20260401);
        for (int i = 0; i < Cases; i++)
        {
            string text = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var fromText = TtsScriptParser.Parse("f.tts.json", text);
            var fromBytes = TtsScriptParser.Parse("f.tts.json", Encoding.UTF8.GetBytes(text));

            Assert.True(fromText.Equals(fromBytes), "entry points disagree for: " + text);
            CheckInvariants(fromText, text.Length);
        }
    }

    [Fact]
    public void Mutated_bytes_never_throw()
    {
        var random = new Random(7);
        for (int i = 0; i < Cases / 2; i++)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(Seeds[random.Next(Seeds.Length)]);
            int flips = random.Next(1, 4);
            for (int f = 0; f < flips; f++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            if (random.Next(3) == 0)
            {
                Array.Resize(ref bytes, random.Next(bytes.Length));
            }

            var result = TtsScriptParser.Parse("f.tts.json", bytes);
            CheckInvariants(result, int.MaxValue);
        }
    }

    private static void CheckInvariants(TtsScriptParseResult result, int textLength)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.NotNull(TtsDiagnosticDescriptors.Find(diagnostic.Code));
            var span = diagnostic.Span!.Value;
            Assert.InRange(span.Start, 0, textLength);
            Assert.InRange(span.End, span.Start, textLength);
            Assert.True(span.EndLine > span.StartLine || (span.EndLine == span.StartLine && span.EndColumn >= span.StartColumn));
        }

        if (!result.HasErrors)
        {
            Assert.NotNull(result.Script);
        }
    }

    private static string Mutate(string text, Random random)
    {
        var builder = new StringBuilder(text);
        int mutations = random.Next(1, 4);
        for (int m = 0; m < mutations; m++)
        {
            int at = random.Next(builder.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    builder.Insert(at, Fragments[random.Next(Fragments.Length)]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(random.Next(1, 12), builder.Length - at));
                    break;
                case 2:
                    builder.Length = at;
                    break;
                default:
                    int from = random.Next(builder.Length + 1);
                    builder.Insert(at, builder.ToString(from, Math.Min(random.Next(1, 30), builder.Length - from)));
                    break;
            }
        }

        return builder.ToString();
    }
}
