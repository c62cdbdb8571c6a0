using System.Text;

namespace PixazoTts.Tests.Shared;

/// <summary>
/// Broken <c>.tts.json</c> files for the bad-input suites (the task and the generator must each give every one a
/// PTTS error, never a crash), and odd but valid ones (which both must accept). Made in code: the 10 MB file is
/// never committed, and every case says what it breaks.
/// </summary>
public static class MalformedScriptCorpus
{
    private const string Valid = "{\n  \"voice\": \"Kore\",\n  \"lines\": {\n    \"greeting\": \"Hello, traveller!\",\n    \"farewell\": { \"text\": \"Safe travels.\", \"prompt\": \"Warm\" }\n  }\n}\n";

    /// <summary>At least 100 broken files: (name usable as a file name, content bytes).</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> Broken()
    {
        var cases = new List<(string, byte[])>();
        void Add(string name, string text) => cases.Add((name, Encoding.UTF8.GetBytes(text)));

        // Truncations of a valid file at every structural point (each cut leaves unbalanced JSON).
        byte[] valid = Encoding.UTF8.GetBytes(Valid);
        for (int cut = 1; cut < valid.Length - 2; cut += 3)
        {
            cases.Add(($"truncated-at-{cut:D3}", valid[..cut]));
        }

        // Structure and types.
        Add("empty-file", string.Empty);
        Add("whitespace-only", "   \n\t  ");
        Add("top-level-array", "[]");
        Add("top-level-string", "\"lines\"");
        Add("top-level-number", "42");
        Add("top-level-null", "null");
        Add("no-lines", "{ \"voice\": \"Kore\" }");
        Add("lines-null", "{ \"lines\": null }");
        Add("lines-string", "{ \"lines\": \"hello\" }");
        Add("lines-array", "{ \"lines\": [\"hello\"] }");
        Add("line-number", "{ \"lines\": { \"a\": 1 } }");
        Add("line-bool", "{ \"lines\": { \"a\": true } }");
        Add("line-null", "{ \"lines\": { \"a\": null } }");
        Add("line-array", "{ \"lines\": { \"a\": [\"x\"] } }");
        Add("text-number", "{ \"lines\": { \"a\": { \"text\": 1 } } }");
        Add("text-object", "{ \"lines\": { \"a\": { \"text\": { \"x\": 1 } } } }");
        Add("text-missing", "{ \"lines\": { \"a\": { \"voice\": \"Kore\" } } }");
        Add("text-empty", "{ \"lines\": { \"a\": \"\" } }");
        Add("text-spaces", "{ \"lines\": { \"a\": \"   \\t \" } }");
        Add("voice-number", "{ \"voice\": 3, \"lines\": { \"a\": \"x\" } }");
        Add("prompt-array", "{ \"prompt\": [], \"lines\": { \"a\": \"x\" } }");
        Add("language-bool", "{ \"language_code\": false, \"lines\": { \"a\": \"x\" } }");
        Add("line-voice-number", "{ \"lines\": { \"a\": { \"text\": \"x\", \"voice\": 1 } } }");
        Add("schema-number", "{ \"$schema\": 1, \"lines\": { \"a\": \"x\" } }");

        // Ids.
        Add("id-empty", "{ \"lines\": { \"\": \"x\" } }");
        Add("id-space", "{ \"lines\": { \"a b\": \"x\" } }");
        Add("id-leading-dash", "{ \"lines\": { \"-a\": \"x\" } }");
        Add("id-slash", "{ \"lines\": { \"a/b\": \"x\" } }");
        Add("id-dotdot", "{ \"lines\": { \"..\": \"x\" } }");
        Add("id-unicode", "{ \"lines\": { \"héllo\": \"x\" } }");
        Add("id-duplicate", "{ \"lines\": { \"a\": \"x\", \"a\": \"y\" } }");
        Add("id-same-identifier", "{ \"lines\": { \"price-high\": \"x\", \"price_high\": \"y\" } }");
        Add("id-case-only", "{ \"lines\": { \"hello\": \"x\", \"HELLO\": \"y\" } }");

        // Duplicate members.
        Add("duplicate-lines", "{ \"lines\": { \"a\": \"x\" }, \"lines\": { \"b\": \"y\" } }");
        Add("duplicate-voice", "{ \"voice\": \"Kore\", \"voice\": \"Puck\", \"lines\": { \"a\": \"x\" } }");
        Add("duplicate-text", "{ \"lines\": { \"a\": { \"text\": \"x\", \"text\": \"y\" } } }");

        // Syntax.
        Add("missing-comma", "{ \"lines\": { \"a\": \"x\" \"b\": \"y\" } }");
        Add("missing-colon", "{ \"lines\": { \"a\" \"x\" } }");
        Add("single-quotes", "{ 'lines': { 'a': 'x' } }");
        Add("unquoted-key", "{ lines: { a: \"x\" } }");
        Add("two-documents", "{ \"lines\": { \"a\": \"x\" } } { }");
        Add("trailing-garbage", "{ \"lines\": { \"a\": \"x\" } } xyz");
        Add("unterminated-string", "{ \"lines\": { \"a\": \"x } }");
        Add("unterminated-comment", "{ /* \"lines\": { \"a\": \"x\" } }");
        Add("bad-escape", "{ \"lines\": { \"a\": \"\\q\" } }");
        Add("bad-unicode-escape", "{ \"lines\": { \"a\": \"\\u12G4\" } }");
        Add("nan", "{ \"lines\": { \"a\": NaN } }");
        Add("hex-number", "{ \"lines\": { \"a\": 0x10 } }");
        Add("leading-zero", "{ \"lines\": { \"a\": 01 } }");
        Add("control-char-in-string", "{ \"lines\": { \"a\": \"x\u0001y\" } }");
        Add("raw-newline-in-string", "{ \"lines\": { \"a\": \"line one\nline two\" } }");
        Add("raw-tab-in-string", "{ \"lines\": { \"a\": \"x\ty\" } }");
        Add("nul-byte", "{ \"lines\": { \"a\": \"x\" } }\0");
        Add("only-open-brace", "{");
        Add("only-close-brace", "}");
        Add("extra-close", "{ \"lines\": { \"a\": \"x\" } }}");
        Add("deep-nesting-1000", new string('[', 1000) + new string(']', 1000));
        Add("deep-nesting-in-lines", "{ \"lines\": { \"a\": " + new string('{', 100) + new string('}', 100) + " } }");
        Add("deep-nesting-unclosed", "{ \"lines\": " + new string('[', 5000));

        // Encodings.
        cases.Add(("invalid-utf8-byte", [.. "{ \"lines\": { \"a\": \"caf"u8.ToArray(), 0xE9, .. "\" } }"u8.ToArray()]));
        cases.Add(("invalid-utf8-continuation", [.. "{ \"lines\": { \"a\": \""u8.ToArray(), 0x80, 0x80, .. "\" } }"u8.ToArray()]));
        cases.Add(("invalid-utf8-overlong", [.. "{ \"lines\": { \"a\": \""u8.ToArray(), 0xC0, 0xAF, .. "\" } }"u8.ToArray()]));
        cases.Add(("invalid-utf8-surrogate", [.. "{ \"lines\": { \"a\": \""u8.ToArray(), 0xED, 0xA0, 0x80, .. "\" } }"u8.ToArray()]));
        cases.Add(("invalid-utf8-truncated-sequence", [.. "{ \"lines\": { \"a\": \"x"u8.ToArray(), 0xE2, 0x82]));
        cases.Add(("utf16-le-bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes("{ \"lines\": { \"a\": \"x\" } }")]));
        cases.Add(("utf16-be-bom", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("{ \"lines\": { \"a\": \"x\" } }")]));
        cases.Add(("binary-noise", Enumerable.Range(0, 512).Select(i => (byte)((i * 131 + 7) % 256)).ToArray()));

        // Size: a 10 MB file whose single string never ends.
        var huge = new StringBuilder("{ \"lines\": { \"a\": \"", 10 * 1024 * 1024 + 64);
        huge.Append('x', 10 * 1024 * 1024);
        Add("ten-megabytes-unterminated", huge.ToString());

        return cases;
    }

    /// <summary>Odd but valid files, each of which must be accepted (warnings allowed, no error).</summary>
    public static IReadOnlyList<(string Name, byte[] Content)> OddButValid()
    {
        var cases = new List<(string, byte[])>();
        void Add(string name, string text) => cases.Add((name, Encoding.UTF8.GetBytes(text)));

        cases.Add(("utf8-bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{ \"lines\": { \"line-bom\": \"A file with a byte order mark.\" } }")]));
        Add("crlf", "{\r\n  \"lines\": {\r\n    \"line-crlf\": \"Windows line ends.\"\r\n  }\r\n}\r\n");
        Add("comments", "// a comment\n{\n  /* block */ \"lines\": { \"c\": \"Comments are allowed.\" } // trailing\n}\n");
        Add("trailing-commas", "{ \"lines\": { \"t\": \"Trailing commas are allowed.\", }, }");
        Add("escapes", "{ \"lines\": { \"e\": \"Quote \\\" backslash \\\\ tab\\t unicode \\u00e9 \\ud83d\\udc09\" } }");
        Add("scripts", "{ \"lines\": { "
            + "\"latin\": \"Grüße, çà et là, ¿qué tal?\", \"greek\": \"Καλημέρα κόσμε\", \"cyrillic\": \"Привет, мир\", "
            + "\"armenian\": \"Բարեւ աշխարհ\", \"hebrew\": \"שלום עולם\", \"arabic\": \"مرحبا بالعالم\", \"devanagari\": \"नमस्ते दुनिया\", "
            + "\"bengali\": \"ওহে বিশ্ব\", \"tamil\": \"வணக்கம் உலகம்\", \"thai\": \"สวัสดีชาวโลก\", \"georgian\": \"გამარჯობა მსოფლიო\", "
            + "\"hangul\": \"안녕하세요 세계\", \"japanese\": \"こんにちは世界、カタカナ\", \"chinese\": \"你好，世界\", \"ethiopic\": \"ሰላም ልዑል\", "
            + "\"emoji\": \"Dragons 🐉 and swords ⚔️\", \"combining\": \"e\\u0301 n\\u0303\", \"rtl-mixed\": \"abc שלום 123\" } }");
        Add("long-text", "{ \"lines\": { \"long\": \"" + string.Join(" ", Enumerable.Repeat("The torches flicker as you walk deeper into the hall.", 40)) + "\" } }");
        Add("nested-prompt-text", "{ \"prompt\": \"Say {this} [like] \\\"that\\\"\", \"lines\": { \"n\": \"Brackets {} and [laughs] tags.\" } }");
        Add("many-lines", "{ \"lines\": { " + string.Join(", ", Enumerable.Range(0, 300).Select(i => $"\"l{i}\": \"Line {i}.\"")) + " } }");
        return cases;
    }
}
