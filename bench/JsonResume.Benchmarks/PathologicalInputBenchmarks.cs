using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Migration;
using JsonResume.Model;
using JsonResume.Render;
using JsonResume.Validation;

namespace JsonResume.Benchmarks;

/// <summary>
/// Time per kilobyte of input for every entry point on pathological shapes from 10 KB to 10 MB: linear code shows a
/// flat <c>µs/KB</c> column. A few iterations each (the 10 MB cases are slow by nature).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class PathologicalInputBenchmarks
{
    private const int NestingDepth = 200;
    private string text = "";
    private byte[] json = [];
    private Resume resume = new();
    private string ownText = "";

    /// <summary>Input size in KB.</summary>
    [Params(10, 100, 1_000, 10_000)]
    public int SizeKb { get; set; }

    /// <summary>The shape.</summary>
    [ParamsAllValues]
    public InputShape Shape { get; set; }

    /// <summary>Builds the text, the JSON document and its own-format text at the size asked for.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var bytes = SizeKb * 1024;
        text = Text(Shape, bytes);
        json = Json(Shape, bytes);
        resume = ResumeJson.Read(json).Resume!;
        ownText = ResumeRenderer.ToText(resume);
    }

    /// <summary>The converter (format detected).</summary>
    [Benchmark]
    public Resume Import() => ResumeImporter.Import(text).Resume;

    /// <summary>The validator.</summary>
    [Benchmark]
    public bool Validate() => ResumeValidator.Validate(json).IsValid;

    /// <summary>Reading and writing JSON.</summary>
    [Benchmark]
    public int ReadWrite() => ResumeJson.WriteUtf8(ResumeJson.Read(json).Resume!).Length;

    /// <summary>All three renderers.</summary>
    [Benchmark]
    public int Render() => ResumeRenderer.ToMarkdown(resume).Length + ResumeRenderer.ToText(resume).Length + ResumeRenderer.ToHtml(resume).Length;

    /// <summary>The migrator.</summary>
    [Benchmark]
    public int Migrate() => ResumeMigrator.Migrate(json).Changes.Count;

    /// <summary>The own plain-text reader on the renderer's output.</summary>
    [Benchmark]
    public Resume ReadOwnText() => ResumeImporter.ReadText(ownText).Resume!;

    /// <summary>A round trip through plain text (render, read back, compare).</summary>
    [Benchmark]
    public int RoundTripText() => global::JsonResume.RoundTrip.ResumeRoundTrip.Check(resume, global::JsonResume.RoundTrip.RoundTripVia.Text).Differences.Count;

    internal static string Text(InputShape shape, int bytes)
    {
        var sb = new StringBuilder(bytes + 256);
        var n = 0;
        while (sb.Length < bytes)
        {
            switch (shape)
            {
                case InputShape.ManyShortLines:
                    sb.Append("Line ").Append(n).Append('\n');
                    break;
                case InputShape.OneLongLine:
                    sb.Append('a', Math.Min(4096, bytes - sb.Length));
                    break;
                case InputShape.RepeatedWords:
                    sb.Append("word word word word word word word word word word word word\n");
                    break;
                default:
                    sb.Append(' ', 2 * (n % NestingDepth)).Append("- x\n");
                    break;
            }

            n++;
        }

        return sb.ToString();
    }

    internal static byte[] Json(InputShape shape, int bytes)
    {
        var sb = new StringBuilder(bytes + 256).Append("{\"basics\":{\"name\":\"Ada Example\"");
        switch (shape)
        {
            case InputShape.OneLongLine:
                sb.Append(",\"summary\":\"").Append('a', bytes).Append("\"}");
                break;
            case InputShape.DeepNesting:
                sb.Append("},\"x-deep\":[");
                var deep = new string('[', NestingDepth) + "1" + new string(']', NestingDepth);
                for (var first = true; sb.Length < bytes; first = false)
                {
                    sb.Append(first ? "" : ",").Append(deep);
                }

                sb.Append(']');
                break;
            default:
                sb.Append("},\"work\":[");
                for (var n = 0; sb.Length < bytes; n++)
                {
                    var word = shape == InputShape.RepeatedWords ? "word" : $"Done {n}";
                    sb.Append(n == 0 ? "" : ",").Append("{\"company\":\"Org ").Append(n)
                        .Append("\",\"position\":\"Role\",\"startDate\":\"2019-01\",\"highlights\":[\"").Append(word).Append("\",\"").Append(word).Append("\"]}");
                }

                sb.Append(']');
                break;
        }

        return Encoding.UTF8.GetBytes(sb.Append('}').ToString());
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
            AddColumn(new PerKilobyteColumn());
        }
    }

    /// <summary>Mean time divided by the input size: flat when the code is linear.</summary>
    private sealed class PerKilobyteColumn : IColumn
    {
        public string Id => nameof(PerKilobyteColumn);

        public string ColumnName => "µs/KB";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time per KB of input, in microseconds";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            var size = benchmarkCase.Parameters[nameof(SizeKb)] is int kb ? kb : 1;
            return report?.ResultStatistics is { } stats
                ? (stats.Mean / 1000.0 / size).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)
                : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
