namespace PixazoTts.Cli.Tests.Infrastructure;

/// <summary>
/// Packs PixazoTts.Cli once per run, with a version of its own, into a temporary folder feed, and installs it from there
/// into a temporary tool path, as a user does: <c>dotnet tool install PixazoTts.Cli --tool-path DIR --add-source FEED</c>.
/// </summary>
public sealed class CliToolFixture : IAsyncLifetime
{
    private readonly object _gate = new();
    private Task? _buildPackage;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pixazotts-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string ToolPath => Path.Combine(Root, "tools");

    public string PackageVersion { get; } = "1.0.0-cli." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;

    /// <summary>The installed command.</summary>
    public string Command => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "pixazo-tts.exe" : "pixazo-tts");

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);
        using (await AcquirePackLockAsync())
        {
            var pack = await DotNetCli.RunAsync(
                RepositoryRoot,
                [
                    "pack", Path.Combine(RepositoryRoot, "src", "PixazoTts.Cli"), "-c", "Release", "-o", FeedDirectory,
                    "-p:PackageVersion=" + PackageVersion, "-nodeReuse:false", "--disable-build-servers", "-tl:off",
                ],
                new Dictionary<string, string?>());
            if (!pack.Succeeded)
            {
                throw new InvalidOperationException("Packing PixazoTts.Cli failed: " + pack);
            }
        }

        var install = await DotNetCli.RunAsync(
            Root,
            ["tool", "install", "PixazoTts.Cli", "--tool-path", ToolPath, "--add-source", FeedDirectory, "--version", PackageVersion],
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") });
        if (!install.Succeeded || !File.Exists(Command))
        {
            throw new InvalidOperationException("Installing the pixazo-tts tool failed: " + install);
        }
    }

    /// <summary>
    /// Packs PixazoTts.Build into the same feed with the same version, once per run, for the tests that compare the tool
    /// with a real <c>dotnet build</c> (the others never pay for it).
    /// </summary>
    public Task EnsureBuildPackageAsync()
    {
        lock (_gate)
        {
            return _buildPackage ??= PackBuildPackageAsync();
        }
    }

    /// <summary>Where consumer projects restore their packages (this run's own folder, never the user's cache).</summary>
    public string PackagesDirectory => Path.Combine(Root, "packages");

    private async Task PackBuildPackageAsync()
    {
        using (await AcquirePackLockAsync())
        {
            var pack = await DotNetCli.RunAsync(
                RepositoryRoot,
                [
                    "pack", Path.Combine(RepositoryRoot, "src", "PixazoTts.Build"), "-c", "Release", "-o", FeedDirectory,
                    "-p:PackageVersion=" + PackageVersion, "-nodeReuse:false", "--disable-build-servers", "-tl:off",
                ],
                new Dictionary<string, string?>());
            if (!pack.Succeeded)
            {
                throw new InvalidOperationException("Packing PixazoTts.Build failed: " + pack);
            }
        }
    }

    /// <summary>A fresh folder for one test.</summary>
    public string NewWorkDirectory(string name)
    {
        string directory = Path.Combine(Root, "work", name + "-" + Guid.NewGuid().ToString("N")[..6]);
        Directory.CreateDirectory(directory);
        return directory;
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }

        return Task.CompletedTask;
    }

    // The same lock as the end-to-end suites' packs: two Release builds of the same projects must not overlap.
    private static async Task<FileStream> AcquirePackLockAsync()
    {
        string path = Path.Combine(Path.GetTempPath(), "pixazotts-e2e-pack.lock");
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 1200)
            {
                await Task.Delay(500);
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PixazoTts.Build.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PixazoTts.Build.sln not found above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class CliToolGroup : ICollectionFixture<CliToolFixture>
{
    public const string Name = "pixazo-tts tool";
}
