using System.CommandLine;
using JsonResume.Cli.Inputs;
using JsonResume.Cli.Output;
using JsonResume.Diagnostics;
using JsonResume.Json;
using JsonResume.Model;
using JsonResume.Render;

namespace JsonResume.Cli.Commands;

/// <summary><c>jsonresume render FILE --to markdown|text|html [-o OUT] [--force]</c>: writes a résumé as Markdown, plain text or an HTML page.</summary>
public static class RenderCommand
{
    /// <summary>The names accepted by <c>--to</c>.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["markdown", "text", "html"];

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "The résumé (JSON), or - for standard input." };
        var to = new Option<string>("--to", "-t")
        {
            Description = "The format to write.",
            Required = true,
            HelpName = string.Join('|', Formats),
        };
        to.CompletionSources.Add([.. Formats]);
        to.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Formats.Contains(value))
            {
                result.AddError($"Unknown format '{value}': use one of {string.Join(", ", Formats)}.");
            }
        });
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var force = new Option<bool>("--force") { Description = "Replace the output file when it exists." };
        var width = new Option<int>("--width")
        {
            Description = "The column plain text wraps at.",
            DefaultValueFactory = _ => RenderOptions.Default.TextWidth,
        };
        width.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 20)
            {
                result.AddError("--width must be at least 20.");
            }
        });

        var noExtensions = new Option<bool>("--no-extensions")
        {
            Description = "Leave out the extensions block of Markdown and text (the JSON for what they cannot show).",
        };

        var command = new Command("render", "Render a résumé as Markdown, plain text or a self-contained HTML page.")
        {
            file, to, output, force, width, noExtensions,
        };
        command.SetAction(parseResult => Run(
            parseResult.GetValue(file)!, parseResult.GetValue(to)!, parseResult.GetValue(output), parseResult.GetValue(force),
            new RenderOptions { TextWidth = parseResult.GetValue(width), IncludeExtensions = !parseResult.GetValue(noExtensions) },
            environment));
        return command;
    }

    /// <summary>Renders one file.</summary>
    /// <param name="file">The input path, or <c>-</c>.</param>
    /// <param name="format">One of <see cref="Formats"/>.</param>
    /// <param name="output">The output file; standard output when null.</param>
    /// <param name="force">Whether an existing output file may be replaced.</param>
    /// <param name="options">Rendering options.</param>
    /// <param name="environment">What to read and write.</param>
    /// <returns>The exit code: 0 when written, 2 for usage and input/output errors.</returns>
    public static int Run(string file, string format, string? output, bool force, RenderOptions options, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(environment);
        var source = file == "-" ? InputSource.StandardInput : new InputSource(file, Path.GetFullPath(file, environment.CurrentDirectory));
        if (ReadResume(source, environment.OpenInput, out var problems) is not { } resume)
        {
            foreach (var line in problems)
            {
                environment.Error.WriteLine(line);
            }

            return ExitCodes.Usage;
        }

        var rendered = format switch
        {
            "markdown" => ResumeRenderer.ToMarkdown(resume, options),
            "text" => ResumeRenderer.ToText(resume, options),
            _ => ResumeRenderer.ToHtml(resume, options),
        };
        if (output is null)
        {
            environment.Output.Write(rendered);
            return ExitCodes.Valid;
        }

        if (!AtomicFile.TryWrite(Path.GetFullPath(output, environment.CurrentDirectory), rendered, force, out var problem))
        {
            environment.Error.WriteLine($"{JsonResumeCli.CommandName}: error: cannot write {output}: {problem}.");
            return ExitCodes.Usage;
        }

        return ExitCodes.Valid;
    }

    /// <summary>Reads a résumé for a command that needs one.</summary>
    /// <param name="source">The input.</param>
    /// <param name="openInput">Opens standard input.</param>
    /// <param name="problems">Why there is no résumé, as report lines (<c>file:line:col: error CODE: message</c>).</param>
    /// <returns>The résumé, or null when the input cannot be read or is not a JSON object.</returns>
    internal static Resume? ReadResume(InputSource source, Func<Stream> openInput, out IReadOnlyList<string> problems)
    {
        if (!InputReader.TryRead(source, openInput, out var bytes, out var problem))
        {
            problems = [$"{source.DisplayPath}: error {DiagnosticCodes.Unreadable}: Cannot read the input: {problem}."];
            return null;
        }

        var read = ResumeJson.Read(bytes);
        problems = read.Resume is not null
            ? []
            : read.Diagnostics.Select(d => d.Line > 0 ? $"{source.DisplayPath}:{d}" : $"{source.DisplayPath}: {d}").ToList();
        return read.Resume;
    }
}
