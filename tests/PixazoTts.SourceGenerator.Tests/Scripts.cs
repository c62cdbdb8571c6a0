namespace PixazoTts.SourceGenerator.Tests;

/// <summary>Representative scripts shared by the tests.</summary>
internal static class Scripts
{
    /// <summary>The example of docs/contracts.md ("Script format"), verbatim.</summary>
    public const string Intro = """
        {
          "voice": "Kore",
          "language_code": "en-US",
          "prompt": "Warm, friendly narrator",
          "lines": {
            "greeting": "Hello, traveller!",
            "warning": { "text": "Stay back!", "voice": "Fenrir", "prompt": "Shout it, urgently" }
          }
        }
        """;

    public const string Blacksmith = """
        {
          "voice": "Algenib",
          "lines": {
            "price-high": "Fifty gold. Take it or leave it.",
            "hello": { "text": "[laughs] Need something forged?", "language_code": "en-GB" }
          }
        }
        """;

    public const string Innkeeper = """
        {
          "lines": {
            "welcome": "Welcome to the Sleeping Dragon!",
            "room": "A room is five silver a night."
          }
        }
        """;
}
