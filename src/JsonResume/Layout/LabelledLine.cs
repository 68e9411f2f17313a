namespace JsonResume.Layout;

/// <summary>
/// The shape of a labelled line: <c>Label: value</c> (in Markdown the label is bold: <c>**Label:** value</c>). The label
/// ends at the first colon; the value is everything after the colon and the spaces that follow it, and may be empty.
/// Contact details (<c>Email: …</c>, <c>Phone: …</c>) and every field without a place of its own are written this way.
/// </summary>
internal static class LabelledLine
{
    /// <summary>Writes a labelled line.</summary>
    /// <param name="label">The label (no colon).</param>
    /// <param name="value">The value.</param>
    /// <returns>The line.</returns>
    public static string Format(string label, string value) => value.Length == 0 ? label + ":" : $"{label}: {value}";

    /// <summary>Reads a labelled line.</summary>
    /// <param name="line">The line.</param>
    /// <param name="label">The label, without the colon.</param>
    /// <param name="value">The value (possibly empty).</param>
    /// <returns>Whether the line has a non-empty label followed by a colon.</returns>
    public static bool TryParse(string line, out string label, out string value)
    {
        ArgumentNullException.ThrowIfNull(line);
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            (label, value) = ("", "");
            return false;
        }

        (label, value) = (line[..colon], line[(colon + 1)..].TrimStart(' '));
        return true;
    }
}
