using System.CommandLine;
using System.CommandLine.Parsing;
using JsonResume.Cli.Common;

namespace JsonResume.Cli.Commands;

/// <summary>
/// The rule-control options of <c>jsonresume validate</c>: <c>--ignore</c>, <c>--fail-on</c>, the older
/// <c>--strict</c>, <c>--config</c> and <c>--no-config</c>, with their checks (unknown codes and contradictions are
/// usage errors).
/// </summary>
internal sealed class ValidateOptions
{
    /// <summary>Creates the options.</summary>
    public ValidateOptions()
    {
        Ignore = new Option<string[]>("--ignore")
        {
            Description = "Leave out every finding with this code (repeatable, or comma-separated: --ignore JR2003,JR2005); see docs/rules.md.",
            HelpName = "CODE",
            Arity = ArgumentArity.OneOrMore,
        };
        Ignore.CompletionSources.Clear();
        Ignore.CompletionSources.Add([.. RuleCodes.Ignorable]);
        Ignore.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.SelectMany(t => Split(t.Value)))
            {
                if (!RuleCodes.TryReadIgnorable(token, out _, out var problem))
                {
                    result.AddError($"--ignore: {problem}.");
                }
            }
        });
        FailOn = new ChoiceOption<FailOn>("--fail-on", "The lowest severity that makes a file fail (exit code 1); overrides the configuration file. [default: error]", "severity", null);
        Strict = new Option<bool>("--strict")
        {
            Description = "Older spelling of --fail-on warning, which also reports semantic findings (impossible dates, empty strings, old field names...) as errors.",
        };
        Config = new Option<string>("--config")
        {
            Description = $"Read rule settings from this file instead of the nearest {RuleConfig.FileName} above each input.",
            HelpName = "FILE",
        };
        NoConfig = new Option<bool>("--no-config")
        {
            Description = $"Do not look for {RuleConfig.FileName} files.",
        };
    }

    /// <summary><c>--ignore CODE</c>.</summary>
    public Option<string[]> Ignore { get; }

    /// <summary><c>--fail-on error|warning</c>.</summary>
    public ChoiceOption<FailOn> FailOn { get; }

    /// <summary><c>--strict</c>: <c>--fail-on warning</c>, with semantic findings reported as errors.</summary>
    public Option<bool> Strict { get; }

    /// <summary><c>--config FILE</c>.</summary>
    public Option<string> Config { get; }

    /// <summary><c>--no-config</c>.</summary>
    public Option<bool> NoConfig { get; }

    /// <summary>Adds the options, and the check of their combinations, to a command.</summary>
    /// <param name="command">The command.</param>
    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Options.Add(Ignore);
        command.Options.Add(FailOn.Option);
        command.Options.Add(Strict);
        command.Options.Add(Config);
        command.Options.Add(NoConfig);
        command.Validators.Add(result =>
        {
            if (result.GetValue(Strict) && result.GetValue(FailOn.Option) == Common.FailOn.Error)
            {
                result.AddError("--strict and --fail-on error contradict each other: --strict fails on warnings.");
            }

            if (result.GetValue(NoConfig) && result.GetResult(Config) is not null)
            {
                result.AddError("--config and --no-config contradict each other: give one.");
            }
        });
    }

    /// <summary>The settings the command line gives (they win over every configuration file).</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <returns>The codes to ignore and the severity that fails, if given.</returns>
    public RuleSettings Read(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var ignore = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in (parseResult.GetValue(Ignore) ?? []).SelectMany(Split))
        {
            if (RuleCodes.TryReadIgnorable(token, out var code, out _))
            {
                ignore.Add(code);
            }
        }

        var failOn = parseResult.GetValue(Strict) ? Common.FailOn.Warning : FailOn.Get(parseResult);
        return new RuleSettings(ignore, failOn);
    }

    private static IEnumerable<string> Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
