using System.Collections;
using JsonResume.Model;

namespace JsonResume.Vocabulary;

/// <summary>A list section of the model, untyped: its JSON name and its items.</summary>
internal interface ISectionList
{
    /// <summary>The section.</summary>
    ResumeSection Section { get; }

    /// <summary>The property name in a JSON Resume document, such as <c>work</c>.</summary>
    string JsonName { get; }

    /// <summary>The section's items in a résumé, or null when it has none.</summary>
    IList? Items(Resume resume);

    /// <summary>Gives <paramref name="target"/> the source's list when the target has none.</summary>
    void FillFrom(Resume target, Resume source);
}

/// <summary>A list section of the model with its typed accessors (the table is generated from the schema).</summary>
/// <typeparam name="T">The model class of an item.</typeparam>
internal sealed class SectionList<T>(ResumeSection section, string jsonName, Func<Resume, List<T>?> get, Action<Resume, List<T>?> set) : ISectionList
    where T : class
{
    /// <inheritdoc/>
    public ResumeSection Section => section;

    /// <inheritdoc/>
    public string JsonName => jsonName;

    /// <summary>Reads the list.</summary>
    public Func<Resume, List<T>?> Get => get;

    /// <summary>Replaces the list.</summary>
    public Action<Resume, List<T>?> Set => set;

    /// <inheritdoc/>
    public IList? Items(Resume resume) => get(resume);

    /// <inheritdoc/>
    public void FillFrom(Resume target, Resume source)
    {
        if (get(target) is null)
        {
            set(target, get(source));
        }
    }
}
