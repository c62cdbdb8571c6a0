using System.Globalization;
using System.Text;

namespace PixazoTts.Benchmarks.Scenarios;

/// <summary>
/// A temporary folder with a freshly packed PixazoTts.Build in a folder feed, and consumer projects that use it
/// (or are the same project without it, the baseline of every ratio).
/// </summary>
public sealed class Workspace : IDisposable
{
    private Workspace(string root, string version)
    {
        Root = root;
        Version = version;
    }

    public string Root { get; }

    public string Version { get; }

    public string Feed => Path.Combine(Root, "feed");

    public string Packages => Path.Combine(Root, "packages");

    public static async Task<Workspace> CreateAsync(string repositoryRoot)
    {
        string root = Path.Combine(Path.GetTempPath(), "pixazotts-bench-" + Guid.NewGuid().ToString("N")[..8]);
        string version = "1.0.0-bench." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var workspace = new Workspace(root, version);
        Directory.CreateDirectory(workspace.Feed);
        var pack = await Measured.RunAsync(repositoryRoot, new Dictionary<string, string?>(), false, "pack", Path.Combine(repositoryRoot, "src", "PixazoTts.Build"), "-c", "Release", "-o", workspace.Feed, "-p:PackageVersion=" + version, "-nodeReuse:false", "--disable-build-servers");
        pack.EnsureSucceeded("dotnet pack");
        return workspace;
    }

    /// <summary>
    /// A console project with <paramref name="lines"/> lines in <paramref name="files"/> scripts, with or without the
    /// package; its code is a one-line program, or with <paramref name="smallGame"/> the 20 C# files of a small game
    /// (Scenarios/SmallGame: a headless roguelike), the real-size baseline of the clean build.
    /// </summary>
    public string CreateProject(string name, int lines, int files, bool withPackage, string tag = "line", bool smallGame = false)
    {
        string directory = Path.Combine(Root, name);
        Directory.CreateDirectory(directory);
        // Like the end-to-end tests' consumers: a packages folder of its own, only the bench feed, and nothing imported
        // from folders above the temp directory.
        File.WriteAllText(Path.Combine(directory, "Directory.Build.props"), $"<Project><PropertyGroup><RestorePackagesPath>{Packages}</RestorePackagesPath></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(directory, "Directory.Build.targets"), "<Project />");
        File.WriteAllText(Path.Combine(directory, "Directory.Packages.props"), "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        File.WriteAllText(Path.Combine(directory, "nuget.config"), $"<configuration><packageSources><clear /><add key=\"bench\" value=\"{Feed}\" /></packageSources></configuration>");
        // The cost brake (TtsMaxCostUsd, default $10) would stop the first build of 1,000 new lines; set in the project, so
        // every build of it has the same settings file.
        string package = withPackage ? $"<PackageReference Include=\"PixazoTts.Build\" Version=\"{Version}\" PrivateAssets=\"all\" /><TtsAsset Include=\"Voice/**/*.tts.json\" />" : string.Empty;
        string costLimit = withPackage ? "<TtsMaxCostUsd>1000</TtsMaxCostUsd>" : string.Empty;
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>{costLimit}
              </PropertyGroup>
              <ItemGroup>{package}</ItemGroup>
            </Project>
            """);
        if (smallGame)
        {
            foreach (string source in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "SmallGame"), "*.cs"))
            {
                File.Copy(source, Path.Combine(directory, Path.GetFileName(source)));
            }
        }
        else
        {
            File.WriteAllText(Path.Combine(directory, "Program.cs"), "Console.WriteLine(\"game\");\n");
        }

        WriteScripts(directory, lines, files, tag);
        return directory;
    }

    public static void WriteScripts(string directory, int lines, int files, string tag)
    {
        for (int file = 0; file < files; file++)
        {
            var script = new StringBuilder("{\n  \"voice\": \"Kore\",\n  \"lines\": {\n");
            var ids = Enumerable.Range(0, lines).Where(i => i % files == file).ToList();
            for (int n = 0; n < ids.Count; n++)
            {
                script.Append(CultureInfo.InvariantCulture, $"    \"l{ids[n]}\": \"{tag} {ids[n]}: the torches flicker in the hall.\"").Append(n + 1 < ids.Count ? ",\n" : "\n");
            }

            string path = Path.Combine(directory, "Voice", $"chapter{file % 5}", $"scene{file:D3}.tts.json");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, script.Append("  }\n}\n").ToString());
        }
    }

    /// <summary>Adds <c>&lt;TtsAsset Update="<paramref name="glob"/>" <paramref name="metadata"/> /&gt;</c> to the project in <paramref name="directory"/>.</summary>
    public static void AddItemMetadata(string directory, string glob, string metadata)
    {
        string project = Directory.EnumerateFiles(directory, "*.csproj").Single();
        string text = File.ReadAllText(project);
        File.WriteAllText(project, text.Replace("</Project>", $"  <ItemGroup><TtsAsset Update=\"{glob}\" {metadata} /></ItemGroup>\n</Project>", StringComparison.Ordinal));
    }

    /// <summary>A copy of a project's sources only (no bin/, no obj/): a fresh clone.</summary>
    public string FreshCopy(string source, string name)
    {
        string target = Path.Combine(Root, name);
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal))
            {
                continue;
            }

            string destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is cleaned by the OS.
        }
    }
}
