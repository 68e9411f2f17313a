using System.CommandLine;
using JsonResume.Cli.Common;
using JsonResume.Json;

namespace JsonResume.Cli.Commands;

/// <summary><c>jsonresume schema</c>: prints the bundled JSON Resume schema, for editors and other validators.</summary>
internal static class SchemaCommand
{
    /// <summary>The command's name on the command line.</summary>
    public const string Name = "schema";

    /// <summary>Builds the command.</summary>
    /// <param name="environment">Where the schema is written.</param>
    /// <returns>The command, with its action.</returns>
    public static Command Create(CliEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var command = new Command(Name, $"Print the bundled JSON Resume schema ({ToolInfo.SchemaVersion}), for editors: jsonresume schema > resume.schema.json");
        command.SetAction(_ =>
        {
            environment.Output.Write(BundledSchema.Text);
            return ExitCodes.Success;
        });
        return command;
    }
}
