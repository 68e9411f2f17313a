using System.Globalization;
using JsonResume.Model;

namespace JsonResume.Import.Foreign;

/// <summary>The JSON Pointer of every object of a résumé, found by reference.</summary>
internal static class PointerMap
{
    public static Dictionary<object, string> Build(Resume resume)
    {
        var map = new Dictionary<object, string>(ReferenceEqualityComparer.Instance) { [resume] = "" };
        if (resume.Basics is { } basics)
        {
            map[basics] = "/basics";
            if (basics.Location is { } location)
            {
                map[location] = "/basics/location";
            }

            Add(map, "/basics/profiles", basics.Profiles);
        }

        Add(map, "/work", resume.Work);
        Add(map, "/volunteer", resume.Volunteer);
        Add(map, "/education", resume.Education);
        Add(map, "/awards", resume.Awards);
        Add(map, "/certificates", resume.Certificates);
        Add(map, "/publications", resume.Publications);
        Add(map, "/skills", resume.Skills);
        Add(map, "/languages", resume.Languages);
        Add(map, "/interests", resume.Interests);
        Add(map, "/references", resume.References);
        Add(map, "/projects", resume.Projects);
        if (resume.Meta is { } meta)
        {
            map[meta] = "/meta";
        }

        return map;
    }

    private static void Add<T>(Dictionary<object, string> map, string path, List<T>? items)
        where T : class
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            map[items![i]] = path + "/" + i.ToString(CultureInfo.InvariantCulture);
        }
    }
}
