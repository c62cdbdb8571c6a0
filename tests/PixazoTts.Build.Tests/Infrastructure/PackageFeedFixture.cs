namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>
/// The packed product (<see cref="ProductPackages"/>: one folder feed for every test assembly of the run, with a version
/// no NuGet cache can hold a stale copy of) and a packages folder of this test assembly's own, that every consumer
/// project restores into.
/// </summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    private PackedFeed? _feed;

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pixazotts-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public string FeedDirectory => Packed.Directory;

    public string PackagesDirectory => Path.Combine(Root, "packages");

    public string PackageVersion => Packed.Version;

    public static string RepositoryRoot => ProductPackages.RepositoryRoot;

    private PackedFeed Packed => _feed ?? throw new InvalidOperationException("The feed is not packed yet.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        _feed = await ProductPackages.EnsurePackedAsync();
    }

    /// <summary>A fresh folder for one consumer project (or a group of them).</summary>
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
            // A straggling child process may still hold a file; the OS cleans the temp folder eventually.
        }

        return Task.CompletedTask;
    }
}

/// <summary>Every end-to-end test shares one pack and runs one at a time (each test already builds in parallel).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "End to end";
}
