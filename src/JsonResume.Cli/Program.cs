using JsonResume.Cli;

var environment = CliEnvironment.FromConsole();
return JsonResumeCli.Finish(environment, JsonResumeCli.Run(args, environment));
