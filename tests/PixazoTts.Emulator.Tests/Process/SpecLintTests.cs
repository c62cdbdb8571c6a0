using PixazoTts.Emulator.Tests.Infrastructure;

namespace PixazoTts.Emulator.Tests.Process;

/// <summary>The OpenAPI description passes a standard linter (Redocly CLI, pinned in spec/package-lock.json).</summary>
public sealed class SpecLintTests
{
    [Fact]
    public async Task The_spec_passes_the_OpenAPI_linter_without_errors()
    {
        string spec = Path.Combine(OpenApiSpec.RepositoryRoot, "spec");
        if (!Directory.Exists(Path.Combine(spec, "node_modules")))
        {
            var (installExit, installOutput) = await ChildProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], spec, TimeSpan.FromMinutes(10));
            Assert.True(installExit == 0, "npm ci failed:\n" + installOutput);
        }

        var (exit, output) = await ChildProcess.RunAsync("npm", ["run", "lint"], spec, TimeSpan.FromMinutes(5));

        Assert.True(exit == 0, "the linter failed:\n" + output);
        Assert.Contains("Your API description is valid", output, StringComparison.Ordinal);
    }
}
