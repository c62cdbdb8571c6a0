using System.Net.Http.Json;
using System.Text.Json;
using PixazoTts.Audio;
using PixazoTts.Build.Tests.Infrastructure;

namespace PixazoTts.Build.Tests.Packages;

/// <summary>
/// PixazoTts.Client as an app developer gets it: packed into the folder feed, referenced by a new net10.0 console app
/// and by a netstandard2.0 class library that the app uses, running README.md's own samples (the plain one and the
/// dependency-injection one) against the emulator installed as a .NET tool from the same feed.
/// </summary>
[Collection(EndToEndGroup.Name)]
public sealed class ClientPackageTests(PackageFeedFixture feed)
{
    private const string ClientSection = "## The client, from C#";

    private readonly string _key = "pk-client-e2e-" + Guid.NewGuid().ToString("N");

    [Fact]
    public async Task The_readme_samples_and_a_netstandard20_library_run_from_the_packed_client_against_the_emulator_tool()
    {
        var samples = ReadmeSamples.CodeBlocks(ClientSection, "csharp");
        Assert.Equal(2, samples.Count);
        string work = feed.NewWorkDirectory("client-package");
        string emulatorCommand = await EmulatorTool.InstallAsync(feed, Path.Combine(work, "tools"));
        using var emulator = await EmulatorTool.StartAsync(emulatorCommand, "--api-key", _key, "--latency-ms", "200", "--seed", "3");

        // The netstandard2.0 library (C# 7.3, like Unity's) compiles against lib/netstandard2.0.
        var library = NewClientProject(work, "VoiceLines", "Library", "netstandard2.0", string.Empty);
        library.WriteFile("Narrator.cs", """
            using System.IO;
            using System.Threading.Tasks;
            using PixazoTts.Client;

            namespace VoiceLines
            {
                public static class Narrator
                {
                    public static async Task<string> SaveAsync(PixazoTtsClient client, string text, string path)
                    {
                        TtsSynthesisResult result = await client.SynthesizeAsync(new TtsSynthesisRequest(text, voice: "Charon")).ConfigureAwait(false);
                        File.WriteAllBytes(path, result.Wav);
                        return result.RequestId;
                    }
                }
            }
            """);
        var app = NewClientProject(work, "TtsDemo", "Exe", "net10.0", """
            <ItemGroup>
              <PackageReference Include="Microsoft.Extensions.Hosting" Version="8.0.1" />
              <ProjectReference Include="../VoiceLines/VoiceLines.csproj" />
            </ItemGroup>
            """);

        // 1. README's sample, verbatim, with the environment variables it reads.
        app.WriteFile("Program.cs", samples[0]);
        var plain = await RunAsync(app, new() { ["PIXAZO_BASE_URL"] = emulator.BaseUrl.ToString(), ["PIXAZO_API_KEY"] = _key });
        Assert.True(plain.Succeeded, plain.ToString());
        Assert.Matches(@"gemini-flash-tts_[0-9a-f-]+: \d\d:\d\d:\d\d(\.\d+)? after \d+ status checks", plain.Output);
        AssertWav(app.PathOf("line.wav"));
        Assert.Contains("lib/netstandard2.0/PixazoTts.Client.dll", File.ReadAllText(library.PathOf("obj/project.assets.json")), StringComparison.Ordinal);

        // 2. README's dependency-injection sample, verbatim, then the library's call with the same client.
        app.WriteFile("Program.cs", samples[1] + """

            Console.WriteLine("narrator: " + await VoiceLines.Narrator.SaveAsync(client, "The road ahead is long.", "narrator.wav"));
            """);
        var injected = await RunAsync(app, new() { ["PixazoTts__BaseUrl"] = emulator.BaseUrl.ToString(), ["PixazoTts__ApiKey"] = _key });
        Assert.True(injected.Succeeded, injected.ToString());
        AssertWav(app.PathOf("welcome.wav"));
        AssertWav(app.PathOf("narrator.wav"));
        Assert.Contains("narrator: gemini-flash-tts_", injected.Output, StringComparison.Ordinal);
        // The host's console logging saw the client's requests through IHttpClientFactory's named client.
        Assert.Contains("System.Net.Http.HttpClient.PixazoTts.", injected.Output, StringComparison.Ordinal);

        Assert.DoesNotContain(_key, plain.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_key, injected.Output, StringComparison.Ordinal);

        using var http = new HttpClient();
        var stats = await http.GetFromJsonAsync<JsonElement>(new Uri(emulator.BaseUrl, "_emulator/stats"));
        Assert.Equal(3, stats.GetProperty("completed").GetInt32());
        Assert.Equal(0, stats.GetProperty("key_leaks").GetInt32());

        Assert.Equal(0, await emulator.StopWithSigtermAsync());
    }

