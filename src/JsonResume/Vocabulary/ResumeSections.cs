namespace JsonResume.Vocabulary;

/// <summary>
/// The list sections of the model with their JSON names and accessors, in the standard's order. The table itself
/// (<c>ResumeSections.g.cs</c>) is generated from the schema by <c>JsonResume.CodeGen</c>: this is the one place that
/// lists them.
/// </summary>
internal static partial class ResumeSections
{
    /// <summary>The list section a section kind feeds, or null for <c>basics</c> parts and unknown sections.</summary>
    /// <param name="section">A section kind.</param>
    /// <returns>The list section.</returns>
    public static ISectionList? Of(ResumeSection section)
    {
        // An index loop, not FirstOrDefault: the renderers ask once per section of every page, without allocating.
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i].Section == section)
            {
                return All[i];
            }
        }

        return null;
    }

    /// <summary>The JSON property a section kind feeds: <c>basics</c> for contact and summary, null when unknown.</summary>
    /// <param name="section">A section kind.</param>
    /// <returns>The property name.</returns>
    public static string? JsonName(ResumeSection section) => section switch
    {
        ResumeSection.Contact or ResumeSection.Summary => "basics",
        _ => Of(section)?.JsonName,
    };
}
