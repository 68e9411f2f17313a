using JsonResume.Cli.Common;
using JsonResume.Json;
using JsonResume.Validation;

namespace JsonResume.Cli.Commands;

/// <summary>
/// What an executable's <c>validate</c> checks itself, and with what. The full tool checks every input with the
/// library's validator. The native front executable checks only files named <c>.json</c>, with the JSON-only entry of
/// the validator, and hands a command line with any other input (YAML, standard input, any other name) to its
/// companion before reading anything: JSON needs no YAML parser, so YamlDotNet and the regular-expression engine its
/// scanner uses stay out of the front executable, whose start-up grows with everything compiled in.
/// </summary>
/// <param name="validate">Validates one document.</param>
/// <param name="handOver">Runs the whole command line elsewhere and returns its exit code; null when every input is checked here.</param>
internal sealed class ValidateScope(Func<ReadOnlyMemory<byte>, ValidationOptions, ValidationResult> validate, Func<int>? handOver)
{
    /// <summary>Validates one document.</summary>
    public Func<ReadOnlyMemory<byte>, ValidationOptions, ValidationResult> Validate { get; } = validate ?? throw new ArgumentNullException(nameof(validate));

    /// <summary>Hands the command line over when an input is one this executable does not check (nothing is read or written before).</summary>
    /// <param name="sources">The resolved inputs.</param>
    /// <param name="exitCode">The exit code of the run it was handed to.</param>
    /// <returns>Whether it was handed over.</returns>
    public bool TryHandOver(IReadOnlyList<InputSource> sources, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(sources);
        exitCode = 0;
        if (handOver is null || sources.All(s => InputFormats.FromPath(s.FullPath) == DocumentFormat.Json))
        {
            return false;
        }

        exitCode = handOver();
        return true;
    }
}
