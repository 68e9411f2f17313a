using JsonResume.Cli;

// The native front executable: validate, schema and init here; render, convert, roundtrip and migrate in the companion.
var environment = CliEnvironment.FromConsole();
return JsonResumeCli.Finish(environment, LeanCli.Run(args, environment, Companion.Locate));
