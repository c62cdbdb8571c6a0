using System.Diagnostics;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Pipeline.Tests.Servers;

/// <summary>
/// The npm-installed storage servers in <c>tests/tools</c> (Azurite, s3rver). .ci/run installs them with
/// <c>npm ci --prefix tests/tools</c>; a developer's first test run does it here if they are missing.
/// </summary>
public static class NodeTools
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    public static string Directory => Path.Combine(PackageFeedFixture.RepositoryRoot, "tests", "tools");

    /// <summary>The path of an installed tool's command, installing the folder's packages first when needed.</summary>
    public static async Task<string> CommandAsync(string name)
    {
        string command = Path.Combine(Directory, "node_modules", ".bin", name);
        if (File.Exists(command))
        {
            return command;
        }

        await InstallLock.WaitAsync();
        try
        {
            if (!File.Exists(command))
            {
                await InstallAsync();
            }
        }
        finally
        {
            InstallLock.Release();
        }

        return File.Exists(command)
            ? command
            : throw new InvalidOperationException($"{command} is missing after 'npm ci --prefix tests/tools'; check tests/tools/package.json.");
    }

    private static async Task InstallAsync()
    {
        var start = new ProcessStartInfo("npm", ["ci", "--prefix", Directory, "--no-audit", "--no-fund"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            throw new InvalidOperationException("npm is needed to install the test servers in tests/tools (Node.js 18+; .ci/run installs it): " + exception.Message);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm ci --prefix tests/tools failed ({process.ExitCode}):{Environment.NewLine}{await output}{await error}");
            }
        }
    }
}
