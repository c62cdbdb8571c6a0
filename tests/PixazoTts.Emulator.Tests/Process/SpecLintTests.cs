using PixazoTts.Emulator.Tests.Infrastructure;

namespace PixazoTts.Emulator.Tests.Process;

/// <summary>The OpenAPI description passes a standard linter (Redocly CLI, pinned in spec/package-lock.json).</summary>
public sealed class SpecLintTests
{
    [Fact]
    public async Task Spec_passes_the_OpenAPI_linter()
    {
        string root = OpenApiSpec.RepositoryRoot;
        if (!Directory.Exists(Path.Combine(root, "spec", "node_modules")))
        {
            var (installExit, installOutput) = await ChildProcess.RunAsync("npm", ["ci", "--prefix", "spec", "--no-audit", "--no-fund"], root, TimeSpan.FromMinutes(10));
            Assert.True(installExit == 0, "npm ci --prefix spec failed:\n" + installOutput);
        }

        var (exit, output) = await ChildProcess.RunAsync("npm", ["run", "lint", "--prefix", "spec"], root, TimeSpan.FromMinutes(5));

        Assert.True(exit == 0, "npm run lint --prefix spec failed:\n" + output);
        Assert.Contains("Your API description is valid", output, StringComparison.Ordinal);
    }
}
