using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace PixazoTts.Reliability.Tests;

/// <summary>
/// Suite 4, the parser on its own: property-based fuzzing of <see cref="TtsScriptParser"/> with FsCheck. Inputs are
/// .tts.json-shaped documents from a small grammar (members the format knows and does not know, ids good and bad,
/// every JSON value type, comments, trailing commas, nesting), then cut, spliced or sprinkled with punctuation,
/// control characters and broken surrogates; plus raw bytes. 10,000 cases in the normal run, 100,000 with
/// <c>PIXAZO_LONG_TESTS=1</c>. FsCheck prints the seed of a failing case, so it can be replayed.
/// </summary>
public sealed class TtsScriptParserPropertyTests(ITestOutputHelper output)
{
    private static readonly int Cases = LongFactAttribute.IsEnabled ? 100_000 : 10_000;

    private static readonly JsonSerializerOptions Escaping = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] Fragments =
    [
        "{", "}", "[", "]", "\"", ":", ",", "/*", "*/", "//", "\n", "\r\n", "\\", "\\u", "\\ud800", "null", "true", "-0", "1e999",
        "\u0000", "\u0001", "\u001f", "\u007f", "\uFEFF", "\uD800", "\uDC00", "\u2028", "😀", "\"lines\"", "\"text\"", "\"voice\"",
        "{\"a\":", new string('[', 70), new string('{', 65),
    ];

    private static readonly string[] GoodIds = ["greeting", "a", "A1", "price-high", "price_high", "v1.2", "0", "Z9"];

    private static readonly string[] BadIds = ["", " ", "-x", "a/b", "é", "..", "a b"];

    private static readonly string[] GoodTexts = ["Hello, traveller!", "[whispers] Stay back!", "[unbalanced", "é😀 日本語", "line\nbreak", "tab\tx", "q\"uote", "\\", "\u0001"];

    private static readonly string[] BadTexts = ["", "   "];

    [Fact]
    public void Mutated_documents_never_throw_and_every_diagnostic_is_well_formed()
    {
        int accepted = 0, rejected = 0;
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases), Prop.ForAll(Arb.From(Mutated()), (string text) =>
        {
            if (CheckText(text))
            {
                accepted++;
            }
            else
            {
                rejected++;
            }
        }));

        // The grammar must reach both sides of the parser, or the property says little.
        output.WriteLine($"{Cases} mutated documents: {accepted} accepted, {rejected} rejected with PTTS errors, no exception");
        Assert.True(accepted > Cases / 20 && rejected > Cases / 20, $"accepted {accepted}, rejected {rejected}");
    }

    [Fact]
    public void Arbitrary_bytes_never_throw_and_every_diagnostic_is_well_formed() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases / 10), Prop.ForAll(Arb.From(Bytes()), (byte[] bytes) => CheckResult(TtsScriptParser.Parse("f.tts.json", bytes), int.MaxValue)));

    [Fact]
    public void Well_formed_documents_keep_every_line_exactly_as_written() =>
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Cases / 10), Prop.ForAll(Arb.From(ValidLines()), (List<(string Id, string Text)> lines) =>
        {
            var members = lines.Select(l => JsonSerializer.Serialize(l.Id, Escaping) + ": " + JsonSerializer.Serialize(l.Text, Escaping));
            string text = "{ \"voice\": \"Kore\", \"lines\": {\n" + string.Join(",\n", members) + "\n} }";

            var result = TtsScriptParser.Parse("f.tts.json", Encoding.UTF8.GetBytes(text));

            Assert.False(result.HasErrors, text + "\n" + string.Join("\n", result.Diagnostics));
            Assert.Equal(lines.Select(l => (l.Id, l.Text)), result.Script!.Lines.Select(l => (l.Id, l.Text)));
        }));

    /// <summary>Checks both entry points on <paramref name="text"/>; true when the parser accepted it (no error).</summary>
    private static bool CheckText(string text)
    {
        var fromText = TtsScriptParser.Parse("f.tts.json", text);
        CheckResult(fromText, text.Length);

        // The task reads bytes, the generator text: for text that is valid UTF-16 both must say the same.
        if (IsWellFormedUtf16(text))
        {
            var fromBytes = TtsScriptParser.Parse("f.tts.json", Encoding.UTF8.GetBytes(text));
            Assert.True(fromText.Equals(fromBytes), "text and bytes disagree for: " + text);
        }

        return !fromText.HasErrors;
    }

    private static void CheckResult(TtsScriptParseResult result, int textLength)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Assert.NotNull(TtsDiagnosticDescriptors.Find(diagnostic.Code));
            Assert.StartsWith("PTTS", diagnostic.Code, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(diagnostic.Message));
            var span = Assert.NotNull(diagnostic.Span);
            Assert.InRange(span.Start, 0, textLength);
            Assert.InRange(span.End, span.Start, textLength);
            Assert.True(span.EndLine > span.StartLine || (span.EndLine == span.StartLine && span.EndColumn >= span.StartColumn));
        }

        Assert.Equal(result.Diagnostics.Any(d => d.Severity == TtsSeverity.Error), result.HasErrors);
        if (!result.HasErrors)
        {
            // Accepted means usable: every line has a valid, unique id and non-blank text.
            var script = Assert.IsType<TtsScript>(result.Script);
            Assert.All(script.Lines, l => Assert.True(TtsScriptParser.IsValidLineId(l.Id) && !string.IsNullOrWhiteSpace(l.Text), l.Id));
            Assert.Equal(script.Lines.Count, script.Lines.Select(l => l.Id).Distinct(StringComparer.Ordinal).Count());
        }
    }

    private static bool IsWellFormedUtf16(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A document from the grammar, then zero to three mutations.</summary>
    private static Gen<string> Mutated() =>
        from document in Document()
        from mutations in Gen.ListOf(Mutation(), 3).SelectMany(all => Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(1, 3))).Select(n => all.Take(n).ToList()))
        select mutations.Aggregate(document, (text, mutate) => mutate(text));

    private static Gen<Func<string, string>> Mutation() =>
        from kind in Gen.Choose(0, 3)
        from fraction in Gen.Choose(0, 1000)
        from length in Gen.Choose(1, 30)
        from fragment in Gen.Elements(Fragments)
        select (Func<string, string>)(text =>
        {
            int at = (int)((long)text.Length * fraction / 1000);
            return kind switch
            {
                0 => text.Insert(at, fragment),
                1 => text.Remove(at, Math.Min(length, text.Length - at)),
                2 => text[..at],
                _ => text.Insert(at, text.Substring(at / 2, Math.Min(length, text.Length - (at / 2)))),
            };
        });

    private static Gen<string> Document() =>
        from bom in Gen.Elements(string.Empty, string.Empty, string.Empty, "\uFEFF")
        from newline in Gen.Elements("\n", "\r\n")
        from leading in Gen.Elements(string.Empty, string.Empty, "// comment" + "\n", "/* block */ ")
        from top in Gen.ListOf(TopMember(), 3).SelectMany(all => Gen.Choose(0, 3).Select(n => all.Take(n).ToList()))
        from lines in Gen.ListOf(LineMember(), 6).SelectMany(all => Gen.Choose(0, 6).Select(n => all.Take(n).ToList()))
        from trailing in Gen.Elements(string.Empty, ",")
        from linesValue in Gen.Frequency((18, Gen.Constant(0)), (1, Gen.Constant(1)), (1, Gen.Constant(2)))
        select bom + leading + "{" + newline
            + string.Concat(top.Select(m => "  " + m + "," + newline))
            + "  \"lines\": " + (linesValue switch
            {
                0 => "{" + newline + string.Join("," + newline, lines.Select(l => "    " + l)) + trailing + newline + "  }",
                1 => "[\"x\"]",
                _ => "null",
            })
            + trailing + newline + "}" + newline;

    private static Gen<string> TopMember() =>
        Gen.Frequency(
            (6, from name in Gen.Elements("$schema", "voice", "prompt", "language_code")
                from value in Gen.Elements("Kore", "Fenrir", "en-US", "Warm, friendly narrator", "../spec/tts.schema.json")
                select Quote(name) + ": " + Quote(value)),
            (1, from name in Gen.Elements("$schema", "voice", "prompt", "language_code", "lines", "extra", "Voice")
                from value in Value(2)
                select Quote(name) + ": " + value));

    private static Gen<string> LineMember() =>
        from id in Gen.Frequency((12, Gen.Elements(GoodIds)), (1, Gen.Elements(BadIds)))
        from form in Gen.Frequency((6, Gen.Constant(0)), (6, Gen.Constant(1)), (1, Gen.Constant(2)), (1, Gen.Constant(3)))
        from text in Gen.Frequency((12, Gen.Elements(GoodTexts)), (1, Gen.Elements(BadTexts)))
        from voice in Gen.Elements("Kore", "kore", "Fenrir", "Nobody")
        from language in Gen.Elements("en-US", "ja-JP", "english", "e")
        from other in Value(3)
        select Quote(id) + ": " + form switch
        {
            0 => Quote(text),
            1 => "{ \"text\": " + Quote(text) + ", \"voice\": " + Quote(voice) + ", \"language_code\": " + Quote(language) + " }",
            2 => "{ \"text\": " + Quote(text) + ", \"text\": " + Quote(text) + " }",
            _ => other,
        };

    /// <summary>Any JSON value, nested up to <paramref name="depth"/> levels.</summary>
    private static Gen<string> Value(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Elements([.. GoodTexts, .. BadTexts]).Select(Quote),
            Gen.Elements("0", "-1", "3.14", "1e3", "true", "false", "null"));
        if (depth == 0)
        {
            return scalar;
        }

        var array = Gen.ListOf(Value(depth - 1), 3).Select(items => "[" + string.Join(", ", items) + "]");
        var obj = Gen.ListOf(Value(depth - 1), 2).Select(items => "{ " + string.Join(", ", items.Select((v, i) => Quote("m" + i) + ": " + v)) + " }");
        return Gen.Frequency((4, scalar), (1, array), (1, obj));
    }

    private static Gen<byte[]> Bytes() =>
        Gen.OneOf(
            Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b)),
            from document in Document()
            from flips in Gen.ListOf(Gen.Zip(Gen.Choose(0, 1000), Gen.Choose(0, 255)), 3)
            select Flip(Encoding.UTF8.GetBytes(document), flips));

    private static byte[] Flip(byte[] bytes, IEnumerable<(int Fraction, int Value)> flips)
    {
        foreach (var (fraction, value) in flips)
        {
            if (bytes.Length > 0)
            {
                bytes[(int)((long)(bytes.Length - 1) * fraction / 1000)] = (byte)value;
            }
        }

        return bytes;
    }

    private static Gen<List<(string, string)>> ValidLines() =>
        Gen.NonEmptyListOf(
            from id in Gen.Elements("greeting", "A1", "price-high", "v1.2", "0", "line_7", "Z")
            from text in ArbMap.Default.GeneratorFor<NonEmptyString>().Select(s => s.Get).Where(s => !string.IsNullOrWhiteSpace(s) && IsWellFormedUtf16(s))
            select (id, text))
        .Select(lines => lines.DistinctBy(l => l.Item1).ToList());

    private static string Quote(string value) => JsonSerializer.Serialize(value, Escaping);
}
