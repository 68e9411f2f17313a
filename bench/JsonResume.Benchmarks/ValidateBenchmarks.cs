using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using JsonResume.Validation;
using NJsonSchema;

namespace JsonResume.Benchmarks;

/// <summary>
/// Parse + validate of one résumé: the official sample (<c>../shared/reference/examples/sample.resume.json</c>) when
/// it is there, otherwise a fictional résumé of the same shape and size shipped with the benchmarks.
/// One operation is one whole document: Op/s is documents per second on one core.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class ValidateBenchmarks
{
    private byte[] utf8 = [];
    private string text = "";
    private JsonSchema njsonSchema = null!;

    /// <summary>Where the document came from.</summary>
    public static string Source { get; private set; } = "";

    /// <summary>Loads the document and the reference validator's schema.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var sample = Path.Combine(root, "..", "shared", "reference", "examples", "sample.resume.json");
        var path = File.Exists(sample) ? sample : Path.Combine(AppContext.BaseDirectory, "fallback.resume.json");
        Source = path;
        utf8 = File.ReadAllBytes(path);
        text = Encoding.UTF8.GetString(utf8);
        njsonSchema = JsonSchema.FromFileAsync(Path.Combine(root, "schema", "resume.schema.json")).GetAwaiter().GetResult();
        if (!ResumeValidator.Validate(utf8).IsValid || njsonSchema.Validate(text).Count != 0)
        {
            throw new InvalidOperationException($"{path} must be valid for both validators.");
        }
    }

    /// <summary>Our validator: UTF-8 bytes in, report out (syntax, schema and semantic checks).</summary>
    /// <returns>The report.</returns>
    [Benchmark(Baseline = true)]
    public ValidationResult JsonResume() => ResumeValidator.Validate(utf8);

    /// <summary>NJsonSchema 11.6.2, the reference validator: text in, errors out (Newtonsoft parse + validation).</summary>
    /// <returns>The errors.</returns>
    [Benchmark]
    public int NJsonSchema() => njsonSchema.Validate(text).Count;

    /// <summary>The floor: System.Text.Json reading every token of the document and checking nothing.</summary>
    /// <returns>The number of tokens.</returns>
    [Benchmark]
    public int ReaderOnly()
    {
        var reader = new System.Text.Json.Utf8JsonReader(utf8);
        var tokens = 0;
        while (reader.Read())
        {
            tokens++;
        }

        return tokens;
    }

    internal static string FindRoot() => Repository.Root();

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(StatisticColumn.OperationsPerSecond);
    }
}
