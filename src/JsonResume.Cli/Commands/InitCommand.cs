using System.CommandLine;
using JsonResume.Cli.Common;

namespace JsonResume.Cli.Commands;

/// <summary>
/// <c>jsonresume init [FILE]</c>: writes a complete, valid, fictional starter résumé (the repository's
/// <c>examples/resume.json</c>, embedded in the tool) to FILE, <c>resume.json</c> by default; never replaces a file.
/// </summary>
internal static class InitCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "init";

    /// <summary>The file name used when none is given.</summary>
    public const string DefaultFileName = "resume.json";

    private const string StarterResource = "JsonResume.Cli.starter-resume.json";

    /// <summary>Builds the command.</summary>
    /// <param name="environment">Where to write.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var file = new Argument<string>("file")
        {
            Description = "Where to write it; - for standard output.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => DefaultFileName,
        };
        file.Validators.Add(CliArguments.RejectOptionLikeTokens);
        var command = new Command(Name, $"Write a complete, valid, fictional starter résumé (JSON Resume {ToolInfo.SchemaVersion}) to edit; never replaces a file.")
        {
            file,
        };
        command.SetAction(parseResult => Run(parseResult.GetValue(file) ?? DefaultFileName, environment));
        return command;
    }

    /// <summary>Writes the starter résumé.</summary>
    /// <param name="path">The file, or <c>-</c> for standard output.</param>
    /// <param name="environment">Where to write and what to tell.</param>
    /// <returns>0 when written, 2 when the file exists or cannot be written.</returns>
    public static int Run(string path, CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(environment);
        var starter = System.Text.Encoding.UTF8.GetString(Starter());
        var target = OutputTarget.For(path == "-" ? null : path, environment.CurrentDirectory);
        if (target.IsStandardOutput)
        {
            return target.Write(starter, overwrite: false, environment);
        }

        if (File.Exists(target.FullPath) || Directory.Exists(target.FullPath))
        {
            return CliMessages.Error(environment.Error, $"{path} already exists; init never replaces a file: give another name, or move it away first.");
        }

        if (target.Write(starter, overwrite: false, environment) != ExitCodes.Success)
        {
            return ExitCodes.Error;
        }

        environment.Output.WriteLine($"Wrote {path}: a fictional résumé that uses every field of JSON Resume {ToolInfo.SchemaVersion}.");
        environment.Output.WriteLine($"Replace its content with yours, then check it: {CliMessages.CommandName} validate {path}");
        return ExitCodes.Success;
    }

    private static byte[] Starter()
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream(StarterResource)
            ?? throw new InvalidOperationException($"The resource {StarterResource} is missing from the tool.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
