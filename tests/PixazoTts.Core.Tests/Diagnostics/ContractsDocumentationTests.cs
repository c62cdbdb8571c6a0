using System.Text.Json;
using System.Text.RegularExpressions;

namespace PixazoTts.Tests.Diagnostics;

/// <summary>Keeps docs/contracts.md true: its worked cache-key examples and its configuration names.</summary>
public class ContractsDocumentationTests
{
    private static string Contracts => File.ReadAllText(Path.Combine(RepoRoot.Path, "docs", "contracts.md"));

    [Fact]
    public void Every_worked_example_of_the_cache_key_is_what_the_product_computes()
    {
        string section = Contracts[Contracts.IndexOf("### Worked examples", StringComparison.Ordinal)..];
        var block = Regex.Match(section, "```json\\n(?<json>.*?)```", RegexOptions.Singleline);
        Assert.True(block.Success, "no json block under 'Worked examples'");

        using var examples = JsonDocument.Parse(block.Groups["json"].Value);
        Assert.True(examples.RootElement.GetArrayLength() >= 6);
        foreach (var example in examples.RootElement.EnumerateArray())
        {
            string? Value(string name) => example.GetProperty(name).ValueKind == JsonValueKind.Null ? null : example.GetProperty(name).GetString();
            var utterance = new TtsUtterance(Value("text")!, voice: Value("voice"), prompt: Value("prompt"), languageCode: Value("language_code"));
            Assert.Equal(Value("key"), TtsCacheKey.Compute(Value("model")!, utterance));
        }
    }

    [Fact]
    public void The_bytes_shown_for_the_first_example_hash_to_its_key()
    {
        string section = Contracts[Contracts.IndexOf("## Cache key", StringComparison.Ordinal)..];
        var block = Regex.Match(section, "```text\\n(?<bytes>.*?)```", RegexOptions.Singleline);
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(block.Groups["bytes"].Value);

        Assert.Equal(
            "a6a56c98e78ed2fb90047bbfc66c69b9cb24ac29eefc7f189e0f0f6de9ee1984",
            Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(bytes)).ToLowerInvariant());
    }

    [Fact]
    public void Every_MSBuild_name_in_the_configuration_table_is_read_by_the_targets()
    {
        string section = Contracts[Contracts.IndexOf("## Configuration names", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 3, StringComparison.Ordinal)];
        string targets = File.ReadAllText(Path.Combine(RepoRoot.Path, "build", "PixazoTts.Build.targets")) + File.ReadAllText(Path.Combine(RepoRoot.Path, "build", "PixazoTts.Build.props"));

        var names = Regex.Matches(section, "`((?:Tts|Pixazo)[A-Za-z]+)`").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Contains("TtsCacheDirectory", names);
        Assert.Contains("TtsAsset", names);
        Assert.Contains("TtsCast", names);
        Assert.All(names, name => Assert.Contains(name is "TtsAsset" or "TtsCast" ? "@(" + name + ")" : "$(" + name + ")", targets, StringComparison.Ordinal));
    }
}
