using JsonResume.Cli;

var environment = CliEnvironment.FromConsole();
var exitCode = JsonResumeCli.Run(args, environment);
try
{
    environment.Output.Flush();
}
catch (IOException)
{
    // The reader went away (a closed pipe): nothing left to tell it.
}

return exitCode;
