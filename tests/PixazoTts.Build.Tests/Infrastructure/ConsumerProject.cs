using System.Text.RegularExpressions;

namespace PixazoTts.Build.Tests.Infrastructure;

/// <summary>
/// A temporary project that uses PixazoTts.Build the way a user's does: a PackageReference from the test feed and a
/// TtsAsset glob, with Directory.Build.* files that stop MSBuild from looking further up the temp folder.
/// </summary>
public sealed partial class ConsumerProject
{
    private readonly PackageFeedFixture _feed;

    public ConsumerProject(PackageFeedFixture feed, string directory, string name = "Consumer", string outputType = "Library", string extraProjectContent = "")
    {
        _feed = feed;
        Directory = directory;
        Name = name;
        System.IO.Directory.CreateDirectory(directory);
        WriteFile("Directory.Build.props", $"""
            <Project>
              <PropertyGroup>
                <RestorePackagesPath>{feed.PackagesDirectory}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        WriteFile("Directory.Build.targets", "<Project />");
        WriteFile("Directory.Packages.props", "<Project><PropertyGroup><ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally></PropertyGroup></Project>");
        WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{feed.FeedDirectory}" />
              </packageSources>
            </configuration>
            """);
        WriteFile(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>{name}</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PixazoTts.Build" Version="{feed.PackageVersion}" PrivateAssets="all" />
                <TtsAsset Include="Voice/**/*.tts.json" />
              </ItemGroup>
            {extraProjectContent}
            </Project>
            """);
    }

    public string Directory { get; }

    public string Name { get; }

    public string ProjectFile => Path.Combine(Directory, Name + ".csproj");

    public string BinDirectory => Path.Combine(Directory, "bin", "Debug", "net10.0");

    public string PublishDirectory => Path.Combine(Directory, "publish-out");

    public string ObjAudioDirectory => Path.Combine(Directory, "obj", "Debug", "net10.0", "pixazotts", "audio");

    public string PathOf(string relativePath) => Path.Combine(Directory, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public void WriteFile(string relativePath, string content)
    {
        string path = PathOf(relativePath);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public void DeleteFile(string relativePath) => File.Delete(PathOf(relativePath));

    public Task<DotNetResult> BuildAsync(BuildEnvironment environment, params string[] extraArguments) =>
        RunAsync(environment, ["build", ProjectFile, .. extraArguments]);

    public Task<DotNetResult> PublishAsync(BuildEnvironment environment, params string[] extraArguments) =>
        RunAsync(environment, ["publish", ProjectFile, "-c", "Debug", "-o", PublishDirectory, .. extraArguments]);

    public Task<DotNetResult> CleanAsync(BuildEnvironment environment) => RunAsync(environment, ["clean", ProjectFile]);

    public Task<DotNetResult> RestoreAsync(BuildEnvironment environment) => RunAsync(environment, ["restore", ProjectFile]);

    /// <summary><c>dotnet msbuild</c> of the project with the given targets and switches (no implicit restore).</summary>
    public Task<DotNetResult> MSBuildAsync(BuildEnvironment environment, params string[] arguments) =>
        RunAsync(environment, ["msbuild", ProjectFile, .. arguments]);

    /// <summary><c>dotnet run --no-build</c> of the project (after a build), as a user starts it.</summary>
    public Task<DotNetResult> RunWithoutBuildAsync(BuildEnvironment environment) =>
        DotNetCli.RunAsync(Directory, ["run", "--project", ProjectFile, "--no-build"], environment.ToVariables());

    /// <summary>
    /// The <c>file(line,col): error|warning CODE</c> diagnostics in an MSBuild output, one per distinct line; one without a
    /// position (<c>project.csproj : error CODE</c>) has line and column 0.
    /// </summary>
    public static IReadOnlyList<ReportedDiagnostic> Diagnostics(DotNetResult result) =>
        DiagnosticPattern().Matches(result.Output)
            .Select(m => new ReportedDiagnostic(
                m.Groups["file"].Value.Trim(), m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value) : 0, m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value) : 0,
                m.Groups["severity"].Value, m.Groups["code"].Value, m.Groups["message"].Value.Trim()))
            .Distinct()
            .ToList();

    /// <summary>
    /// How many distinct diagnostics of <paramref name="code"/> the output holds (with or without a position). Distinct
    /// lines, because the console logger repeats every warning and error in its closing summary.
    /// </summary>
    public static int CountCode(DotNetResult result, string code) =>
        result.Output.Split('\n')
            .Select(line => line.Trim())
            .Where(line => line.Contains("warning " + code + ":", StringComparison.Ordinal) || line.Contains("error " + code + ":", StringComparison.Ordinal))
            .Distinct()
            .Count();

    private Task<DotNetResult> RunAsync(BuildEnvironment environment, IEnumerable<string> arguments) =>
        DotNetCli.RunAsync(Directory, [.. arguments, "-nodeReuse:false", "--disable-build-servers", "-tl:off"], environment.ToVariables());

    // At normal verbosity and above, the console logger prefixes a line with its node ("1>", "1:7>").
    [GeneratedRegex(@"^\s*(?:\d+(?::\d+)?>)?(?<file>[^\r\n]+?)(?:\((?<line>\d+),(?<col>\d+)(?:,\d+,\d+)?\))?\s*:\s*(?<severity>error|warning)\s+(?<code>PTTS\d{4}):\s*(?<message>[^\r\n]*)", RegexOptions.Multiline)]
    private static partial Regex DiagnosticPattern();
}

public sealed record ReportedDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message);

/// <summary>The environment variables a build gets: where the cache is, where the gateway is, and the key (if any).</summary>
public sealed record BuildEnvironment(string CacheDirectory, Uri? BaseUrl, string? ApiKey)
{
    public IReadOnlyDictionary<string, string?> ToVariables()
    {
        var variables = new Dictionary<string, string?> { ["PIXAZO_TTS_CACHE"] = CacheDirectory };
        if (BaseUrl is not null)
        {
            variables["PIXAZO_BASE_URL"] = BaseUrl.ToString().TrimEnd('/');
        }

        if (ApiKey is not null)
        {
            variables["PIXAZO_API_KEY"] = ApiKey;
        }

        foreach (var (name, value) in Extra)
        {
            variables[name] = value;
        }

        return variables;
    }

    /// <summary>More variables (a team cache's URL and credentials...); never shown by <see cref="ToString"/>.</summary>
    public IReadOnlyDictionary<string, string?> Extra { get; init; } = new Dictionary<string, string?>();

    public BuildEnvironment WithoutKey() => this with { ApiKey = null };

    /// <summary>Never the key itself, even in a test's failure message.</summary>
    public override string ToString() => $"cache {CacheDirectory}, gateway {BaseUrl}, key {(ApiKey is null ? "unset" : "set")}";
}
