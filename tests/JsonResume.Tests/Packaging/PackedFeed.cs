using System.Reflection;
using JsonResume.Tests.Support;

namespace JsonResume.Tests.Packaging;

/// <summary>
/// The solution packed once into a temporary feed, from the build this test run already made (<c>dotnet pack
/// --no-build</c> in the test assembly's configuration: the compiled code is the one every other test checks, and the
/// packing itself, with its metadata, layout, symbols and tool settings, is what these tests are about; no second,
/// Release build of the whole solution); the tool installed from that feed with <c>dotnet tool install --tool-path</c>;
/// and, on demand, a throwaway console project that references the library package. The packages get the version the
/// build gave the assemblies (the installed tool must report it); installs and restores use a NuGet cache of their own,
/// deleted at the end, so they never meet another package of that version. Pack's own files (nuspecs, the tool's publish
/// folder) go to the temporary folder too.
/// </summary>
public sealed class PackedFeed : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);
    private readonly TempFolder _root = new("jsonresume-pack-");
    private readonly Lazy<string> _consumer;

    public PackedFeed()
    {
        Version = BuiltVersion();
        FeedPath = _root.File("feed");
        var pack = Dotnet(Repo.Root, [.. PackArguments(FeedPath, "first"), "-warnaserror"]);
        if (pack.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet pack failed:\n{pack.Transcript}");
        }

        PackOutput = pack.Stdout + pack.Stderr;
        var install = Dotnet(_root.Path, ["tool", "install", "--tool-path", _root.File("tools"), "--add-source", FeedPath, "JsonResume.Cli", "--version", Version]);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet tool install failed:\n{install.Transcript}");
        }

        _consumer = new(BuildConsumer);
    }

    /// <summary>The version the packages were given.</summary>
    public string Version { get; }

    /// <summary>The folder holding the packages.</summary>
    public string FeedPath { get; }

    /// <summary>What <c>dotnet pack</c> printed.</summary>
    public string PackOutput { get; }

    /// <summary>Where the restored library package keeps its XML documentation (present once the consumer was built).</summary>
    public string RestoredLibraryDocs => _root.File("nuget-packages", "jsonresume", Version, "lib", "net10.0", "JsonResume.Core.xml");

    /// <summary>The path of a package in the feed.</summary>
    public string Package(string id) => Path.Combine(FeedPath, $"{id}.{Version}.nupkg");

    /// <summary>Packs the same build again into another folder, which it returns.</summary>
    public string PackAgain()
    {
        var again = _root.File("feed-again");
        var run = Dotnet(Repo.Root, PackArguments(again, "again"));
        return run.ExitCode == 0 ? again : throw new InvalidOperationException($"dotnet pack --no-build failed:\n{run.Transcript}");
    }

    /// <summary>Runs the installed <c>jsonresume</c> in the repository root.</summary>
    public ProcessRun RunTool(params string[] args) =>
        Processes.Run(_root.File("tools", "jsonresume"), args, Repo.Root, new Dictionary<string, string?>
        {
            ["DOTNET_ROOT"] = Processes.DotnetRoot,
            ["DOTNET_NOLOGO"] = "1",
            ["JSONRESUME_PROGRESS"] = null,
        }, Limit);

    /// <summary>Runs the console project that references the library package (built on first use) on a résumé and the Markdown expected of it.</summary>
    public ProcessRun RunConsumer(string resumePath, string markdownPath) =>
        Processes.Run(Processes.DotnetHost, [_consumer.Value, resumePath, markdownPath], _root.Path, null, Limit);

    public void Dispose() => _root.Dispose();

    private string[] PackArguments(string output, string scratch) =>
    [
        "pack", Repo.File("JsonResume.sln"), "-c", Configuration, "--no-build", "-o", output, "-nologo", "-nodeReuse:false",
        // The tool as one platform-independent package (what JsonResume.Cli.any holds; no platform list, no pointer
        // package): the per-platform ReadyToRun packages need a build per platform and a ReadyToRun compilation,
        // minutes that a test run does not spend (build/check-aot.sh packs, installs and runs them).
        "-p:ToolPackageRuntimeIdentifiers=",
        $"-p:NuspecOutputPath={_root.File(scratch, "nuspec")}{Path.DirectorySeparatorChar}",
        $"-p:PublishDir={_root.File(scratch, "publish")}{Path.DirectorySeparatorChar}",
    ];

    /// <summary>The configuration this test assembly was built in, which built the projects it references too.</summary>
    private static string Configuration =>
        typeof(PackedFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } c ? c : "Debug";

    /// <summary>The version the build gave the tool (and the library: one version for the solution), without build metadata.</summary>
    private static string BuiltVersion() =>
        (typeof(global::JsonResume.Cli.ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException("The tool assembly has no informational version.")).Split('+')[0];

    private string BuildConsumer()
    {
        var dir = Directory.CreateDirectory(_root.File("consumer")).FullName;
        // Our Directory.Build.props, .targets and Directory.Packages.props must not leak in: empty ones stop the search.
        foreach (var name in new[] { "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props" })
        {
            File.WriteAllText(Path.Combine(dir, name), "<Project />\n");
        }

        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="jsonresume-test-feed" value="{FeedPath}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(dir, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="JsonResume" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(dir, "Program.cs"), """
            using JsonResume.Json;
            using JsonResume.Render;
            using JsonResume.Validation;

            var bytes = File.ReadAllBytes(args[0]);
            var read = ResumeJson.Read(bytes);
            if (read.Resume is null)
            {
                Console.Error.WriteLine(string.Join("\n", read.Diagnostics));
                return 2;
            }

            var report = ResumeValidator.Validate(bytes);
            Console.WriteLine($"schema: {BundledSchema.Version}");
            Console.WriteLine($"name: {read.Resume.Basics?.Name}");
            Console.WriteLine($"work: {read.Resume.Work?.Count}");
            Console.WriteLine($"valid: {report.IsValid} ({report.ErrorCount} errors, {report.WarningCount} warnings)");
            var written = ResumeJson.Write(read.Resume);
            Console.WriteLine($"rewritten identical: {written == File.ReadAllText(args[0]).ReplaceLineEndings("\n")}");
            Console.WriteLine($"rewritten valid: {ResumeValidator.Validate(written).IsValid}");
            var markdown = ResumeRenderer.ToMarkdown(read.Resume);
            Console.WriteLine($"markdown: {markdown.Split('\n')[0]}");
            Console.WriteLine($"markdown as expected: {markdown == File.ReadAllText(args[1]).ReplaceLineEndings("\n")}");
            Console.WriteLine($"html: {ResumeRenderer.ToHtml(read.Resume).StartsWith("<!DOCTYPE html>", StringComparison.OrdinalIgnoreCase)}");
            return 0;
            """);
        var build = Dotnet(dir, ["build", "-c", "Release", "-o", Path.Combine(dir, "out"), "-nologo", "-nodeReuse:false"]);
        return build.ExitCode == 0
            ? Path.Combine(dir, "out", "Consumer.dll")
            : throw new InvalidOperationException($"The consumer project did not build:\n{build.Transcript}");
    }

    private ProcessRun Dotnet(string workingDirectory, string[] args)
    {
        var environment = new Dictionary<string, string?>
        {
            ["DOTNET_NOLOGO"] = "1",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["MSBUILDDISABLENODEREUSE"] = "1",
        };
        if (args[0] != "pack")
        {
            environment["NUGET_PACKAGES"] = _root.File("nuget-packages"); // the test's own packages: a cache of their own
        }

        return Processes.Run(Processes.DotnetHost, args, workingDirectory, environment, Limit);
    }
}
