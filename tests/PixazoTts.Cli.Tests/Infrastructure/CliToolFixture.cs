namespace PixazoTts.Cli.Tests.Infrastructure;

/// <summary>
/// Installs PixazoTts.Cli from the run's packed feed (<see cref="ProductPackages"/>) into a temporary tool path, as a
/// user does: <c>dotnet tool install PixazoTts.Cli --tool-path DIR --add-source FEED</c>.
/// </summary>
public sealed class CliToolFixture : IAsyncLifetime
{
    private PackedFeed? _feed;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pixazotts-cli-" + Guid.NewGuid().ToString("N")[..8]);

    public string FeedDirectory => Packed.Directory;

    public string ToolPath => Path.Combine(Root, "tools");

    public string PackageVersion => Packed.Version;

    /// <summary>The installed command.</summary>
    public string Command => Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "pixazo-tts.exe" : "pixazo-tts");

    public static string RepositoryRoot => ProductPackages.RepositoryRoot;

    private PackedFeed Packed => _feed ?? throw new InvalidOperationException("The feed is not packed yet.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        _feed = await ProductPackages.EnsurePackedAsync();
        var install = await DotNetCli.RunAsync(
            Root,
            ["tool", "install", "PixazoTts.Cli", "--tool-path", ToolPath, "--add-source", FeedDirectory, "--version", PackageVersion],
            new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(Root, "packages") });
        if (!install.Succeeded || !File.Exists(Command))
        {
            throw new InvalidOperationException("Installing the pixazo-tts tool failed: " + install);
        }
    }

    /// <summary>Where consumer projects restore their packages (this run's own folder, never the user's cache).</summary>
    public string PackagesDirectory => Path.Combine(Root, "packages");

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
}

[CollectionDefinition(Name)]
public sealed class CliToolGroup : ICollectionFixture<CliToolFixture>
{
    public const string Name = "pixazo-tts tool";
}
