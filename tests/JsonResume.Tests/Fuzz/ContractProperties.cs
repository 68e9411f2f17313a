using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using JsonResume.FsCheck;
using JsonResume.Fuzz;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Migration;
using JsonResume.Render;
using JsonResume.Tests.Support;
using JsonResume.Validation;

namespace JsonResume.Tests.Fuzz;

/// <summary>
/// The library's contracts on hostile input, as FsCheck properties over arbitrary text and mutants of the seed
/// documents (the fuzzer's mutator, driven by a generated seed): every diagnostic lies inside its input, the
/// importer's output validates, the migrator's output validates and migrating twice changes nothing.
/// </summary>
public sealed class ContractProperties
{
    private const int ImporterRuns = 100;
    private const int MigratorRuns = 100;
    private static readonly Lazy<Seeds> LazySeeds = new(() => Seeds.Load(Repo.Root, Repo.SharedRoot));

    /// <summary>A seed document of a kind, mutated one to four times (or, one time in five, arbitrary text).</summary>
    private static Gen<byte[]> Inputs(SeedKind kind) =>
        Gen.Frequency(
            (4, Gen.Choose(0, int.MaxValue).Select(seed =>
            {
                var random = new Random(seed);
                var pool = LazySeeds.Value.For(kind);
                return new Mutator(random, 16 * 1024).Mutate(pool[random.Next(pool.Count)], pool);
            })),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => Encoding.UTF8.GetBytes(s ?? ""))));

    [Fact]
    public void Every_json_diagnostic_lies_inside_the_input() =>
        PropertyRuns.Check(Inputs(SeedKind.Json), input =>
        {
            Positions.CheckBytes(input, ResumeValidator.Validate(input).Diagnostics, "validator");
            Positions.CheckBytes(input, ResumeJson.Read(input).Diagnostics, "read");
        });

    [Fact]
    public void The_importers_output_validates_for_every_input() =>
        PropertyRuns.Check(Inputs(SeedKind.Text), input =>
        {
            var text = Wtf8.Decode(input);
            var result = ResumeImporter.Import(text);
            var report = ResumeValidator.Validate(ResumeJson.WriteUtf8(result.Resume));
            Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
            Assert.Equal(Positions.LineCount(text), result.Lines.Count);
        }, ImporterRuns);

    [Fact]
    public void The_migrators_output_validates_and_a_second_migration_changes_nothing() =>
        PropertyRuns.Check(Gen.OneOf(
            Inputs(SeedKind.Json),
            ResumeMutants.Of(JsonNode.Parse(File.ReadAllText(Repo.File("examples", "resume.json")))!).Select(m => Encoding.UTF8.GetBytes(m.Json))), input =>
        {
            var once = ResumeMigrator.Migrate(input);
            if (once.Json is null)
            {
                return;
            }

            var report = ResumeValidator.Validate(once.Json);
            Assert.True(report.IsValid, string.Join("\n", report.Diagnostics));
            var twice = ResumeMigrator.Migrate(once.Json);
            Assert.Empty(twice.Changes);
            Assert.Equal(once.Json, twice.Json);
        }, MigratorRuns);

    [Fact]
    public void Own_format_read_back_of_generated_resumes_reports_no_problem() =>
        PropertyRuns.Check(ResumeGenerators.Resumes(), resume =>
        {
            foreach (var (rendered, read) in new[]
            {
                (ResumeRenderer.ToMarkdown(resume), (Func<string, ReadResult>)ResumeImporter.ReadMarkdown),
                (ResumeRenderer.ToText(resume), ResumeImporter.ReadText),
            })
            {
                var back = read(rendered);
                Assert.True(back.Diagnostics.Count == 0, string.Join("\n", back.Diagnostics) + "\n---\n" + rendered);
            }
        }, 100);
}
