using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using JsonResume.Json;
using JsonResume.Render;
using JsonResume.Tests.Cli;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Packaging;

/// <summary>
/// The packages as users get them: <see cref="PackedFeed"/> packs the solution once into a temporary feed (the build this
/// test run made, packed with <c>--no-build</c>, and its own NuGet cache, so nothing collides with other runs); then the
/// tool is installed from that feed and run, and a throwaway console project references the library package. Slow
/// (about 30 s on two cores: install, restore and the console project's build; no second build of the solution), but
/// part of the normal <c>dotnet test</c>, and started first (it mostly waits on other processes).
/// </summary>
[Trait("Category", "slow")]
[LongRunning(40)]
public sealed partial class PackageTests(PackedFeed feed) : IClassFixture<PackedFeed>
{
    private static readonly string[] PackageIds = ["JsonResume", "JsonResume.Cli", "JsonResume.FsCheck"];

    [Fact]
    public void Packing_the_solution_gives_exactly_the_three_packages_and_their_symbols()
    {
        var expected = PackageIds.SelectMany(id => new[] { $"{id}.{feed.Version}.nupkg", $"{id}.{feed.Version}.snupkg" })
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, Directory.GetFiles(feed.FeedPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.DoesNotMatch(WarningLine(), feed.PackOutput);
    }

    [Theory]
    [InlineData("JsonResume", "lib/net10.0/JsonResume.Core")]
    [InlineData("JsonResume.FsCheck", "lib/net10.0/JsonResume.FsCheck")]
    [InlineData("JsonResume.Cli", "tools/net10.0/any/jsonresume")]
    public void Each_package_holds_its_readme_xml_docs_licence_and_source_link(string id, string assembly)
    {
        using var package = ZipFile.OpenRead(feed.Package(id));
        var entries = package.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("README.md", entries);
        Assert.Contains(assembly + ".dll", entries);
        Assert.Contains(assembly + ".xml", entries);

        var nuspec = Nuspec(package, id);
        Assert.Equal("MIT", Element(nuspec, "license").Value);
        Assert.Equal("README.md", Element(nuspec, "readme").Value);
        Assert.False(string.IsNullOrWhiteSpace(Element(nuspec, "description").Value));
        Assert.Matches("^[0-9a-f]{40}$", Element(nuspec, "repository").Attribute("commit")?.Value ?? "");

        using var symbols = ZipFile.OpenRead(Path.ChangeExtension(feed.Package(id), ".snupkg"));
        Assert.Contains(symbols.Entries, e => e.FullName == assembly + ".pdb");
    }

    [Fact]
    public void The_tool_package_is_a_dotnet_tool_named_jsonresume_that_rolls_forward()
    {
        using var package = ZipFile.OpenRead(feed.Package("JsonResume.Cli"));
        var settings = XDocument.Load(package.GetEntry("tools/net10.0/any/DotnetToolSettings.xml")!.Open());
        Assert.Equal("jsonresume", settings.Descendants("Command").Single().Attribute("Name")?.Value);
        Assert.Equal("DotnetTool", Element(Nuspec(package, "JsonResume.Cli"), "packageType").Attribute("name")?.Value);
        using var config = new StreamReader(package.GetEntry("tools/net10.0/any/jsonresume.runtimeconfig.json")!.Open());
        Assert.Contains("\"rollForward\": \"Major\"", config.ReadToEnd());
    }

    [Fact]
    public void Packing_again_gives_identical_bytes()
    {
        var again = feed.PackAgain();
        foreach (var file in Directory.GetFiles(feed.FeedPath))
        {
            Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, Path.GetFileName(file)))),
                $"{Path.GetFileName(file)} differs between two packs of the same build");
        }
    }

    [Fact]
    public void The_installed_tool_validates_a_resume_and_rejects_broken_json()
    {
        var valid = feed.RunTool("validate", "examples/resume.json");
        var broken = feed.RunTool("validate", "examples/invalid/trailing-comma.json");
        var version = feed.RunTool("--version");

        Assert.True(valid.ExitCode == 0, valid.Transcript);
        Assert.Equal("examples/resume.json: valid\n", valid.Stdout.ReplaceLineEndings("\n"));
        Assert.True(broken.ExitCode == 2, broken.Transcript);
        Assert.Contains("error JR0001", broken.Stdout);
        Assert.StartsWith(feed.Version, version.Stdout);
    }

    [Fact]
    public void The_installed_tool_exits_1_on_a_schema_invalid_resume()
    {
        CliBehaviourTests.RequireSchemaChecks();

        var run = feed.RunTool("validate", "examples/invalid/bad-dates.json");

        Assert.True(run.ExitCode == 1, run.Transcript);
        Assert.Matches(@"examples/invalid/bad-dates\.json:\d+:\d+: error JR\d{4}: /", run.Stdout);
    }

    [Fact]
    public void A_console_project_referencing_the_package_reads_validates_writes_and_renders_a_resume()
    {
        var example = Repo.File("examples", "resume.json");
        var markdown = Repo.File("examples", "resume.md");
        var bytes = File.ReadAllBytes(example);
        var resume = ResumeJson.Read(bytes).Resume!;
        var report = ResumeValidator.Validate(bytes);
        var expected = string.Join('\n',
            $"schema: {BundledSchema.Version}",
            $"name: {resume.Basics?.Name}",
            $"work: {resume.Work?.Count}",
            $"valid: {report.IsValid} ({report.ErrorCount} errors, {report.WarningCount} warnings)",
            $"rewritten identical: {ResumeJson.Write(resume) == File.ReadAllText(example).ReplaceLineEndings("\n")}",
            "rewritten valid: True",
            $"markdown: {ResumeRenderer.ToMarkdown(resume).Split('\n')[0]}",
            $"markdown as expected: {ResumeRenderer.ToMarkdown(resume) == File.ReadAllText(markdown).ReplaceLineEndings("\n")}",
            "html: True") + "\n";

        var run = feed.RunConsumer(example, markdown);

        Assert.True(run.ExitCode == 0, run.Transcript);
        Assert.Equal(expected, run.Stdout.ReplaceLineEndings("\n"));
        Assert.True(File.Exists(feed.RestoredLibraryDocs), "the restored package carries its XML documentation for IntelliSense");
    }

    private static XElement Nuspec(ZipArchive package, string id)
    {
        using var stream = package.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream).Root!;
    }

    private static XElement Element(XElement nuspec, string name) =>
        nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)
        ?? throw new InvalidOperationException($"The nuspec has no <{name}>.");

    [GeneratedRegex(@"(?m)^.*\bwarning [A-Z]+[0-9]+:")]
    private static partial Regex WarningLine();
}
