namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>
/// Packs PixazoTts.Build once per test run, with a version of its own (so no NuGet cache anywhere can hold a stale
/// copy), into a temporary folder feed that every consumer project restores from, into one shared packages folder.
/// </summary>
public sealed class PackageFeedFixture : IAsyncLifetime
{
    private readonly Dictionary<string, Task> _extraPacks = new(StringComparer.Ordinal);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "pixazotts-e2e-" + Guid.NewGuid().ToString("N")[..8]);

    public string FeedDirectory => Path.Combine(Root, "feed");

    public string PackagesDirectory => Path.Combine(Root, "packages");

    public string PackageVersion { get; } = "1.0.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss") + "." + Environment.ProcessId;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(FeedDirectory);

        // 'dotnet test' runs test assemblies in parallel, and more than one packs the product (end-to-end and
        // reliability suites): two Release builds of the same projects at once would trip over each other's files.
        // A lock file serializes the packs across processes; the lock is released when the process ends.
        using var packLock = await AcquirePackLockAsync();
        var result = await DotNetCli.RunAsync(
            RepositoryRoot,
            [
                "pack", Path.Combine(RepositoryRoot, "src", "PixazoTts.Build"), "-c", "Release", "-o", FeedDirectory,
                "-p:PackageVersion=" + PackageVersion, "-nodeReuse:false", "--disable-build-servers", "-tl:off",
            ],
            new Dictionary<string, string?>());
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Packing PixazoTts.Build failed: " + result);
        }
    }

    /// <summary>
    /// Packs another shipped package (<c>PixazoTts.Client</c>, <c>PixazoTts.Emulator</c>) into the same feed with the
    /// same version, once per run, for the tests that use it (the others never pay for it).
    /// </summary>
    public Task EnsurePackedAsync(string project)
    {
        lock (_extraPacks)
        {
            if (!_extraPacks.TryGetValue(project, out var pack))
            {
                pack = PackAsync(project);
                _extraPacks.Add(project, pack);
            }

            return pack;
        }
    }

    private async Task PackAsync(string project)
    {
        using var packLock = await AcquirePackLockAsync();
        var result = await DotNetCli.RunAsync(
            RepositoryRoot,
            [
                "pack", Path.Combine(RepositoryRoot, "src", project), "-c", "Release", "-o", FeedDirectory,
                "-p:PackageVersion=" + PackageVersion, "-nodeReuse:false", "--disable-build-servers", "-tl:off",
            ],
            new Dictionary<string, string?>());
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Packing " + project + " failed: " + result);
        }
    }

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

/// <summary>Every end-to-end test shares one pack and runs one at a time (each test already builds in parallel).</summary>
[CollectionDefinition(Name)]
public sealed class EndToEndGroup : ICollectionFixture<PackageFeedFixture>
{
    public const string Name = "End to end";
}
