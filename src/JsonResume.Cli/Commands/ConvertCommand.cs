using System.CommandLine;
using System.Text;
using JsonResume.Diagnostics;
using JsonResume.Import;
using JsonResume.Json;
using JsonResume.Validation;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume convert INPUT [-o OUT.json] [--from auto|markdown|text] [--include-comments] [--report text|json]</c>:
/// a Markdown or plain-text résumé to JSON Resume (a JSON Resume file is validated and normalised).
/// </summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var input = new Argument<FileInfo>("input") { Description = "The résumé to convert (Markdown, plain text, or JSON Resume)." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Where to write the JSON (default: standard output). Never the input file." };
        var from = new Option<string>("--from") { Description = "The input format.", DefaultValueFactory = _ => "auto" };
        from.AcceptOnlyFromAmong("auto", "markdown", "text");
        var includeComments = new Option<bool>("--include-comments") { Description = "Import content inside HTML comments (one level of commenting is removed)." };
        var report = new Option<string?>("--report") { Description = "Print the conversion report (every line and where it went) to standard error." };
        report.AcceptOnlyFromAmong("text", "json");
        var command = new Command("convert", "Convert a Markdown or plain-text résumé to JSON Resume.") { input, output, from, includeComments, report };
        command.SetAction(parse => Run(
            parse.GetValue(input)!,
            parse.GetValue(output),
            parse.GetValue(from) ?? "auto",
            parse.GetValue(includeComments),
            parse.GetValue(report)));
        return command;
    }

    private static int Run(FileInfo input, FileInfo? output, string from, bool includeComments, string? reportFormat)
    {
        if (output is not null && string.Equals(Path.GetFullPath(output.FullName), Path.GetFullPath(input.FullName), StringComparison.Ordinal))
        {
            Console.Error.WriteLine($"jsonresume convert: the output would overwrite the input {input.FullName}; choose another -o.");
            return ExitCodes.InputError;
        }

        string text;
        try
        {
            text = File.ReadAllText(input.FullName, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            Console.Error.WriteLine($"jsonresume convert: cannot read {input.FullName}: {e.Message}");
            return ExitCodes.InputError;
        }

        if (LooksLikeJson(input, text))
        {
            return Normalise(text, output);
        }

        var format = from switch { "markdown" => ImportFormat.Markdown, "text" => ImportFormat.Text, _ => ImportFormat.Auto };
        var result = ResumeImporter.Import(text, new ImportOptions { Format = format, IncludeComments = includeComments, SourceName = input.Name });
        foreach (var d in result.Report.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info || reportFormat is not null))
        {
            Console.Error.WriteLine($"{input.Name}: {d}");
        }

        if (reportFormat == "json")
        {
            Console.Error.Write(result.Report.ToJson());
        }
        else if (reportFormat == "text")
        {
            Console.Error.Write(result.Report.ToText());
        }

        return Write(ResumeJson.WriteUtf8(result.Resume), output);
    }

    private static int Normalise(string text, FileInfo? output)
    {
        var read = ResumeJson.Read(text);
        foreach (var d in read.Diagnostics)
        {
            Console.Error.WriteLine(d.ToString());
        }

        if (read.Resume is null)
        {
            return ExitCodes.InputError;
        }

        var validation = ResumeValidator.Validate(text);
        foreach (var d in validation.Diagnostics.Where(d => !read.Diagnostics.Contains(d)))
        {
            Console.Error.WriteLine(d.ToString());
        }

        var status = Write(ResumeJson.WriteUtf8(read.Resume), output);
        return status != ExitCodes.Success ? status : validation.IsValid ? ExitCodes.Success : ExitCodes.Invalid;
    }

    private static bool LooksLikeJson(FileInfo input, string text) =>
        input.Extension.Equals(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n').StartsWith('{');

    /// <summary>Writes atomically: a temporary file beside the target, then a rename.</summary>
    private static int Write(byte[] json, FileInfo? output)
    {
        if (output is null)
        {
            using var stdout = Console.OpenStandardOutput();
            stdout.Write(json);
            return ExitCodes.Success;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(output.FullName)) ?? ".";
        var temporary = Path.Combine(directory, $".{output.Name}.{Environment.ProcessId}.tmp");
        try
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(temporary, json);
            File.Move(temporary, output.FullName, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"jsonresume convert: cannot write {output.FullName}: {e.Message}");
            File.Delete(temporary);
            return ExitCodes.InputError;
        }
    }
}
