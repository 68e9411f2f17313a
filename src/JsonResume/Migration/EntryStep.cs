using System.Text.Json.Nodes;

namespace JsonResume.Migration;

/// <summary>A change made to every entry of one section (given the entry, its pointer and the change list).</summary>
/// <param name="Section">The section's JSON name, such as <c>work</c>.</param>
/// <param name="Apply">The change.</param>
internal sealed record EntryStep(string Section, Action<JsonObject, string, List<MigrationChange>> Apply);
