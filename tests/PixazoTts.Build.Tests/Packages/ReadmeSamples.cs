using System.Text.RegularExpressions;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests.Packages;

/// <summary>The code blocks of one README.md section, read from the file so the tests run exactly what it shows.</summary>
internal static partial class ReadmeSamples
{
    /// <summary>The bodies of the <c>```<paramref name="language"/></c> blocks between <paramref name="heading"/> and the next heading of the same level.</summary>
    public static IReadOnlyList<string> CodeBlocks(string heading, string language)
    {
        string readme = File.ReadAllText(Path.Combine(PackageFeedFixture.RepositoryRoot, "README.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        int start = readme.IndexOf("\n" + heading + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no section '" + heading + "'");
        string level = heading[..(heading.IndexOf(' ', StringComparison.Ordinal) + 1)];
        int end = readme.IndexOf("\n" + level, start + heading.Length + 1, StringComparison.Ordinal);
        string section = end < 0 ? readme[start..] : readme[start..end];
        return CodeBlock().Matches(section)
            .Where(m => m.Groups["language"].Value == language)
            .Select(m => m.Groups["code"].Value)
            .ToList();
    }

    [GeneratedRegex(@"^```(?<language>[a-z]*)\n(?<code>.*?)^```", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex CodeBlock();
}
