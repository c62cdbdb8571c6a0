using System.Security.Cryptography;
using System.Text;

namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>
/// The shipped packages (PixazoTts.Build, .Cli, .Client, .Emulator), packed once for every test assembly of a run into
/// one folder feed named after the product's sources.
/// </summary>
/// <remarks>
/// Four test assemblies install these packages, and <c>dotnet test</c> runs them as separate processes. Each used to pack
/// its own copy (six Release packs per run, serialized by a lock): the biggest fixed cost of the test run. Now the first
/// process packs all four under the lock and the others find the feed complete.
///
/// The version is derived from a fingerprint of everything that goes into a package (every file under src/, build/ and
/// spec/ but build outputs, and the repository's root files: path, size and last write time). So an edit anywhere gives
/// a new version and a new feed, and no packages folder or NuGet cache can serve a copy older than the sources; the same
/// sources give the same version, which is what makes sharing the feed safe.
/// </remarks>
public static class ProductPackages
{
    private static readonly Lazy<Task<PackedFeed>> Packed = new(PackAsync);

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The feed (packing it if no process of this run has yet).</summary>
    public static Task<PackedFeed> EnsurePackedAsync() => Packed.Value;

    private static async Task<PackedFeed> PackAsync()
    {
        string fingerprint = Fingerprint(RepositoryRoot);
        var feed = new PackedFeed(
            Path.Combine(Path.GetTempPath(), "pixazotts-feed-" + fingerprint[..16]),
            "1.0.0-test." + fingerprint[..12]);
        string completeMarker = Path.Combine(feed.Directory, ".complete");

        // Two Release builds of the same projects at once would trip over each other's files: the lock serializes packs
        // across processes (and across test runs of other clones); it is released when the stream is disposed.
        using var packLock = await AcquirePackLockAsync();
        if (File.Exists(completeMarker))
        {
            return feed;
        }

        if (Directory.Exists(feed.Directory))
        {
            Directory.Delete(feed.Directory, recursive: true); // a pack that did not finish
        }

        RemoveStaleFeeds(feed.Directory);
        Directory.CreateDirectory(feed.Directory);
        var result = await DotNetCli.RunAsync(
            RepositoryRoot,
            [
                "pack", Path.Combine(RepositoryRoot, "PixazoTts.Packages.slnf"), "-c", "Release", "-o", feed.Directory,
                "-p:PackageVersion=" + feed.Version, "-nodeReuse:false", "--disable-build-servers", "-tl:off",
            ],
            new Dictionary<string, string?>(),
            // A Release build of every product project when nothing is built yet, on a busy 2-core machine.
            TimeSpan.FromMinutes(20));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Packing the product's packages failed: " + result);
        }

        await File.WriteAllTextAsync(completeMarker, feed.Version);
        return feed;
    }

    private static string Fingerprint(string root)
    {
        var files = new List<string>();
        foreach (string folder in new[] { "src", "build", "spec" })
        {
            string directory = Path.Combine(root, folder);
            if (Directory.Exists(directory))
            {
                files.AddRange(Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(path => !IsBuildOutput(root, path)));
            }
        }

        files.AddRange(Directory.EnumerateFiles(root));
        files.Sort(StringComparer.Ordinal);

        var text = new StringBuilder();
        foreach (string file in files)
        {
            var info = new FileInfo(file);
            text.Append(Path.GetRelativePath(root, file)).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static bool IsBuildOutput(string root, string path)
    {
        foreach (string segment in Path.GetRelativePath(root, path).Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (segment is "bin" or "obj" or "node_modules")
            {
                return true;
            }
        }

        return false;
    }

    // Feeds of older sources are never used again; those untouched for a day are removed so temp does not fill up.
    private static void RemoveStaleFeeds(string current)
    {
        foreach (string directory in Directory.EnumerateDirectories(Path.GetTempPath(), "pixazotts-feed-*"))
        {
            if (directory != current && Directory.GetLastWriteTimeUtc(directory) < DateTime.UtcNow.AddDays(-1))
            {
                try
                {
                    Directory.Delete(directory, recursive: true);
                }
                catch (IOException)
                {
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
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

/// <summary>A folder feed holding every shipped package at <see cref="Version"/>.</summary>
public sealed record PackedFeed(string Directory, string Version);
