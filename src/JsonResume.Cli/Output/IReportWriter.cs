using JsonResume.Cli.Reports;

namespace JsonResume.Cli.Output;

/// <summary>Writes the results of <c>jsonresume validate</c> in one format.</summary>
internal interface IReportWriter
{
    /// <summary>Writes every result.</summary>
    /// <param name="results">One result per input, in argument order.</param>
    /// <param name="context">What the writer may need besides the results.</param>
    /// <param name="output">Where to write (standard output).</param>
    void Write(IReadOnlyList<FileResult> results, ReportContext context, TextWriter output);
}
