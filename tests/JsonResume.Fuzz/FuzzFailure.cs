namespace JsonResume.Fuzz;

/// <summary>A broken invariant: the entry point returned, but its result breaks a contract.</summary>
internal sealed class FuzzFailure(string invariant, string detail) : Exception($"{invariant}: {detail}")
{
    /// <summary>A short, stable name of the contract (part of the failure's signature).</summary>
    public string Invariant { get; } = invariant;
}
