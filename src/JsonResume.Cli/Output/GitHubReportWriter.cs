using System.Globalization;
using System.Text;
using JsonResume.Cli.Common;
using JsonResume.Cli.Reports;
using JsonResume.Diagnostics;

namespace JsonResume.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=resume.json,line=12,col=18,title=JR1003::message</c>
/// (and <c>::warning</c>, <c>::notice</c>), which annotate the lines of a pull request.
/// Values are escaped as the workflow-command rules require: <c>%</c>, CR and LF everywhere, and also
/// <c>:</c> and <c>,</c> in properties.
/// </summary>
internal sealed class GitHubReportWriter : IReportWriter
{
    /// <inheritdoc/>
    public void Write(IReadOnlyList<FileResult> results, ReportContext context, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        foreach (var result in results)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                output.WriteLine(Command(result.Source, diagnostic));
            }
        }
    }

    /// <summary>The workflow command for one finding.</summary>
    /// <param name="source">The input it is about.</param>
    /// <param name="diagnostic">The finding.</param>
    /// <returns>One line, such as <c>::error file=a.json,line=3,col=5,title=JR1003::/work/0/startDate: …</c>.</returns>
    public static string Command(InputSource source, Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostic);
        var command = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "notice",
        };
        var properties = new List<string>(4);
        if (!source.IsStandardInput)
        {
            properties.Add("file=" + EscapeProperty(source.DisplayPath));
        }

        if (diagnostic.Line > 0)
        {
            properties.Add(string.Create(CultureInfo.InvariantCulture, $"line={diagnostic.Line},col={diagnostic.Column}"));
        }

        properties.Add("title=" + EscapeProperty(diagnostic.Code));
        var message = new StringBuilder();
        if (source.IsStandardInput)
        {
            message.Append(InputSource.StandardInputName).Append(": ");
        }

        if (diagnostic.InstanceLocation.Length > 0)
        {
            message.Append(diagnostic.InstanceLocation).Append(": ");
        }

        message.Append(diagnostic.Message);
        if (!string.IsNullOrEmpty(diagnostic.Hint))
        {
            message.Append("\nhint: ").Append(diagnostic.Hint);
        }

        return $"::{command} {string.Join(',', properties)}::{EscapeData(message.ToString())}";
    }

    /// <summary>Escapes a command's message: <c>%</c>, CR and LF.</summary>
    /// <param name="value">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string EscapeData(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
    }

    /// <summary>Escapes a property value: as <see cref="EscapeData"/>, and also <c>:</c> and <c>,</c>.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The escaped value.</returns>
    public static string EscapeProperty(string value) =>
        EscapeData(value).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
