namespace JsonResume.Cli.Common;

/// <summary>The lowest severity that makes a file fail (<c>--fail-on</c>, and <c>failOn</c> in the configuration file).</summary>
internal enum FailOn
{
    /// <summary>Only errors fail a file; warnings are shown (the default).</summary>
    Error,

    /// <summary>Warnings fail a file too.</summary>
    Warning,
}
