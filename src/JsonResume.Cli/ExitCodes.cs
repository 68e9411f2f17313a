namespace JsonResume.Cli;

/// <summary>The process exit codes of every command, in one place.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was read but is not a valid résumé.</summary>
    public const int Invalid = 1;

    /// <summary>The input could not be read, or the arguments are wrong.</summary>
    public const int InputError = 2;
}
