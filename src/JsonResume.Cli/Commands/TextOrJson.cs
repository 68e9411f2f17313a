namespace JsonResume.Cli.Commands;

/// <summary>The two report formats of <c>convert --report</c>, <c>migrate --format</c> and <c>roundtrip --format</c>.</summary>
internal enum TextOrJson
{
    /// <summary>Lines for people.</summary>
    Text = 0,

    /// <summary>A JSON document for scripts.</summary>
    Json = 1,
}