    [Fact]
    public async Task The_netstandard20_build_itself_synthesizes_and_reports_a_402_against_the_emulator_tool()
    {
        // A .NET app never picks lib/netstandard2.0 when lib/net8.0 is there, so the older framework's build (with its
        // stand-ins for newer APIs: guards, TimeProvider delays, the regex behind the 402 amount, stream reads) is run
        // here by referencing its assemblies directly, with the dependencies that build asks for (ExcludeAssets also
        // drops the package's own dependencies, so they are named here).
        string work = feed.NewWorkDirectory("client-netstandard20");
        string emulatorCommand = await EmulatorTool.InstallAsync(feed, Path.Combine(work, "tools"));
        using var emulator = await EmulatorTool.StartAsync(emulatorCommand, "--latency-ms", "150", "--balance-usd", "0.05", "--price-usd", "0.04");

        var app = NewClientProject(work, "OlderFramework", "Exe", "net10.0", """
            <ItemGroup>
              <PackageReference Update="PixazoTts.Client" ExcludeAssets="compile;runtime" GeneratePathProperty="true" />
              <PackageReference Include="Microsoft.Bcl.AsyncInterfaces" Version="8.0.0" />
              <PackageReference Include="Microsoft.Bcl.TimeProvider" Version="8.0.1" />
              <PackageReference Include="Polly.Core" Version="8.6.5" />
              <Reference Include="$(PkgPixazoTts_Client)/lib/netstandard2.0/PixazoTts.Client.dll" />
              <Reference Include="$(PkgPixazoTts_Client)/lib/netstandard2.0/PixazoTts.Core.dll" />
            </ItemGroup>
            """);
        app.WriteFile("Program.cs", """
            using System.Runtime.Versioning;
            using PixazoTts.Client;

            var framework = typeof(PixazoTtsClient).Assembly.GetCustomAttributes(typeof(TargetFrameworkAttribute), false).Cast<TargetFrameworkAttribute>().Single();
            Console.WriteLine("client built for " + framework.FrameworkName);
            using var client = new PixazoTtsClient(new PixazoTtsClientOptions
            {
                BaseUrl = new Uri(Environment.GetEnvironmentVariable("PIXAZO_BASE_URL")!),
                ApiKey = Environment.GetEnvironmentVariable("PIXAZO_API_KEY")!,
                RetryBaseDelay = TimeSpan.FromMilliseconds(50),
            });
            var result = await client.SynthesizeAsync(new TtsSynthesisRequest("Hello from netstandard2.0.", voice: "Kore"));
            await File.WriteAllBytesAsync("older.wav", result.Wav);
            Console.WriteLine($"{result.RequestId} after {result.StatusChecks} status checks");
            try
            {
                await client.SynthesizeAsync(new TtsSynthesisRequest("One line too many."));
            }
            catch (PixazoInsufficientBalanceException e)
            {
                Console.WriteLine($"{e.Code} {e.RequiredUsd?.ToString(System.Globalization.CultureInfo.InvariantCulture)} {e.Message}");
            }
            """);

        var run = await RunAsync(app, new() { ["PIXAZO_BASE_URL"] = emulator.BaseUrl.ToString(), ["PIXAZO_API_KEY"] = _key });

        Assert.True(run.Succeeded, run.ToString());
        Assert.Contains("client built for .NETStandard,Version=v2.0", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"gemini-flash-tts_[0-9a-f-]+ after \d+ status checks", run.Output);
        AssertWav(app.PathOf("older.wav"));
        Assert.Contains("PTTS3002 0.04 ", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(_key, run.Output, StringComparison.Ordinal);
        Assert.Equal(0, await emulator.StopWithSigtermAsync());
    }

    /// <summary>A project that takes PixazoTts.Client from the test feed and the rest (Polly, Microsoft.Extensions.*) from nuget.org.</summary>
    private ConsumerProject NewClientProject(string work, string name, string outputType, string targetFramework, string extraContent)
    {
        var project = new ConsumerProject(feed, Path.Combine(work, name), name, outputType);
        project.WriteFile(name + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>{outputType}</OutputType>
                <TargetFramework>{targetFramework}</TargetFramework>
                <Nullable>{(targetFramework == "netstandard2.0" ? "disable" : "enable")}</Nullable>
                <ImplicitUsings>{(targetFramework == "netstandard2.0" ? "disable" : "enable")}</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- NU1603: Polly.Core's netstandard2.0 dependency asks for a version this machine's registry lacks. -->
                <WarningsNotAsErrors>NU1603</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="PixazoTts.Client" Version="{feed.PackageVersion}" />
              </ItemGroup>
            {extraContent}
            </Project>
            """);
        project.WriteFile("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{feed.FeedDirectory}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="e2e"><package pattern="PixazoTts.*" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        return project;
    }

    /// <summary>Builds (restoring the library too), then runs the app as <c>dotnet run</c> does, in its own folder.</summary>
    private static async Task<DotNetResult> RunAsync(ConsumerProject app, Dictionary<string, string?> environment)
    {
        var build = await DotNetCli.RunAsync(app.Directory, ["build", app.ProjectFile, "-nodeReuse:false", "--disable-build-servers", "-tl:off"], environment);
        return build.Succeeded
            ? await DotNetCli.RunAsync(app.Directory, ["run", "--no-build", "--project", app.ProjectFile], environment)
            : build;
    }

    private static void AssertWav(string path)
    {
        Assert.True(File.Exists(path), "missing: " + path);
        Assert.True(WavFile.TryInspect(File.ReadAllBytes(path), out var info, out string? problem), path + ": " + problem);
        Assert.Equal(24000, info!.SampleRate);
        Assert.Equal(1, info.Channels);
        Assert.True(info.Duration > TimeSpan.FromMilliseconds(200), path + " is too short: " + info.Duration);
    }
}
