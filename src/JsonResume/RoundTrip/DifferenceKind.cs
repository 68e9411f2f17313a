namespace JsonResume.RoundTrip;

/// <summary>How a value differs between two JSON documents.</summary>
public enum DifferenceKind
{
    /// <summary>Only the second document has the value.</summary>
    Added,

    /// <summary>Only the first document has the value.</summary>
    Removed,

    /// <summary>Both have a value there, but not the same one.</summary>
    Changed,
}
