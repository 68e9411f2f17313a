using System.CommandLine;
using JsonResume.Cli.Commands;

var root = new RootCommand("jsonresume: tools for JSON Resume documents (schema 1.3.1).");
root.Subcommands.Add(ConvertCommand.Create());
return root.Parse(args).Invoke();
