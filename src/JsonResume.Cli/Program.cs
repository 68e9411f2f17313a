using JsonResume.Cli;

return JsonResumeCli.Run(args, CliEnvironment.FromConsole());
