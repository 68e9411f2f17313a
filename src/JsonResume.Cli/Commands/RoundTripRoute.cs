namespace JsonResume.Cli.Commands;

/// <summary>What <c>jsonresume roundtrip --via</c> goes through.</summary>
internal enum RoundTripRoute
{
    /// <summary>JSON.</summary>
    Json = 0,

    /// <summary>The library's own Markdown layout.</summary>
    Markdown = 1,

    /// <summary>The library's own plain-text layout.</summary>
    Text = 2,

    /// <summary>All three, one after the other.</summary>
    All = 3,
}
