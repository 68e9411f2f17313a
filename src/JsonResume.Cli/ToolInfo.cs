using System.Reflection;

namespace JsonResume.Cli;

/// <summary>
/// What the tool reports about itself: its version and the version of the schema it bundles. Each value is computed
/// when first asked for, not all together in a static constructor: start-up pays only for what a command prints.
/// </summary>
internal static class ToolInfo
{
    /// <summary>The informational version (such as <c>0.1.0+5f3e2a1</c>), as <c>--version</c> prints it.</summary>
    public static string InformationalVersion => field ??=
        typeof(ToolInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The version without build metadata (such as <c>0.1.0</c>), as reports carry it.</summary>
    public static string Version => field ??= InformationalVersion.Split('+')[0];

    /// <summary>Where to read about the tool and the standard.</summary>
    public static Uri InformationUri => field ??= new("https://jsonresume.org");

    /// <summary>
    /// <c>docs/rules.md</c> as published: the page every code's help link points into (<c>#jr1003</c>). Set at build
    /// time from the MSBuild property <c>RulesDocumentationUrl</c> (see JsonResume.Cli.csproj).
    /// </summary>
    public static Uri RulesDocumentationUri => field ??= new(
        typeof(ToolInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "RulesDocumentationUrl")?.Value ?? throw new InvalidOperationException("The build sets RulesDocumentationUrl."));

    /// <summary>The JSON Resume version of the bundled schema (such as <c>1.3.1</c>), read from its <c>$id</c>.</summary>
    public static string SchemaVersion => JsonResume.Json.BundledSchema.Version;
}
