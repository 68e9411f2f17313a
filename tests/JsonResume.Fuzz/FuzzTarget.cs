namespace JsonResume.Fuzz;

/// <summary>What a target reads: JSON documents (validator, reader, migrator, renderers) or text (importers).</summary>
internal enum SeedKind
{
    Json,
    Text,
}

/// <summary>One entry point under test, with the contracts its result must keep.</summary>
/// <param name="Name">The name given to <c>--target</c> and used for the reproducer folder.</param>
/// <param name="Seeds">Which seeds it starts from.</param>
/// <param name="Run">Calls the entry point; throws <see cref="FuzzFailure"/> when a contract is broken.</param>
internal sealed record FuzzTarget(string Name, SeedKind Seeds, Action<byte[]> Run);
