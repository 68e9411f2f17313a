using System.CommandLine;
using JsonResume.Cli.Common;
using JsonResume.Json;
using JsonResume.Render;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume render FILE --to markdown|text|html|json|yaml [--lang CODE] [-o OUT] [--force]</c>: writes a résumé (JSON or YAML) as
/// Markdown, plain text or an HTML page, or as the same document in canonical JSON or in YAML.
/// </summary>
internal static class RenderCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "render";

    /// <summary>The narrowest <c>--width</c>: narrower, headings and dates no longer fit a line.</summary>
    public const int MinimumWidth = 20;

    /// <summary>Builds the command.</summary>
    /// <param name="environment">What the command reads and writes.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file") { Description = "The résumé (JSON, or YAML: .yaml/.yml or detected), or - for standard input." };
        var to = new ChoiceOption<RenderFormat>("--to", "The format to write.", "format", null, "-t");
        to.Option.Required = true;
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output.", HelpName = "file" };
        var force = CliArguments.Force();
        var width = new Option<int>("--width")
        {
            Description = "The column plain text wraps at.",
            DefaultValueFactory = _ => RenderOptions.Default.TextWidth,
        };
        width.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < MinimumWidth)
            {
                result.AddError($"--width must be at least {MinimumWidth}.");
            }
        });

        var noExtensions = new Option<bool>("--no-extensions")
        {
            Description = "Leave out the extensions block of Markdown and text (the JSON for what they cannot show).",
        };

        var language = CliArguments.Language();
        var command = new Command(Name, CommandSummaries.Render)
        {
            file, to.Option, language, output, force, width, noExtensions,
        };
        command.SetAction(parseResult => Run(
            InputSource.FromArgument(parseResult.GetValue(file)!, environment.CurrentDirectory),
            to.Get(parseResult) ?? RenderFormat.Markdown,
            OutputTarget.For(parseResult.GetValue(output), environment.CurrentDirectory),
            parseResult.GetValue(force),
            new RenderOptions
            {
                TextWidth = parseResult.GetValue(width),
                IncludeExtensions = !parseResult.GetValue(noExtensions),
                Language = parseResult.GetValue(language),
            },
            environment));
        return command;
    }

    /// <summary>Renders one file.</summary>
    /// <param name="source">The input.</param>
    /// <param name="format">What to write.</param>
    /// <param name="target">Standard output or a file.</param>
    /// <param name="force">Whether an existing output file may be replaced.</param>
    /// <param name="options">Rendering options.</param>
    /// <param name="environment">What to read and write.</param>
    /// <returns>0 when written, 2 for usage and input/output errors.</returns>
    public static int Run(InputSource source, RenderFormat format, OutputTarget target, bool force, RenderOptions options, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(environment);
        var check = target.Check(source, force);
        if (check != OutputCheck.Ready)
        {
            return CliMessages.Error(environment.Error, target.Describe(check, "render"));
        }

        if (ResumeInput.Read(source, environment.OpenInput, out var problems) is not { } resume)
        {
            foreach (var line in problems)
            {
                environment.Error.WriteLine(line);
            }

            return ExitCodes.Error;
        }

        // Every format but YAML goes out as it is written (Markdown, text and HTML entry by entry, JSON a chunk at a
        // time): a large résumé is never held twice (model and output).
        return format switch
        {
            RenderFormat.Markdown => target.Write(w => ResumeRenderer.WriteMarkdown(resume, w, options), force, environment),
            RenderFormat.Text => target.Write(w => ResumeRenderer.WriteText(resume, w, options), force, environment),
            RenderFormat.Json => target.Write(w => ResumeJson.WriteText(resume, w), force, environment),
            RenderFormat.Yaml => target.Write(ResumeYaml.Write(resume), force, environment),
            _ => target.Write(w => ResumeRenderer.WriteHtml(resume, w, options), force, environment),
        };
    }
}
